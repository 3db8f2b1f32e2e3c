#include "cli/demodata.h"
#include "io/delegatecsv.h"
#include "storage/store.h"
#include "teststore.h"
#include "workbooks.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// The Tuyên Quang conference of the demo: Chẩu Văn Lâm, Lê Thị Kim Dung, Nguyễn Văn Sơn and
// Nguyễn Kim Minh already take part, at positions 1–4.
constexpr qint64 tuyenQuang = 4;

const char header[] = "Họ và tên;Chức vụ;Đơn vị;Vai trò;Số đại biểu;Tham dự;Lý do vắng";

QByteArray lines(const QStringList &rows, const QByteArray &end = "\n")
{
    QByteArray data;
    for (const QString &row : rows)
        data += row.toUtf8() + end;
    return data;
}

QString outcomeName(DelegateCsv::Outcome outcome)
{
    switch (outcome) {
    case DelegateCsv::Outcome::Rejected:
        return QStringLiteral("rejected");
    case DelegateCsv::Outcome::ExistingPerson:
        return QStringLiteral("existing");
    case DelegateCsv::Outcome::NewPerson:
        return QStringLiteral("new");
    case DelegateCsv::Outcome::WholeUnit:
        return QStringLiteral("unit");
    }
    return QString();
}

// One preview row as a line to compare: everything read and understood, and what will happen.
QString summary(const DelegateCsv::Row &row)
{
    return QStringList {QString::number(row.fileRow), row.fullName, row.title, row.unitName,
               row.role, row.attendance,
               row.delegateCount ? QString::number(*row.delegateCount) : QStringLiteral("-"),
               row.absenceReason, outcomeName(row.outcome)}
               .join(QLatin1Char('|'))
        + (row.messages.isEmpty() ? QString()
                                  : QLatin1String(" ! ") + row.messages.join(QLatin1Char(' ')));
}

} // namespace

class TestDelegateCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsGoodFiles_data();
    void importsGoodFiles();
    void understandsRoleAndAttendanceWords_data();
    void understandsRoleAndAttendanceWords();
    void reportsBadRows_data();
    void reportsBadRows();
    void namesakesInTwoUnitsAreTwoPeople();
    void matchesTheExactName_data();
    void matchesTheExactName();
    void refusesUnusableFiles_data();
    void readsWindows1258();
    void refusesUnusableFiles();
    void refusesMissingFileAndConference();
    void applyRefusesWhileErrorsThenImportsTheFixedFile();
    void applyIsAllOrNothing();
    void stoppingChangesNothing();
    void applyRefusesAnotherConference();
    void readsAWorkbookTypedInTcvn3();

private:
    QString write(const QByteArray &content, const QString &name = QStringLiteral("dai-bieu.csv"));
    std::optional<DelegateCsv::Preview> read(const QByteArray &content, QString *error);
    int count(const QString &sql) const;
    QString text(const QString &sql) const;
    // Everything an import can change, to compare before and after.
    QString fingerprint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDelegateCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    QCOMPARE(text(QStringLiteral("SELECT title FROM conference WHERE id = 4")).left(27),
        QStringLiteral("Hội nghị quán triệt và tập "));
}

void TestDelegateCsv::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestDelegateCsv::write(const QByteArray &content, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::optional<DelegateCsv::Preview> TestDelegateCsv::read(const QByteArray &content, QString *error)
{
    return DelegateCsv::read(write(content), *m_store, tuyenQuang, error);
}

int TestDelegateCsv::count(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestDelegateCsv::text(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

QString TestDelegateCsv::fingerprint() const
{
    return QStringLiteral("%1 people, %2 participants, %3 units, %4 audit rows")
        .arg(count(QStringLiteral("SELECT count(*) FROM person")))
        .arg(count(QStringLiteral("SELECT count(*) FROM conference_participant")))
        .arg(count(QStringLiteral("SELECT count(*) FROM unit")))
        .arg(count(QStringLiteral("SELECT count(*) FROM audit_log")));
}

void TestDelegateCsv::importsGoodFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("notices");

    const QString reason = QStringLiteral("Đi công tác \"nước ngoài\"");
    const QStringList expected {
        QStringLiteral("2|Lò Văn Muôn||Tỉnh ủy Điện Biên|guest|present|-||existing"),
        QStringLiteral("3|Hoàng Thị Lan|Trưởng Ban Tuyên giáo Tỉnh ủy|Tỉnh ủy Tuyên Quang|"
                       "discussant|invited|-||new"),
        QStringLiteral("4|||Ban Thường vụ Tỉnh ủy Tuyên Quang|delegate|invited|12||unit"),
        QStringLiteral("5|Phạm Quang Thao|||delegate|absent|-|%1|existing").arg(reason),
    };
    const QStringList plain {
        QStringLiteral("Họ và tên,Chức vụ,Đơn vị,Vai trò,Số đại biểu,Tham dự,Lý do vắng"),
        QStringLiteral("Lò Văn Muôn,,Tỉnh ủy Điện Biên,Khách mời,,Có mặt,"),
        QStringLiteral("Hoàng Thị Lan,Trưởng Ban Tuyên giáo Tỉnh ủy,Tỉnh ủy Tuyên Quang,"
                       "Tham luận,,,"),
        QStringLiteral(",,Ban Thường vụ Tỉnh ủy Tuyên Quang,Đại biểu,12,,"),
        QStringLiteral("Phạm Quang Thao,,,,,Vắng,\"Đi công tác \"\"nước ngoài\"\"\""),
    };
    QTest::newRow("comma, LF") << lines(plain) << expected << QStringList();

    // Excel in Vietnam: BOM, semicolons, CRLF; headers typed in capitals or without marks, the
    // words of the list likewise.
    const QStringList excel {
        QStringLiteral("HỌ VÀ TÊN;chuc vu;Don Vi;VAI TRÒ;so dai bieu;tham du;LY DO VANG"),
        QStringLiteral("Lò Văn Muôn;;Tỉnh ủy Điện Biên;KHACH MOI;;co mat;"),
        QStringLiteral("Hoàng Thị Lan;Trưởng Ban Tuyên giáo Tỉnh ủy;Tỉnh ủy Tuyên Quang;"
                       "tham luan;;;"),
        QStringLiteral(";;Ban Thường vụ Tỉnh ủy Tuyên Quang;đại biểu; 12 ;;"),
        QStringLiteral("Phạm Quang Thao;;;;;VẮNG;\"Đi công tác \"\"nước ngoài\"\"\""),
    };
    QTest::newRow("BOM, semicolons, CRLF, headers without marks")
        << QByteArray("\xEF\xBB\xBF") + lines(excel, "\r\n") << expected << QStringList();

    // Every value quoted, a line break inside a cell (Alt+Enter in Excel), a blank row that
    // still counts in the numbering, and no line end after the last row.
    const QByteArray quoted = QStringLiteral(
        "\"Họ tên\";\"Chức vụ\";\"Đơn vị\";\"Vai trò\";\"Số đại biểu\";\"Tham dự\";"
        "\"Lý do vắng\"\r\n"
        "\"Lò Văn Muôn\";\"\";\"Tỉnh ủy Điện Biên\";\"Khách mời\";\"\";\"Có mặt\";\"\"\r\n"
        ";;;;;;\r\n"
        "\"Hoàng Thị Lan\";\"Trưởng Ban\nTuyên giáo Tỉnh ủy\";\"Tỉnh ủy Tuyên Quang\";"
        "\"Tham luận\";;;\r\n"
        ";;\"Ban Thường vụ Tỉnh ủy Tuyên Quang\";\"Đại biểu\";\"12\";;\r\n"
        "\"Phạm Quang Thao\";;;;;\"Vắng\";\"Đi công tác \"\"nước ngoài\"\"\"")
                                  .toUtf8();
    QStringList shifted = expected;
    for (int i = 1; i < shifted.size(); ++i)
        shifted[i] = QString::number(i + 3) + shifted[i].mid(1);
    QTest::newRow("quoted, line break in a cell, blank row") << quoted << shifted << QStringList();

    // Excel's "sep=" line, the running number column, and a column the import does not know,
    // reported once however many rows use it.
    QStringList withExtras {QStringLiteral("STT\tHọ và tên\tChức vụ\tĐơn vị\tVai trò\tSố đại biểu"
                                           "\tTham dự\tLý do vắng\tGhi chú")};
    for (int i = 1; i < plain.size(); ++i) {
        QString row = plain.at(i);
        row.replace(QLatin1Char(','), QLatin1Char('\t'));
        withExtras << QString::number(i) + QLatin1Char('\t') + row
                + QStringLiteral("\tghi chú %1").arg(i);
    }
    QTest::newRow("sep= line, tabs, STT and an unknown column")
        << QByteArray("sep=\t\n") + lines(withExtras) << expected
        << QStringList {QStringLiteral("1 column(s) not known and ignored: “Ghi chú”.")};

    // Typed on a Mac or pasted from a web page: decomposed marks. Stored NFC all the same.
    QTest::newRow("NFD")
        << QString::fromUtf8(lines(plain)).normalized(QString::NormalizationForm_D).toUtf8()
        << expected << QStringList();
}

void TestDelegateCsv::importsGoodFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, notices);

    const int people = count(QStringLiteral("SELECT count(*) FROM person"));
    QString error;
    const std::optional<DelegateCsv::Preview> preview = read(content, &error);
    QVERIFY2(preview, qPrintable(error));
    QStringList rows;
    for (const DelegateCsv::Row &row : preview->rows)
        rows << summary(row);
    QCOMPARE(rows, expected);
    QCOMPARE(preview->fileMessages, notices);
    QCOMPARE(preview->goodCount(), 4);
    QCOMPARE(preview->newPersonCount(), 1);
    QVERIFY(!preview->hasErrors());
    QCOMPARE(preview->rows.at(0).titleHeld(),
        QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    QCOMPARE(preview->rows.at(1).outcomeText(),
        QStringLiteral("New person will be added to the directory"));
    QCOMPARE(preview->rows.at(2).outcomeText(), QStringLiteral("Whole unit, 12 delegate(s)"));
    // Reading wrote nothing.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people);

    QVERIFY2(DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error), qPrintable(error));

    // One new person with the file's title and unit, NFC, with the derived name columns.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people + 1);
    QCOMPARE(text(QStringLiteral(
                 "SELECT p.full_name || '|' || p.given_name || '|' || p.title || '|' || u.name "
                 "FROM person p JOIN unit u ON u.id = p.unit_id "
                 "WHERE p.name_folded = 'hoang thi lan'")),
        QStringLiteral("Hoàng Thị Lan|Lan|Trưởng Ban Tuyên giáo Tỉnh ủy|Tỉnh ủy Tuyên Quang"));
    // The people already in the directory were matched, not added again.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE name_folded IN "
                                  "('lo van muon', 'pham quang thao')")),
        2);

    // After the four participants already there, in the file's order.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT cp.position, coalesce(p.full_name, u.name), cp.role, "
                       "coalesce(cp.title_held, ''), coalesce(CAST(cp.delegate_count AS TEXT), "
                       "''), cp.attendance, "
                       "coalesce(cp.absence_reason, '') "
                       "FROM conference_participant cp LEFT JOIN person p ON p.id = cp.person_id "
                       "LEFT JOIN unit u ON u.id = cp.unit_id WHERE cp.conference_id = 4 "
                       "ORDER BY cp.position")));
    QStringList participants;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < 7; ++i)
            values << query.value(i).toString();
        participants << values.join(QLatin1Char('|'));
    }
    QCOMPARE(participants.size(), 8);
    QCOMPARE(participants.mid(4),
        (QStringList {
            QStringLiteral("5|Lò Văn Muôn|guest|Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch "
                           "HĐND tỉnh||present|"),
            QStringLiteral("6|Hoàng Thị Lan|discussant|Trưởng Ban Tuyên giáo Tỉnh ủy||"
                           "invited|"),
            QStringLiteral("7|Ban Thường vụ Tỉnh ủy Tuyên Quang|delegate||12|invited|"),
            QStringLiteral("8|Phạm Quang Thao|delegate|Phó Bí thư Thường trực Đảng ủy "
                           "Khối các cơ quan Trung ương||absent|Đi công tác \"nước "
                           "ngoài\""),
        }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                  "conference_id = 4 AND position <= 4 AND role <> 'guest'")),
        4);
}

void TestDelegateCsv::understandsRoleAndAttendanceWords_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("attendance");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expectedRole");
    QTest::addColumn<QString>("expectedAttendance");

    const auto row
        = [](const char *name, const char *role, const char *attendance, const char *reason,
              const char *expectedRole, const char *expectedAttendance) {
              QTest::newRow(name) << QString::fromUtf8(role) << QString::fromUtf8(attendance)
                                  << QString::fromUtf8(reason) << QString::fromLatin1(expectedRole)
                                  << QString::fromLatin1(expectedAttendance);
          };
    row("empty", "", "", "", "delegate", "invited");
    row("Chủ trì", "Chủ trì", "", "", "chair", "invited");
    row("Trình bày báo cáo", "Trình bày báo cáo", "", "", "reporter", "invited");
    row("Tham luận", "Tham luận", "", "", "discussant", "invited");
    row("Phát biểu khai mạc", "Phát biểu khai mạc", "", "", "opening_speaker", "invited");
    row("Phát biểu kết luận", "Phát biểu kết luận", "", "", "concluding_speaker", "invited");
    row("Đại biểu", "Đại biểu", "", "", "delegate", "invited");
    row("Khách mời", "Khách mời", "", "", "guest", "invited");
    row("CHỦ TRÌ", "CHỦ TRÌ", "", "", "chair", "invited");
    row("phat bieu ket luan", "phat bieu ket luan", "", "", "concluding_speaker", "invited");
    row("tone on the wrong vowel", "Khách mơì", "", "", "guest", "invited");
    row("spaces around", "  Tham   luận ", "", "", "discussant", "invited");
    row("interface label", "Chair", "Present", "", "chair", "present");
    row("Mời", "", "Mời", "", "delegate", "invited");
    row("Có mặt", "", "Có mặt", "", "delegate", "present");
    row("CO MAT", "", "CO MAT", "", "delegate", "present");
    row("Vắng", "", "Vắng", "Ốm", "delegate", "absent");
    row("vắng mặt", "", "vắng mặt", "", "delegate", "absent");
    row("a reason says absent", "", "", "Đi công tác", "delegate", "absent");
    row("invited, excused in advance", "", "Mời", "Đi công tác", "delegate", "invited");
}

void TestDelegateCsv::understandsRoleAndAttendanceWords()
{
    QFETCH(QString, role);
    QFETCH(QString, attendance);
    QFETCH(QString, reason);
    QFETCH(QString, expectedRole);
    QFETCH(QString, expectedAttendance);

    QString error;
    const auto preview
        = read(lines({QString::fromUtf8(header),
                   QStringLiteral("Hoàng Thị Lan;;;%1;;%2;%3").arg(role, attendance, reason)}),
            &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 1);
    const DelegateCsv::Row &row = preview->rows.first();
    QVERIFY2(row.messages.isEmpty(), qPrintable(row.messages.join(QLatin1Char(' '))));
    QCOMPARE(row.role, expectedRole);
    QCOMPARE(row.attendance, expectedAttendance);
}

void TestDelegateCsv::reportsBadRows_data()
{
    QTest::addColumn<QByteArray>("badLines");
    QTest::addColumn<int>("badRow");
    QTest::addColumn<QStringList>("messages");

    const auto row = [](const char *name, const QByteArray &badLines, int badRow,
                         const QStringList &messages) {
        QTest::newRow(name) << badLines << badRow << messages;
    };
    const auto utf8 = [](const char *text) { return QByteArray(text) + '\n'; };
    // Row 2 is always a good one.
    row("missing name", utf8(";Chuyên viên;;Đại biểu;;;"), 3,
        {QStringLiteral("The row has neither a name nor a unit.")});
    row("unknown unit", utf8("Trần Văn An;;Tỉnh ủy Hà Giang;;;;"), 3,
        {QStringLiteral("There is no unit “Tỉnh ủy Hà Giang” in the directory; add it there "
                        "first or correct the name.")});
    row("unit without its marks", utf8("Trần Văn An;;tinh uy tuyen quang;;;;"), 3,
        {QStringLiteral("There is no unit “tinh uy tuyen quang” in the directory; add it there "
                        "first or correct the name. Similar: Tỉnh ủy Tuyên Quang.")});
    row("bad role", utf8("Trần Văn An;;;Thư ký;;;"), 3,
        {QStringLiteral("“Thư ký” is not a role; write one of: Chủ trì, Trình bày báo cáo, "
                        "Tham luận, Phát biểu khai mạc, Phát biểu kết luận, Đại biểu, "
                        "Khách mời.")});
    row("bad attendance", utf8("Trần Văn An;;;;;Đến muộn;"), 3,
        {QStringLiteral("“Đến muộn” is not an attendance; write one of: Mời, Có mặt, Vắng.")});
    row("present yet a reason", utf8("Trần Văn An;;;;;Có mặt;Ốm"), 3,
        {QStringLiteral("An absence reason is given for someone marked present.")});
    row("count not a number", utf8(";;Tỉnh ủy Tuyên Quang;;mười;;"), 3,
        {QStringLiteral("The delegate count “mười” is not a whole number above zero.")});
    row("count zero", utf8(";;Tỉnh ủy Tuyên Quang;;0;;"), 3,
        {QStringLiteral("The delegate count “0” is not a whole number above zero.")});
    row("count negative", utf8(";;Tỉnh ủy Tuyên Quang;;-3;;"), 3,
        {QStringLiteral("The delegate count “-3” is not a whole number above zero.")});
    row("count with a comma", utf8(";;Tỉnh ủy Tuyên Quang;;2,5;;"), 3,
        {QStringLiteral("The delegate count “2,5” is not a whole number above zero.")});
    row("count for a person", utf8("Trần Văn An;;Tỉnh ủy Tuyên Quang;;3;;"), 3,
        {QStringLiteral("A delegate count belongs to a row for a whole unit; leave it empty "
                        "for a person.")});
    row("duplicate new person",
        utf8("Trần Văn An;;Tỉnh ủy Tuyên Quang;;;;")
            + utf8("TRẦN VĂN AN;Chuyên viên;TỈNH ỦY TUYÊN QUANG;;;;"),
        4, {QStringLiteral("This row repeats row 3.")});
    row("new name again without its unit", utf8("HOÀNG THỊ LAN;;;;;;"), 3,
        {QStringLiteral("This row repeats row 2.")});
    row("new name without a unit, then with one",
        utf8("Trần Văn An;;;;;;") + utf8("trần văn an;;Tỉnh ủy Tuyên Quang;;;;"), 4,
        {QStringLiteral("This row repeats row 3.")});
    row("duplicate person of the directory",
        utf8("Lò Văn Muôn;;;;;;") + utf8("LÒ VĂN MUÔN;;Tỉnh ủy Điện Biên;Khách mời;;;"), 4,
        {QStringLiteral("This row repeats row 3.")});
    row("duplicate unit",
        utf8(";;Ban Thường vụ Tỉnh ủy Tuyên Quang;;5;;")
            + utf8(";;BAN THƯỜNG VỤ TỈNH ỦY TUYÊN QUANG;;;;"),
        4, {QStringLiteral("This row repeats row 3.")});
    row("already a participant", utf8("Nguyễn Văn Sơn;;Tỉnh ủy Tuyên Quang;;;;"), 3,
        {QStringLiteral("Nguyễn Văn Sơn is already a participant of this conference.")});
    row("already a participant, written in capitals", utf8("LÊ THỊ KIM DUNG;;;;;;"), 3,
        {QStringLiteral("LÊ THỊ KIM DUNG is already a participant of this conference.")});
    row("namesakes without a unit", utf8("Phạm Quang Thao;;;;;;"), 3,
        {QStringLiteral("Several people in the directory are called “Phạm Quang Thao”; write "
                        "the unit to tell them apart.")});
    row("one row in Windows-1258", QByteArray("Tr\xE2\xCCn V\xE3n An;Chuy\xEAn vi\xEAn;;;;;\n"), 3,
        {QStringLiteral("This row is not valid UTF-8 (some letters are garbled); retype them, or "
                        "save the file as CSV UTF-8.")});
    row("quotation mark never closed", utf8("Trần Văn An;\"Chuyên viên;;;;;"), 3,
        {QStringLiteral("A quotation mark opened in this row is never closed, so the rest of the "
                        "file was read as one value.")});
    row("two problems in one row", utf8("Trần Văn An;;Tỉnh ủy Hà Giang;Thư ký;;;"), 3,
        {QStringLiteral("“Thư ký” is not a role; write one of: Chủ trì, Trình bày báo cáo, "
                        "Tham luận, Phát biểu khai mạc, Phát biểu kết luận, Đại biểu, "
                        "Khách mời."),
            QStringLiteral("There is no unit “Tỉnh ủy Hà Giang” in the directory; add it there "
                           "first or correct the name.")});
}

void TestDelegateCsv::reportsBadRows()
{
    QFETCH(QByteArray, badLines);
    QFETCH(int, badRow);
    QFETCH(QStringList, messages);

    // A namesake of a demo person, in another unit.
    QString error;
    QVERIFY2(m_store->insert(QStringLiteral("person"),
                 {{QStringLiteral("full_name"), QStringLiteral("Phạm Quang Thao")},
                     {QStringLiteral("unit_id"), 6}},
                 &error),
        qPrintable(error));
    const QByteArray content = lines({QString::fromUtf8(header),
                                   QStringLiteral("Hoàng Thị Lan;;Tỉnh ủy Tuyên Quang;;;;")})
        + badLines;
    const auto preview = read(content, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), badRow - 1);
    QCOMPARE(preview->errorCount(), 1);
    QCOMPARE(preview->goodCount(), badRow - 2);
    QVERIFY(preview->hasErrors());
    for (const DelegateCsv::Row &row : preview->rows) {
        if (row.fileRow == badRow) {
            QCOMPARE(row.messages, messages);
            QCOMPARE(row.outcome, DelegateCsv::Outcome::Rejected);
            QCOMPARE(row.outcomeText(), QStringLiteral("Not imported"));
        } else {
            QVERIFY2(row.messages.isEmpty(), qPrintable(summary(row)));
        }
    }
}

void TestDelegateCsv::namesakesInTwoUnitsAreTwoPeople()
{
    QString error;
    const auto preview = read(
        lines({QString::fromUtf8(header), QStringLiteral("Trần Văn An;;Tỉnh ủy Tuyên Quang;;;;"),
            QStringLiteral("Trần Văn An;;Tỉnh ủy Điện Biên;;;;")}),
        &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->errorCount(), 0);
    QCOMPARE(preview->newPersonCount(), 2);
    QVERIFY2(DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT unit_id) FROM person "
                                  "WHERE name_folded = 'tran van an'")),
        2);
}

// Folding drops tones, so matching by the folded name took "Nguyễn Thị Hạ" for "Nguyễn Thị Hà"
// and refused a new "Lê Ánh" as one of several "Lê Anh". The directory here holds, in one unit,
// the names the file's name must not be taken for.
void TestDelegateCsv::matchesTheExactName_data()
{
    QTest::addColumn<QStringList>("directory");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("matched"); // the directory name joined; empty for a new person
    using O = DelegateCsv::Outcome;
    const auto row = [](const char *name, QStringList directory, const char *typed, O outcome,
                         const char *matched) {
        QTest::newRow(name) << directory << QString::fromUtf8(typed) << int(outcome)
                            << QString::fromUtf8(matched);
    };
    row("Hà is not Hạ", {"Nguyễn Thị Hạ", "Nguyễn Thị Hạ"}, "Nguyễn Thị Hà", O::NewPerson, "");
    row("Hạ among namesakes of Hà", {"Nguyễn Thị Hà", "Nguyễn Thị Hạ"}, "Nguyễn Thị Hạ",
        O::ExistingPerson, "Nguyễn Thị Hạ");
    row("Ánh is not Anh", {"Lê Anh", "Lê Anh"}, "Lê Ánh", O::NewPerson, "");
    row("Vĩnh is not Vinh", {"Trần Vinh"}, "Trần Vĩnh", O::NewPerson, "");
    row("Vinh among Vĩnh", {"Trần Vĩnh", "Trần Vinh", "Trần Vịnh"}, "Trần Vinh", O::ExistingPerson,
        "Trần Vinh");
    row("Thuỷ is Thủy", {"Phạm Thị Thủy"}, "Phạm Thị Thuỷ", O::ExistingPerson, "Phạm Thị Thủy");
    row("case does not count", {"Đỗ Văn Đức"}, "ĐỖ VĂN ĐỨC", O::ExistingPerson, "Đỗ Văn Đức");
    row("namesakes stay refused", {"Lê Anh", "Lê Anh"}, "Lê Anh", O::Rejected, "");
}

void TestDelegateCsv::matchesTheExactName()
{
    QFETCH(QStringList, directory);
    QFETCH(QString, typed);
    QFETCH(int, outcome);
    QFETCH(QString, matched);
    QString error;
    const auto unit = m_store->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Chi bộ thôn Đông (giả định)")}}, &error);
    QVERIFY2(unit, qPrintable(error));
    for (const QString &name : std::as_const(directory))
        QVERIFY2(
            m_store->insert(QStringLiteral("person"),
                {{QStringLiteral("full_name"), name}, {QStringLiteral("unit_id"), *unit}}, &error),
            qPrintable(error));
    const auto preview = read(lines({QString::fromUtf8(header),
                                  typed + QStringLiteral(";;Chi bộ thôn Đông (giả định);;;;")}),
        &error);
    QVERIFY2(preview, qPrintable(error));
    const DelegateCsv::Row &row = preview->rows.first();
    QCOMPARE(int(row.outcome), outcome);
    if (!matched.isEmpty())
        QCOMPARE(
            text(QStringLiteral("SELECT full_name FROM person WHERE id = %1").arg(row.personId)),
            matched);
    // A new name next to names that differ only by marks says so, and still adds the person.
    if (row.outcome == DelegateCsv::Outcome::NewPerson) {
        QCOMPARE(row.notes.size(), 1);
        QVERIFY2(row.notes.first().contains(directory.first()), qPrintable(row.notes.first()));
        QVERIFY2(DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE unit_id = %1").arg(*unit)),
            int(directory.size()) + 1);
    }
}

void TestDelegateCsv::refusesUnusableFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    const QString notUtf8 = QStringLiteral(
        "The file “dai-bieu.csv” is not UTF-8; save it as CSV UTF-8 in Excel (File › Save As "
        "› CSV UTF-8) and choose it again.");
    QTest::newRow("Latin-1 under a header without marks") << QByteArray(
        "Ho va ten;Chuc vu\nTr\xE2\xCCn V\xE3n An;Chuy\xEAn vi\xEAn\n"
        "L\xEA V\xE3n B\xECnh;Chuy\xEAn vi\xEAn\n") << notUtf8;
    const QString utf16
        = QStringLiteral("Họ và tên\tĐơn vị\r\nTrần Văn An\tTỉnh ủy Tuyên Quang\r\n");
    QTest::newRow("UTF-16 (Excel's Unicode Text)") << QByteArray("\xFF\xFE")
            + QByteArray(reinterpret_cast<const char *>(utf16.utf16()), 2 * utf16.size())
                                                   << notUtf8;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("The file “dai-bieu.csv” is empty.");
    QTest::newRow("blank rows only") << QByteArray("\xEF\xBB\xBF\r\n;;;\r\n")
                                     << QStringLiteral("The file “dai-bieu.csv” is empty.");
    QTest::newRow("header only")
        << QByteArray(header) + "\r\n;;;;;;\r\n"
        << QStringLiteral("The file “dai-bieu.csv” has a header row but no delegates.");
    QTest::newRow("neither name nor unit column")
        << QStringLiteral("Chức vụ;Vai trò\nBí thư;Chủ trì\n").toUtf8()
        << QStringLiteral("The first row of “dai-bieu.csv” has neither a “Họ và tên” nor an "
                          "“Đơn vị” column; it must name the columns.");
    QTest::newRow("names in the first row instead of headers")
        << QStringLiteral("Nguyễn Văn An;Tỉnh ủy Tuyên Quang\n").toUtf8()
        << QStringLiteral("The first row of “dai-bieu.csv” has neither a “Họ và tên” nor an "
                          "“Đơn vị” column; it must name the columns.");
}

void TestDelegateCsv::readsWindows1258()
{
    // "Họ và tên;Chức vụ" and "Trần Văn An;Chuyên viên" as Excel's "CSV (semicolon delimited)"
    // writes them on a Vietnamese Windows: Windows-1258, ọ as o + a combining dot (0xF2). It was
    // refused before the legacy encodings were read; now it reads converted, with a notice.
    QString error;
    const auto preview = read(QByteArray("Ho\xF2 v\xE0 t\xEAn;Ch\xFD\xEC"
                                         "c vu\xF2\r\n"
                                         "Tr\xE2\xCCn V\xE3n An;Chuy\xEAn vi\xEAn\r\n"),
        &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 1);
    QCOMPARE(preview->rows.first().fullName, QStringLiteral("Trần Văn An"));
    QCOMPARE(preview->rows.first().title, QStringLiteral("Chuyên viên"));
    QVERIFY2(preview->fileMessages.contains(
                 QStringLiteral("The file uses the Windows-1258 encoding — converted to Unicode")),
        qPrintable(preview->fileMessages.join(QLatin1Char('|'))));
}

void TestDelegateCsv::refusesUnusableFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    QString error;
    QVERIFY(!read(content, &error));
    QCOMPARE(error, expected);
}

void TestDelegateCsv::refusesMissingFileAndConference()
{
    QString error;
    QVERIFY(!DelegateCsv::read(
        m_dir->filePath(QStringLiteral("missing.csv")), *m_store, tuyenQuang, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The file “missing.csv” cannot be read: ")),
        qPrintable(error));

    const QString path = write(lines({QString::fromUtf8(header), QStringLiteral("Hoàng Thị Lan")}));
    QVERIFY(!DelegateCsv::read(path, *m_store, 99, &error));
    QCOMPARE(error, QStringLiteral("The conference no longer exists."));
    QVERIFY(DelegateCsv::read(path, *m_store, tuyenQuang, &error));
}

void TestDelegateCsv::applyRefusesWhileErrorsThenImportsTheFixedFile()
{
    const QStringList good {QString::fromUtf8(header),
        QStringLiteral("Hoàng Thị Lan;Chuyên viên;Tỉnh ủy Tuyên Quang;;;;"),
        QStringLiteral(";;Tỉnh ủy Điện Biên;;3;;")};
    QString error;
    auto preview = read(
        lines(good) + QStringLiteral("Trần Văn An;;Tỉnh ủy Hà Giang;;;;\n").toUtf8(), &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->goodCount(), 2);

    const QString before = fingerprint();
    QVERIFY(!DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error));
    QCOMPARE(error,
        QStringLiteral("Nothing was imported: 1 row(s) have errors. Fix the file and "
                       "choose it again."));
    QCOMPARE(fingerprint(), before);

    preview = read(lines(good), &error);
    QVERIFY2(preview, qPrintable(error));
    QVERIFY2(DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conference_participant "
                                  "WHERE conference_id = 4")),
        6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE name_folded = "
                                  "'hoang thi lan' AND title = 'Chuyên viên'")),
        1);
    // Read again, the same file finds everyone already there: nothing would be imported twice.
    preview = read(lines(good), &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->errorCount(), 2);
    QCOMPARE(preview->rows.at(0).messages,
        QStringList {QStringLiteral("Hoàng Thị Lan is already a participant of this "
                                    "conference.")});
}

// A long list shows its progress and can be stopped, in the reading and in the import: a stop
// after the first hundred rows were written leaves the file as it was.
void TestDelegateCsv::stoppingChangesNothing()
{
    QStringList rows {QString::fromUtf8(header)};
    for (int i = 1; i <= 250; ++i)
        rows << QStringLiteral("Người Mới Số %1;;Tỉnh ủy Tuyên Quang;;;;").arg(i);
    const QByteArray content = lines(rows);
    QList<std::pair<int, int>> heard;
    const auto stopAtTheSecond = [&heard](int done, int total) {
        heard.append({done, total});
        return heard.size() < 2;
    };
    QString error;
    QVERIFY(!DelegateCsv::parse(
        content, QStringLiteral("dai-bieu.csv"), *m_store, tuyenQuang, &error, stopAtTheSecond));
    QCOMPARE(error, QStringLiteral("Reading “dai-bieu.csv” was stopped; nothing was imported."));
    QCOMPARE(heard, (QList<std::pair<int, int>> {{0, 250}, {100, 250}}));

    const auto preview = read(content, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->newPersonCount(), 250);
    const QString before = fingerprint();
    heard.clear();
    QVERIFY(!DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error, stopAtTheSecond));
    QCOMPARE(error, QStringLiteral("The import was stopped; nothing was imported."));
    QCOMPARE(heard.size(), 2);
    QCOMPARE(fingerprint(), before);
    // Going on to the end imports it all.
    QVERIFY2(
        DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error, [](int, int) { return true; }),
        qPrintable(error));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM person WHERE full_name LIKE 'Người Mới Số %'")),
        250);
}

void TestDelegateCsv::applyIsAllOrNothing()
{
    QString error;
    const auto preview = read(
        lines({QString::fromUtf8(header), QStringLiteral("Hoàng Thị Lan;;Tỉnh ủy Tuyên Quang;;;;"),
            QStringLiteral("Lò Văn Muôn;;;;;;"), QStringLiteral(";;Tỉnh ủy Điện Biên;;3;;")}),
        &error);
    QVERIFY2(preview, qPrintable(error));
    QVERIFY(!preview->hasErrors());

    // Between the preview and the click, someone else adds Lò Văn Muôn: row 3 now breaks the
    // "a person once per conference" constraint, after row 2 has already been written.
    const qint64 muon = preview->rows.at(1).personId;
    QVERIFY(muon > 0);
    QVERIFY2(m_store->insert(QStringLiteral("conference_participant"),
                 {{QStringLiteral("conference_id"), tuyenQuang},
                     {QStringLiteral("person_id"), muon}, {QStringLiteral("position"), 5}},
                 &error),
        qPrintable(error));
    const QString before = fingerprint();
    QVERIFY(!DelegateCsv::apply(*preview, *m_store, tuyenQuang, &error));
    QCOMPARE(error,
        QStringLiteral("Row 3: This person is already among the participants. "
                       "Nothing was imported."));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person WHERE name_folded = "
                                  "'hoang thi lan'")),
        0);
    // The connection is usable afterwards: no transaction was left open.
    Store::Write after(m_store.get());
    QVERIFY(after.isActive());
}

void TestDelegateCsv::applyRefusesAnotherConference()
{
    QString error;
    const auto preview
        = read(lines({QString::fromUtf8(header), QStringLiteral("Hoàng Thị Lan")}), &error);
    QVERIFY2(preview, qPrintable(error));
    const QString before = fingerprint();
    QVERIFY(!DelegateCsv::apply(*preview, *m_store, 3, &error));
    QCOMPARE(error,
        QStringLiteral("This list was read for another conference; choose the file "
                       "again."));
    QCOMPARE(fingerprint(), before);
    QVERIFY(!DelegateCsv::apply(DelegateCsv::Preview {}, *m_store, 0, &error));
    QCOMPARE(error, QStringLiteral("The file has no delegates to import."));
}

void TestDelegateCsv::readsAWorkbookTypedInTcvn3()
{
    // A sheet typed in .VnTime, as many offices still have them: "Họ và tên", "Đơn vị",
    // "Hoàng Thị Lan", "Tỉnh ủy Tuyên Quang" in TCVN3 glyphs.
    const QByteArray xlsx = TestSupport::workbook({{QStringLiteral("Sheet1"),
        {{QStringLiteral("Hä vµ tªn"), QStringLiteral("§¬n vÞ")},
            {QStringLiteral("Hoµng ThÞ Lan"), QStringLiteral("TØnh ñy Tuyªn Quang")}}}});
    QString error;
    const auto preview
        = DelegateCsv::parse(xlsx, QStringLiteral("dai-bieu.xlsx"), *m_store, tuyenQuang, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 1);
    QCOMPARE(preview->rows.first().fullName, QStringLiteral("Hoàng Thị Lan"));
    QCOMPARE(preview->rows.first().unitName, QStringLiteral("Tỉnh ủy Tuyên Quang"));
    QVERIFY(preview->rows.first().unitId > 0);
    QVERIFY(!preview->hasErrors());
    QCOMPARE(preview->fileMessages.value(0),
        QStringLiteral("The file uses the TCVN3 (ABC) encoding — converted to Unicode"));
    QCOMPARE(preview->sheetNames, QStringList {QStringLiteral("Sheet1")});
}

QTEST_GUILESS_MAIN(TestDelegateCsv)
#include "tst_delegatecsv.moc"

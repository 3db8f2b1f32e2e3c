#include "io/recipientcsv.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"
#include "teststore.h"
#include "workbooks.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QByteArray lines(const QStringList &rows, const QByteArray &end = "\n")
{
    QByteArray data;
    for (const QString &row : rows)
        data += row.toUtf8() + end;
    return data;
}

QString outcomeName(RecipientCsv::Outcome outcome)
{
    switch (outcome) {
    case RecipientCsv::Outcome::Rejected:
        return QStringLiteral("rejected");
    case RecipientCsv::Outcome::Collective:
        return QStringLiteral("collective");
    case RecipientCsv::Outcome::ExistingPerson:
        return QStringLiteral("existing");
    case RecipientCsv::Outcome::NewPerson:
        return QStringLiteral("new");
    }
    return QString();
}

QString summary(const RecipientCsv::Row &row)
{
    return QStringList {QString::number(row.fileRow), row.name, row.detail, row.achievement,
               outcomeName(row.outcome)}
               .join(QLatin1Char('|'))
        + (row.messages.isEmpty() ? QString()
                                  : QLatin1String(" ! ") + row.messages.join(QLatin1Char(' ')));
}

// Invented units of the demo, marked as such.
const QString commune = QStringLiteral("Đảng ủy xã Bình Minh (giả định)");
const QString school = QStringLiteral("Chi bộ Trường Tiểu học Bình Minh (giả định)");

} // namespace

// A commendation's list from CSV: collectives only matched, people matched or new, the rows
// already on the list and those twice in the file refused, all-or-nothing.
class TestRecipientCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsCollectivesPeopleAndNewPeople();
    void matchesWithNfdAndOldTonePlacement();
    void refusesWhatIsOnTheListOrTwiceInTheFile();
    void fileProblemsAreSentences();
    void readsAFileWithBomAndSep();
    void readsTheChosenSheetOfAWorkbook();
    void longListReportsProgressAndStops();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_person; // a person of the demo, and their title
    QString m_title;
};

void TestRecipientCsv::initTestCase()
{
    TestSupport::fixClock();
    const QString file = m_dir.filePath(QStringLiteral("office.sqlite"));
    const QString error = TestSupport::writeDemo(file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store = TestSupport::open(file);
    QVERIFY(m_store);
    // A person of the demo whose name no one else has.
    auto query = m_store->select(
        QStringLiteral("SELECT full_name, coalesce(title, '') FROM person p WHERE (SELECT count(*) "
                       "FROM person q WHERE q.name_key = p.name_key) = 1 ORDER BY id LIMIT 1"),
        {});
    QVERIFY(query && query->next());
    m_person = query->value(0).toString();
    m_title = query->value(1).toString();
    QVERIFY(!m_person.isEmpty());
}

void TestRecipientCsv::readsCollectivesPeopleAndNewPeople()
{
    const QByteArray csv = lines({QStringLiteral("STT;Họ và tên;Chức vụ, đơn vị;Thành tích"),
        QStringLiteral("1;%1;;Hoàn thành xuất sắc nhiệm vụ").arg(commune),
        QStringLiteral("2;%1;;").arg(m_person),
        QStringLiteral("3;Lê Văn Mới (giả định);Bí thư chi bộ;Có nhiều đóng góp"), QString()});
    QString error;
    const auto preview
        = RecipientCsv::parse(csv, QStringLiteral("danh-sach.csv"), *m_store, {}, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 3);
    QCOMPARE(summary(preview->rows.at(0)),
        QStringLiteral("2|%1||Hoàn thành xuất sắc nhiệm vụ|collective").arg(commune));
    // A person found gets their current title when the file gives none.
    QCOMPARE(
        summary(preview->rows.at(1)), QStringLiteral("3|%1|%2||existing").arg(m_person, m_title));
    QCOMPARE(summary(preview->rows.at(2)),
        QStringLiteral("4|Lê Văn Mới (giả định)|Bí thư chi bộ|Có nhiều đóng góp|new"));
    QVERIFY(!preview->hasErrors());
    const QList<QVariantMap> rows = RecipientCsv::listRows(*preview);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).value(QStringLiteral("recipient_kind")).toString(),
        QStringLiteral("collective"));
    QVERIFY(rows.at(0).value(QStringLiteral("unit_id")).toLongLong() > 0);
    QCOMPARE(rows.at(1).value(QStringLiteral("recipient_kind")).toString(),
        QStringLiteral("individual"));
    QVERIFY(rows.at(1).value(QStringLiteral("person_id")).toLongLong() > 0);
    const QVariantMap newPerson = rows.at(2).value(QStringLiteral("new_person")).toMap();
    QCOMPARE(newPerson.value(QStringLiteral("full_name")).toString(),
        QStringLiteral("Lê Văn Mới (giả định)"));
    QCOMPARE(newPerson.value(QStringLiteral("title")).toString(), QStringLiteral("Bí thư chi bộ"));
    for (const QVariantMap &row : rows)
        QCOMPARE(row.value(QStringLiteral("review")).toString(), QStringLiteral("pending"));
}

void TestRecipientCsv::matchesWithNfdAndOldTonePlacement()
{
    // The unit's name decomposed (as a Mac writes it) and in upper case still names it; the
    // tones count.
    const QString nfd = commune.normalized(QString::NormalizationForm_D).toUpper();
    const QByteArray csv
        = lines({QStringLiteral("Tên tập thể,Thành tích"), QStringLiteral("\"%1\",Tốt").arg(nfd),
            QStringLiteral("Đảng ủy xã Bình Mính (giả định),Tốt")});
    QString error;
    const auto preview = RecipientCsv::parse(csv, QStringLiteral("nfd.csv"), *m_store, {}, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(0).outcome, RecipientCsv::Outcome::Collective);
    // Another tone is another name: a new person, never the commune.
    QCOMPARE(preview->rows.at(1).outcome, RecipientCsv::Outcome::NewPerson);
}

void TestRecipientCsv::refusesWhatIsOnTheListOrTwiceInTheFile()
{
    const qint64 schoolId
        = m_store->value(QStringLiteral("SELECT id FROM unit WHERE name = ?"), {school})
              .toLongLong();
    QVERIFY(schoolId > 0);
    const QVector<QVariantMap> listed {
        {{QStringLiteral("recipient_kind"), QStringLiteral("collective")},
            {QStringLiteral("unit_id"), schoolId}, {QStringLiteral("name"), school}}};
    const QByteArray csv = lines({QStringLiteral("STT;Họ và tên;Thành tích"),
        QStringLiteral("1;%1;Tốt").arg(school), QStringLiteral("2;Trần Thị Hai (giả định);Tốt"),
        QStringLiteral("3;TRẦN THỊ HAI (giả định);Tốt"), QStringLiteral("4;;Tốt")});
    QString error;
    const auto preview
        = RecipientCsv::parse(csv, QStringLiteral("trung.csv"), *m_store, listed, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 4);
    QVERIFY2(preview->rows.at(0).messages.join(u' ').contains(school),
        qPrintable(summary(preview->rows.at(0))));
    QCOMPARE(preview->rows.at(0).outcome, RecipientCsv::Outcome::Rejected);
    QVERIFY(!preview->rows.at(1).hasError());
    QVERIFY2(preview->rows.at(2).messages.join(u' ').contains(QStringLiteral("3")),
        qPrintable(summary(preview->rows.at(2))));
    QVERIFY(preview->rows.at(3).hasError());
    QCOMPARE(preview->errorCount(), 3);
    // All or nothing: a file with problems gives no rows at all.
    QVERIFY(RecipientCsv::listRows(*preview).isEmpty());
}

void TestRecipientCsv::fileProblemsAreSentences()
{
    QString error;
    QVERIFY(!RecipientCsv::parse(lines({QStringLiteral("STT;Thành tích"), QStringLiteral("1;Tốt")}),
        QStringLiteral("khong-ten.csv"), *m_store, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("khong-ten.csv")), qPrintable(error));
    error.clear();
    QVERIFY(!RecipientCsv::parse(QByteArray(), QStringLiteral("rong.csv"), *m_store, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("rong.csv")), qPrintable(error));
    error.clear();
    QVERIFY(!RecipientCsv::parse(lines({QStringLiteral("Họ và tên")}),
        QStringLiteral("chi-tieu-de.csv"), *m_store, {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!RecipientCsv::parse(
        QByteArray("\xFF\xFEH\0", 4), QStringLiteral("utf16.csv"), *m_store, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error));
    // A column not known is a notice, not an error.
    const auto preview = RecipientCsv::parse(
        lines({QStringLiteral("Họ và tên;Ghi chú"), QStringLiteral("%1;x").arg(commune)}),
        QStringLiteral("ghi-chu.csv"), *m_store, {}, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->fileMessages.size(), 1);
    QVERIFY(preview->fileMessages.first().contains(QStringLiteral("Ghi chú")));
    QVERIFY(!preview->hasErrors());
}

void TestRecipientCsv::readsAFileWithBomAndSep()
{
    const QString path = m_dir.filePath(QStringLiteral("excel.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF");
    file.write("sep=,\r\n");
    file.write(lines({QStringLiteral("STT,\"Họ và tên\",\"Chức vụ, đơn vị\",Thành tích"),
                         QStringLiteral("1,\"%1\",,\"Hai dòng\nthành tích\"").arg(school)},
        "\r\n"));
    file.close();
    QString error;
    const auto preview = RecipientCsv::read(path, *m_store, {}, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 1);
    // Rows numbered as Excel shows them (the "sep=" line is hidden there).
    QCOMPARE(summary(preview->rows.first()),
        QStringLiteral("2|%1||Hai dòng thành tích|collective").arg(school));
}

void TestRecipientCsv::readsTheChosenSheetOfAWorkbook()
{
    // The list on the second sheet, after the proposal's covering page; a gap of rows as Excel
    // leaves it, and the rows numbered as Excel shows them.
    const QByteArray xlsx = TestSupport::workbook({{QStringLiteral("Tờ trình"),
                                                       {{QStringLiteral("Tờ trình khen thưởng")}}},
        {QStringLiteral("Danh sách"),
            {{QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ, đơn vị"),
                 QStringLiteral("Thành tích")},
                {QStringLiteral("1"), commune, QString(), QStringLiteral("Hoàn thành xuất sắc")},
                {},
                {QStringLiteral("2"), QStringLiteral("Lê Văn Mới (giả định)"),
                    QStringLiteral("Bí thư chi bộ")}}}});
    QString error;
    const auto first
        = RecipientCsv::parse(xlsx, QStringLiteral("khen-thuong.xlsx"), *m_store, {}, &error);
    QVERIFY(!first);
    QCOMPARE(error,
        QStringLiteral("The first row of “khen-thuong.xlsx” has no “Họ và tên” or “Tên tập thể” "
                       "column; it must name the columns."));
    const auto preview
        = RecipientCsv::parse(xlsx, QStringLiteral("khen-thuong.xlsx"), *m_store, {}, &error, 1);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->sheetNames,
        (QStringList {QStringLiteral("Tờ trình"), QStringLiteral("Danh sách")}));
    QCOMPARE(preview->sheet, 1);
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(summary(preview->rows.at(0)),
        QStringLiteral("2|%1||Hoàn thành xuất sắc|collective").arg(commune));
    QCOMPARE(
        summary(preview->rows.at(1)), QStringLiteral("4|Lê Văn Mới (giả định)|Bí thư chi bộ||new"));
}

void TestRecipientCsv::longListReportsProgressAndStops()
{
    QStringList rows {QStringLiteral("STT;Họ và tên;Chức vụ, đơn vị;Thành tích")};
    for (int i = 1; i <= 250; ++i)
        rows << QStringLiteral("%1;Người Mới Số %1 (giả định);Đảng viên;").arg(i);
    const QByteArray csv = lines(rows);
    QList<std::pair<int, int>> heard;
    QString error;
    const auto preview = RecipientCsv::parse(csv, QStringLiteral("danh-sach.csv"), *m_store, {},
        &error, 0, [&heard](int done, int total) {
            heard.append({done, total});
            return true;
        });
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 250);
    QCOMPARE(heard, (QList<std::pair<int, int>> {{0, 250}, {100, 250}, {200, 250}}));
    heard.clear();
    QVERIFY(!RecipientCsv::parse(csv, QStringLiteral("danh-sach.csv"), *m_store, {}, &error, 0,
        [&heard](int done, int total) {
            heard.append({done, total});
            return heard.size() < 2;
        }));
    QCOMPARE(heard.size(), 2);
    QCOMPARE(error, QStringLiteral("Reading “danh-sach.csv” was stopped; nothing was imported."));
}

QTEST_GUILESS_MAIN(TestRecipientCsv)
#include "tst_recipientcsv.moc"

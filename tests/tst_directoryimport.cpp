#include "cli/demodata.h"
#include "io/directorycsv.h"
#include "storage/store.h"
#include "teststore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using Kind = DirectoryCsv::Kind;

QByteArray lines(const QStringList &rows)
{
    QByteArray data;
    for (const QString &row : rows)
        data += row.toUtf8() + "\r\n";
    return data;
}

QString outcomeName(DirectoryCsv::Outcome outcome)
{
    switch (outcome) {
    case DirectoryCsv::Outcome::Rejected:
        return QStringLiteral("rejected");
    case DirectoryCsv::Outcome::New:
        return QStringLiteral("new");
    case DirectoryCsv::Outcome::AlreadyPresent:
        return QStringLiteral("present");
    }
    return QString();
}

} // namespace

class TestDirectoryImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsPeople();
    void matchesHeadersWithoutMarks();
    void reportsBadPeopleRows_data();
    void reportsBadPeopleRows();
    void skipsPeopleAlreadyPresent();
    void importsUnitsUnderSuperiorsOfTheFile();
    void reportsBadUnitRows_data();
    void reportsBadUnitRows();
    void badRowLeavesTheDirectoryUnchanged();
    void refusalOfTheStoreOnTheWayChangesNothing();
    void stoppingChangesNothing();
    void refusesUnusableFiles_data();
    void refusesUnusableFiles();
    void readsAWorkbookWrittenByCalc();

private:
    std::optional<DirectoryCsv::Preview> parse(
        Kind kind, const QByteArray &content, QString *error = nullptr);
    // Read by a connection of its own, as another program reads the file.
    QVariant fileValue(const QString &sql, const QVariantList &values = {}) const;
    QString fingerprint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

void TestDirectoryImport::init()
{
    TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("office.sqlite"));
    m_store = TestSupport::open(m_path, Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestDirectoryImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::optional<DirectoryCsv::Preview> TestDirectoryImport::parse(
    Kind kind, const QByteArray &content, QString *error)
{
    QString sentence;
    auto preview = DirectoryCsv::parse(
        kind, content, QStringLiteral("danh-sach.csv"), *m_store, error ? error : &sentence);
    return preview;
}

QVariant TestDirectoryImport::fileValue(const QString &sql, const QVariantList &values) const
{
    return TestSupport::fileValue(m_path, sql, values);
}

QString TestDirectoryImport::fingerprint() const
{
    return QStringLiteral("%1 people, %2 units, %3 audit rows")
        .arg(fileValue(QStringLiteral("SELECT count(*) FROM person")).toInt())
        .arg(fileValue(QStringLiteral("SELECT count(*) FROM unit")).toInt())
        .arg(fileValue(QStringLiteral("SELECT count(*) FROM audit_log")).toInt());
}

void TestDirectoryImport::importsPeople()
{
    const int people = fileValue(QStringLiteral("SELECT count(*) FROM person")).toInt();
    const int audited = fileValue(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const QByteArray file = lines({
        QStringLiteral("STT;Họ và tên;Giới tính;Chức vụ;Đơn vị;Điện thoại;Ngày vào Đảng;"
                       "Ngày chính thức;Ghi chú"),
        QStringLiteral("1;Lê Thị Thu Hà;Nữ;Chuyên viên;Văn phòng Tỉnh ủy Thanh Hóa;0912 345 678;"
                       "03/02/2010;3/2/2011;"),
        QStringLiteral("2;  Phạm   Văn Đông ;nam;;Tỉnh ủy Điện Biên;;2015-05-19;;Chuyển "
                       "đến"),
        QStringLiteral(";;;;;;;;"),
        QStringLiteral("3;Hoàng Văn Khải;;;;;;;"),
    });
    QString error;
    const auto preview = parse(Kind::People, file, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->rows.size(), 3); // the blank row is left out
    QCOMPARE(preview->errorCount(), 0);
    QCOMPARE(preview->newCount(), 3);
    QCOMPARE(preview->rows.at(1).fileRow, 3);
    QCOMPARE(preview->rows.at(2).fileRow, 5);
    QCOMPARE(preview->rows.at(1).name, QStringLiteral("Phạm Văn Đông"));
    QCOMPARE(preview->rows.at(0).outcomeText(), QStringLiteral("Will be added to the directory"));

    int added = 0;
    QVERIFY2(DirectoryCsv::apply(*preview, *m_store, &error, {}, &added), qPrintable(error));
    QCOMPARE(added, 3);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM person")).toInt(), people + 3);
    // Each person added is logged by name, as a save in the editor is.
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'person' AND action = 'insert' AND record_label = ?"),
                 {QStringLiteral("Lê Thị Thu Hà")})
                 .toInt(),
        1);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audited + 3);
    QCOMPARE(fileValue(QStringLiteral("SELECT p.gender || '|' || p.title || '|' || u.name || '|' "
                                      "|| p.phone || '|' || p.admitted_on || '|' || "
                                      "p.official_on FROM person p JOIN unit u ON u.id = "
                                      "p.unit_id WHERE p.full_name = ?"),
                 {QStringLiteral("Lê Thị Thu Hà")})
                 .toString(),
        QStringLiteral("female|Chuyên viên|Văn phòng Tỉnh ủy Thanh Hóa|0912 345 678|2010-02-03|"
                       "2011-02-03"));
    QCOMPARE(fileValue(QStringLiteral("SELECT gender || '|' || admitted_on || '|' || note FROM "
                                      "person WHERE full_name = ?"),
                 {QStringLiteral("Phạm Văn Đông")})
                 .toString(),
        QStringLiteral("male|2015-05-19|Chuyển đến"));
    QVERIFY(fileValue(QStringLiteral("SELECT unit_id FROM person WHERE full_name = ?"),
        {QStringLiteral("Hoàng Văn Khải")})
                .isNull());
    // The new people are found as typed without marks, as every person is.
    QCOMPARE(fileValue(QStringLiteral("SELECT full_name FROM person WHERE name_folded = ?"),
                 {QStringLiteral("pham van dong")})
                 .toString(),
        QStringLiteral("Phạm Văn Đông"));
}

void TestDirectoryImport::matchesHeadersWithoutMarks()
{
    const QByteArray file = lines({QStringLiteral("HO TEN,chuc vu,Don Vi,Ngay sinh,Que quan"),
        QStringLiteral("Vũ Minh Châu,Chuyên viên,Tỉnh ủy Vĩnh Long,01/01/1980,Nam Định")});
    const auto preview = parse(Kind::People, file);
    QVERIFY(preview);
    QCOMPARE(preview->errorCount(), 0);
    const DirectoryCsv::Row &row = preview->rows.first();
    QCOMPARE(row.name, QStringLiteral("Vũ Minh Châu"));
    QCOMPARE(row.detail, QStringLiteral("Chuyên viên"));
    QVERIFY(row.unitId > 0);
    QCOMPARE(preview->fileMessages,
        QStringList({QStringLiteral("1 column(s) not known and ignored: “Que quan”."),
            QStringLiteral("The directory keeps no birth date: “Ngay sinh” not read.")}));
}

void TestDirectoryImport::reportsBadPeopleRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("no name") << QStringLiteral(";Chuyên viên;Tỉnh ủy Thanh Hóa;;;")
                             << QStringLiteral("The row has no name (“Họ và tên”).");
    QTest::newRow("date") << QStringLiteral("Lê Văn Tám;;;;31/02/2010;")
                          << QStringLiteral("“31/02/2010” in the column “Ngày vào Đảng” is not a "
                                            "date: ");
    QTest::newRow("not a date") << QStringLiteral("Lê Văn Tám;;;;;năm 2010")
                                << QStringLiteral("“năm 2010” in the column “Ngày chính thức” is "
                                                  "not a date: ");
    QTest::newRow("date order") << QStringLiteral("Lê Văn Tám;;;;05/06/2012;05/06/2011")
                                << QStringLiteral("The date of full membership is before the "
                                                  "date of admission to the Party.");
    QTest::newRow("unit") << QStringLiteral("Lê Văn Tám;;Huyện ủy Không Có;;;")
                          << QStringLiteral("There is no unit “Huyện ủy Không Có” in the "
                                            "directory; add it there first or correct the name.");
    QTest::newRow("gender") << QStringLiteral("Lê Văn Tám;;;Ông;;")
                            << QStringLiteral("“Ông” is not a gender; write one of: Nam, Nữ.");
    QTest::newRow("repeat") << QStringLiteral("Nguyễn Văn Mười;;Tỉnh ủy Điện Biên;;;")
                            << QStringLiteral("This row repeats row 2.");
}

void TestDirectoryImport::reportsBadPeopleRows()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    const QByteArray file = lines({QStringLiteral("Họ tên;Chức vụ;Đơn vị;Giới tính;Ngày vào Đảng;"
                                                  "Ngày chính thức"),
        QStringLiteral("Nguyễn Văn Mười;;Tỉnh ủy Điện Biên;;;"), row});
    const auto preview = parse(Kind::People, file);
    QVERIFY(preview);
    QCOMPARE(preview->rows.size(), 2);
    QVERIFY(!preview->rows.first().hasError());
    const DirectoryCsv::Row &bad = preview->rows.at(1);
    QCOMPARE(bad.fileRow, 3);
    QCOMPARE(bad.outcome, DirectoryCsv::Outcome::Rejected);
    QCOMPARE(bad.messages.size(), 1);
    QVERIFY2(bad.messages.first().startsWith(message), qPrintable(bad.messages.first()));
    QCOMPARE(preview->errorCount(), 1);
}

void TestDirectoryImport::skipsPeopleAlreadyPresent()
{
    // Đỗ Minh Tuấn works in the Tỉnh ủy Thanh Hóa of the demo.
    const int people = fileValue(QStringLiteral("SELECT count(*) FROM person")).toInt();
    const QByteArray file = lines({QStringLiteral("Họ và tên;Đơn vị;Chức vụ"),
        QStringLiteral("ĐỖ MINH TUẤN;Tỉnh ủy Thanh Hóa;Chức vụ mới"), // case differs: the same
        QStringLiteral("Đỗ Minh Tuấn;;"), // without a unit: the same name anywhere
        QStringLiteral("Đỗ Minh Tuân;Tỉnh ủy Thanh Hóa;"), // a tone differs: someone else
        QStringLiteral("Đỗ Minh Tuấn;Tỉnh ủy Điện Biên;")}); // a namesake in another unit
    const auto preview = parse(Kind::People, file);
    QVERIFY(preview);
    QStringList outcomes;
    for (const DirectoryCsv::Row &row : preview->rows)
        outcomes << outcomeName(row.outcome);
    QCOMPARE(outcomes,
        QStringList({QStringLiteral("present"), QStringLiteral("present"), QStringLiteral("new"),
            QStringLiteral("new")}));
    QCOMPARE(
        preview->rows.first().outcomeText(), QStringLiteral("Already in the directory, skipped"));
    QCOMPARE(preview->presentCount(), 2);
    QString error;
    int added = 0;
    QVERIFY2(DirectoryCsv::apply(*preview, *m_store, &error, {}, &added), qPrintable(error));
    QCOMPARE(added, 2);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM person")).toInt(), people + 2);
    // A record present is not changed by the file.
    QCOMPARE(fileValue(QStringLiteral("SELECT title FROM person WHERE full_name = ? AND unit_id = "
                                      "(SELECT id FROM unit WHERE name = ?)"),
                 {QStringLiteral("Đỗ Minh Tuấn"), QStringLiteral("Tỉnh ủy Thanh Hóa")})
                 .toString(),
        QStringLiteral("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"));
}

void TestDirectoryImport::importsUnitsUnderSuperiorsOfTheFile()
{
    const int units = fileValue(QStringLiteral("SELECT count(*) FROM unit")).toInt();
    const QByteArray file = lines({
        QStringLiteral("Tên đơn vị;Tên viết tắt;Loại;Đơn vị cấp trên;Ký hiệu;Địa danh;Từ ngày"),
        QStringLiteral("Đảng ủy Khối Cơ quan tỉnh;ĐUK;Đảng bộ;Tỉnh ủy Thanh Hóa;ĐU;Thanh Hóa;"
                       "01/07/2020"),
        QStringLiteral("Chi bộ Văn phòng Đảng ủy Khối;;Chi bộ;đảng ủy khối cơ quan tỉnh;;;"),
        QStringLiteral("Huyện ủy Mường Chà;;Cấp ủy;Tỉnh ủy Điện Biên;HU;Mường Chà;"),
        QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa;VPTU;;Tỉnh ủy Thanh Hóa;;;"),
    });
    QString error;
    const auto preview = parse(Kind::Units, file, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->errorCount(), 0);
    QCOMPARE(preview->newCount(), 3);
    QCOMPARE(preview->rows.at(3).outcome, DirectoryCsv::Outcome::AlreadyPresent);
    QCOMPARE(preview->rows.at(1).parentRow, 2);
    int added = 0;
    QVERIFY2(DirectoryCsv::apply(*preview, *m_store, &error, {}, &added), qPrintable(error));
    QCOMPARE(added, 3);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM unit")).toInt(), units + 3);
    QCOMPARE(fileValue(QStringLiteral("SELECT u.short_name || '|' || u.kind || '|' || p.name || "
                                      "'|' || u.issuer_code || '|' || u.place_name || '|' || "
                                      "u.valid_from FROM unit u JOIN unit p ON p.id = u.parent_id "
                                      "WHERE u.name = ?"),
                 {QStringLiteral("Đảng ủy Khối Cơ quan tỉnh")})
                 .toString(),
        QStringLiteral("ĐUK|party_organization|Tỉnh ủy Thanh Hóa|ĐU|Thanh Hóa|2020-07-01"));
    QCOMPARE(fileValue(QStringLiteral("SELECT p.name FROM unit u JOIN unit p ON p.id = "
                                      "u.parent_id WHERE u.name = ?"),
                 {QStringLiteral("Chi bộ Văn phòng Đảng ủy Khối")})
                 .toString(),
        QStringLiteral("Đảng ủy Khối Cơ quan tỉnh"));
}

void TestDirectoryImport::reportsBadUnitRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("no name") << QStringLiteral(";Cấp ủy;Tỉnh ủy Thanh Hóa;;")
                             << QStringLiteral("The row has no unit name (“Tên đơn vị”).");
    QTest::newRow("kind") << QStringLiteral("Huyện ủy Tủa Chùa;Ủy ban;;;")
                          << QStringLiteral("“Ủy ban” is not a kind of unit; write one of: Cấp "
                                            "ủy, ");
    QTest::newRow("superior")
        << QStringLiteral("Huyện ủy Tủa Chùa;;Tỉnh ủy Lai Châu;;")
        << QStringLiteral("There is no unit “Tỉnh ủy Lai Châu” in the directory nor in an earlier "
                          "row of the file; add it first or correct the name.");
    QTest::newRow("own superior") << QStringLiteral("Huyện ủy Tủa Chùa;;Huyện ủy Tủa Chùa;;")
                                  << QStringLiteral("A unit cannot be its own superior.");
    QTest::newRow("date") << QStringLiteral("Huyện ủy Tủa Chùa;;;1/13/2020;")
                          << QStringLiteral("“1/13/2020” in the column “Từ ngày” is not a date: ");
    QTest::newRow("validity") << QStringLiteral("Huyện ủy Tủa Chùa;;;01/01/2020;31/12/2019")
                              << QStringLiteral("The unit's validity ends before it begins.");
    QTest::newRow("repeat") << QStringLiteral("HUYỆN ỦY ĐIỆN BIÊN ĐÔNG;;tỉnh ủy điện biên;;")
                            << QStringLiteral("This row repeats row 2.");
}

void TestDirectoryImport::reportsBadUnitRows()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    const QByteArray file = lines({QStringLiteral("Tên đơn vị;Loại;Cấp trên;Từ ngày;Đến ngày"),
        QStringLiteral("Huyện ủy Điện Biên Đông;Cấp ủy;Tỉnh ủy Điện Biên;;"), row});
    const auto preview = parse(Kind::Units, file);
    QVERIFY(preview);
    QCOMPARE(preview->rows.size(), 2);
    QVERIFY(!preview->rows.first().hasError());
    const DirectoryCsv::Row &bad = preview->rows.at(1);
    QCOMPARE(bad.outcome, DirectoryCsv::Outcome::Rejected);
    QCOMPARE(bad.messages.size(), 1);
    QVERIFY2(bad.messages.first().startsWith(message), qPrintable(bad.messages.first()));
}

void TestDirectoryImport::badRowLeavesTheDirectoryUnchanged()
{
    const QString before = fingerprint();
    const QByteArray file = lines({QStringLiteral("Họ và tên;Đơn vị;Ngày vào Đảng"),
        QStringLiteral("Trần Văn Một;Tỉnh ủy Thanh Hóa;"),
        QStringLiteral("Trần Văn Hai;Tỉnh ủy Thanh Hóa;"),
        QStringLiteral("Trần Văn Ba;Tỉnh ủy Thanh Hóa;30/02/2001")});
    const auto preview = parse(Kind::People, file);
    QVERIFY(preview);
    QCOMPARE(preview->errorCount(), 1);
    QString error;
    QVERIFY(!DirectoryCsv::apply(*preview, *m_store, &error));
    QCOMPARE(error,
        QStringLiteral("Nothing was imported: 1 row(s) have errors. Fix the file and choose it "
                       "again."));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM person WHERE full_name IN (?, ?)"),
                 {QStringLiteral("Trần Văn Một"), QStringLiteral("Trần Văn Hai")})
                 .toInt(),
        0);
}

void TestDirectoryImport::refusalOfTheStoreOnTheWayChangesNothing()
{
    // The file was read, then someone else added the same unit meanwhile: the second row is
    // refused by the store, and the first, already written, goes back with it.
    const QByteArray file = lines(
        {QStringLiteral("Tên đơn vị;Cấp trên"), QStringLiteral("Huyện ủy Nậm Pồ;Tỉnh ủy Điện Biên"),
            QStringLiteral("Huyện ủy Tuần Giáo;Tỉnh ủy Điện Biên")});
    const auto preview = parse(Kind::Units, file);
    QVERIFY(preview);
    QCOMPARE(preview->newCount(), 2);
    QString error;
    QVERIFY(m_store->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Huyện ủy Tuần Giáo")},
            {QStringLiteral("parent_id"), preview->rows.at(1).unitId}},
        &error));
    const QString before = fingerprint();
    QVERIFY(!DirectoryCsv::apply(*preview, *m_store, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Row 3: ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("Nothing was imported.")), qPrintable(error));
    QCOMPARE(fingerprint(), before);
    QVERIFY(fileValue(
        QStringLiteral("SELECT id FROM unit WHERE name = ?"), {QStringLiteral("Huyện ủy Nậm Pồ")})
                .isNull());
}

void TestDirectoryImport::stoppingChangesNothing()
{
    QStringList rows {QStringLiteral("Họ và tên;Đơn vị")};
    for (int i = 1; i <= 450; ++i)
        rows << QStringLiteral("Người Thứ %1;Tỉnh ủy Trà Vinh").arg(i);
    const QByteArray file = lines(rows);
    QString error;
    int calls = 0;
    const auto stopAtOnce = [&calls](int done, int total) {
        ++calls;
        return done < total / 2;
    };
    QVERIFY(!DirectoryCsv::parse(
        Kind::People, file, QStringLiteral("danh-sach.csv"), *m_store, &error, stopAtOnce));
    QCOMPARE(error, QStringLiteral("Reading “danh-sach.csv” was stopped; nothing was imported."));
    QVERIFY(calls >= 2);

    const auto preview = parse(Kind::People, file);
    QVERIFY(preview);
    QCOMPARE(preview->newCount(), 450);
    const QString before = fingerprint();
    QVERIFY(!DirectoryCsv::apply(*preview, *m_store, &error, stopAtOnce));
    QCOMPARE(error, QStringLiteral("The import was stopped; nothing was imported."));
    QCOMPARE(fingerprint(), before);
    // Going on to the end, all of them.
    int added = 0;
    QVERIFY(DirectoryCsv::apply(
        *preview, *m_store, &error, [](int, int) { return true; }, &added));
    QCOMPARE(added, 450);
}

void TestDirectoryImport::refusesUnusableFiles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");

    QTest::newRow("no name column")
        << int(Kind::People) << lines({QStringLiteral("Chức vụ;Đơn vị"), QStringLiteral("a;b")})
        << QStringLiteral("The first row of “danh-sach.csv” has no “Họ và tên” column; it must "
                          "name the columns.");
    QTest::newRow("no unit name column")
        << int(Kind::Units) << lines({QStringLiteral("Loại;Ký hiệu"), QStringLiteral("a;b")})
        << QStringLiteral("The first row of “danh-sach.csv” has no “Tên đơn vị” column; it must "
                          "name the columns.");
    QTest::newRow("no rows") << int(Kind::People) << lines({QStringLiteral("Họ và tên;Đơn vị")})
                             << QStringLiteral("The file “danh-sach.csv” has a header row but "
                                               "no people.");
}

void TestDirectoryImport::refusesUnusableFiles()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QString sentence;
    QVERIFY(!parse(Kind(kind), content, &sentence));
    QCOMPARE(sentence, error);
}

// A list typed in LibreOffice Calc and saved as .xlsx (converted here from a CSV file): the
// same rows as from the CSV, its ISO dates stored as real dates and read back.
void TestDirectoryImport::readsAWorkbookWrittenByCalc()
{
    const QString csv = m_dir->filePath(QStringLiteral("can-bo.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines({QStringLiteral("STT,Họ và tên,Giới tính,Đơn vị,Ngày vào Đảng"),
            QStringLiteral("1,Lê Thị Thu Hà,Nữ,Văn phòng Tỉnh ủy Thanh Hóa,2010-02-03"),
            QStringLiteral("2,Phạm Văn Đông,Nam,Tỉnh ủy Điện Biên,2015-05-19")}));
    }
    QProcess soffice;
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    soffice.start(QStringLiteral("soffice"),
        {QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=")
                + QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("lo-profile"))).toString(),
            QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
            QStringLiteral("xlsx"), QStringLiteral("--outdir"),
            m_dir->filePath(QStringLiteral("converted")), csv});
    if (!soffice.waitForStarted())
        QSKIP("soffice (libreoffice-calc-nogui) is not installed");
    QVERIFY(soffice.waitForFinished(180000));
    const QString xlsx = m_dir->filePath(QStringLiteral("converted/can-bo.xlsx"));
    QVERIFY2(QFileInfo::exists(xlsx), soffice.readAll().constData());

    QString error;
    const auto preview = DirectoryCsv::read(Kind::People, xlsx, *m_store, &error);
    QVERIFY2(preview, qPrintable(error));
    QCOMPARE(preview->sheetNames.size(), 1);
    QCOMPARE(preview->errorCount(), 0);
    QCOMPARE(preview->newCount(), 2);
    QCOMPARE(preview->rows.at(1).name, QStringLiteral("Phạm Văn Đông"));
    QCOMPARE(preview->rows.at(1).values.value(QStringLiteral("admitted_on")).toString(),
        QStringLiteral("2015-05-19"));
    QVERIFY2(DirectoryCsv::apply(*preview, *m_store, &error), qPrintable(error));
    QCOMPARE(fileValue(QStringLiteral("SELECT admitted_on FROM person WHERE full_name = ?"),
                 {QStringLiteral("Lê Thị Thu Hà")})
                 .toString(),
        QStringLiteral("2010-02-03"));
}

QTEST_GUILESS_MAIN(TestDirectoryImport)
#include "tst_directoryimport.moc"

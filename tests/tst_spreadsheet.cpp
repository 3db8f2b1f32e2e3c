#include "teststore.h"

#include "io/spreadsheet.h"
#include "spreadsheettestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using Spreadsheet::Kind;

namespace {

// For the length of the object, no file of this process may grow beyond `bytes`: writes past it
// fail as on a full disk.
class FullDisk
{
public:
    explicit FullDisk(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FullDisk() { setrlimit(RLIMIT_FSIZE, &m_before); }

private:
    rlimit m_before;
};

// A list as a secretary has it: Vietnamese with every kind of mark, dates, counts, a comma and
// quotes in a title, an empty cell, a long excerpt.
Spreadsheet::Table conferences(const QString &secrecy = {})
{
    Spreadsheet::Table table;
    table.title = QStringLiteral("Danh sách hội nghị");
    table.secrecy = secrecy;
    table.columns = {{QStringLiteral("Ngày"), Kind::Date}, {QStringLiteral("Hội nghị"), Kind::Text},
        {QStringLiteral("Đơn vị tổ chức"), Kind::Text},
        {QStringLiteral("Số đại biểu"), Kind::Integer}, {QStringLiteral("Tỷ lệ"), Kind::Number}};
    table.rows = {
        {QDate(2024, 3, 5), QStringLiteral("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"),
            QStringLiteral("Tỉnh ủy Điện Biên"), 45, 0.75},
        {QDate(2023, 12, 28), QStringLiteral("Tổng kết công tác năm, \"đánh giá\" cán bộ"),
            QStringLiteral("Huyện ủy Mường Nhé"), 120, 12.5},
        {QDate(1999, 1, 1), QStringLiteral("Ủy ban Kiểm tra — họp thường kỳ quý IV"), QVariant(),
            QVariant(), QVariant()},
        {QDate(2026, 11, 30),
            QStringLiteral("Quán triệt Nghị quyết số 39-NQ/TW về nâng cao hiệu quả quản lý, "
                           "khai thác, sử dụng và phát huy các nguồn lực của nền kinh tế; "
                           "thẩm định, góp ý dự thảo văn kiện"),
            QStringLiteral("Đảng ủy Khối cơ quan"), 0, -3.25},
    };
    return table;
}

// The sheet as LibreOffice reads it: its cells, shown as Calc shows them, row by row.
QList<QStringList> readWithLibreOffice(const QString &file, QString *failure)
{
    return SpreadsheetTestSupport::readWithLibreOffice({file}, failure).value(file);
}

// One part of the workbook's zip.
QByteArray part(const QString &xlsx, const QString &name)
{
    QuaZip zip(xlsx);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString shown(const QVariant &value, Kind kind)
{
    if (value.isNull())
        return QString();
    switch (kind) {
    case Kind::Date:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case Kind::Integer:
        return QString::number(value.toLongLong());
    case Kind::Number:
        return QString::number(value.toDouble());
    case Kind::Text:
        break;
    }
    return value.toString();
}

} // namespace

// A list leaves the program for Excel as the secretary saw it: every cell, in Vietnamese, dates
// as dates and numbers as numbers, its header row frozen and its secrecy marked.
class TestSpreadsheet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void libreOfficeReadsEveryCell();
    void theSheetHasAFrozenHeaderAFilterAndRealDates();
    void aSecretListIsMarkedOnTheSheetAndInItsPrintHeader();
    void columnsAreAsWideAsTheirText();
    void csvIsUtf8WithBomAndCrlfQuotedAsExcelDoes();
    void aModelBecomesATableWithKindsFromItsValues();
    void aReadOnlyFolderGivesASentenceAndNoFile();
    void aFullDiskLeavesTheOldFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSpreadsheet::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSpreadsheet::libreOfficeReadsEveryCell()
{
    const Spreadsheet::Table table = conferences(QStringLiteral("MẬT"));
    const QString path = m_dir->filePath(QStringLiteral("hoi-nghi.xlsx"));
    QString error;
    QVERIFY2(Spreadsheet::write(table, path, &error), qPrintable(error));
    QString failure;
    const QList<QStringList> rows = readWithLibreOffice(path, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(Spreadsheet::headerRow(table), 2);
    QVERIFY(rows.size() >= 2 + 1 + table.rows.size());
    QCOMPARE(rows.at(0).value(0), QStringLiteral("MẬT"));
    QCOMPARE(rows.at(1).value(0), QStringLiteral("Danh sách hội nghị"));
    QStringList headers;
    for (const Spreadsheet::Column &column : table.columns)
        headers << column.header;
    QCOMPARE(rows.at(2), headers);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString expected = shown(table.rows.at(r).at(c), table.columns.at(c).kind);
            QCOMPARE(rows.at(3 + r).value(c), expected);
        }
    }
}

void TestSpreadsheet::theSheetHasAFrozenHeaderAFilterAndRealDates()
{
    const Spreadsheet::Table table = conferences();
    const QString path = m_dir->filePath(QStringLiteral("hoi-nghi.xlsx"));
    QString error;
    QVERIFY2(Spreadsheet::write(table, path, &error), qPrintable(error));
    const QString sheet = QString::fromUtf8(part(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(!sheet.isEmpty());
    // Title in row 1, headers in row 2: the pane is frozen below row 2.
    QVERIFY2(
        sheet.contains(QRegularExpression(
            R"re(<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>)re")),
        qPrintable(sheet.left(2000)));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A2:E6\"/>")));
    // 5 March 2024 is Excel's day 45356, a number with a date style.
    const QRegularExpression dateCell(
        QStringLiteral(R"re(<c r="A3" s="(\d+)"><v>45356</v></c>)re"));
    const QRegularExpressionMatch match = dateCell.match(sheet);
    QVERIFY2(match.hasMatch(), qPrintable(sheet.mid(sheet.indexOf("<sheetData"), 800)));
    const QString styles = QString::fromUtf8(part(path, QStringLiteral("xl/styles.xml")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
    // The cell's style is the one with that number format.
    const QRegularExpression format(
        QStringLiteral(R"re(<numFmt numFmtId="(\d+)" formatCode="dd/mm/yyyy"/>)re"));
    const QString formatId = format.match(styles).captured(1);
    const QString cellXfs = styles.mid(styles.indexOf(QStringLiteral("<cellXfs")));
    const QStringList xfs = cellXfs.split(QStringLiteral("<xf "));
    const int style = match.captured(1).toInt();
    QVERIFY(style + 1 < xfs.size());
    QVERIFY2(xfs.at(style + 1).contains(QStringLiteral("numFmtId=\"%1\"").arg(formatId)),
        qPrintable(xfs.at(style + 1)));
    // The count is a number, the title a string.
    QVERIFY(sheet.contains(
        QRegularExpression(QStringLiteral(R"re(<c r="D3" s="\d+"><v>45</v></c>)re"))));
    QVERIFY(sheet.contains(
        QRegularExpression(QStringLiteral(R"re(<c r="B3" s="\d+" t="inlineStr">)re"))));
    // Bold headers.
    QVERIFY(styles.contains(QStringLiteral("<b/>")));
}

void TestSpreadsheet::aSecretListIsMarkedOnTheSheetAndInItsPrintHeader()
{
    const QString path = m_dir->filePath(QStringLiteral("mat.xlsx"));
    QString error;
    QVERIFY2(Spreadsheet::write(conferences(QStringLiteral("TỐI MẬT")), path, &error),
        qPrintable(error));
    const QString sheet = QString::fromUtf8(part(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY2(sheet.contains(
                 QStringLiteral("<oddHeader>&amp;C&amp;\"-,Bold\"&amp;12TỐI MẬT</oddHeader>")),
        qPrintable(sheet.right(1200)));
    // The mark is the first cell, above the title.
    QVERIFY(sheet.contains(QRegularExpression(
        QStringLiteral(R"re(<c r="A1" s="\d+" t="inlineStr"><is><t>TỐI MẬT</t></is></c>)re"))));
    QVERIFY(sheet.contains(QStringLiteral("<pane ySplit=\"3\"")));
    // An ordinary list has no mark.
    const QString plain = m_dir->filePath(QStringLiteral("thuong.xlsx"));
    QVERIFY2(Spreadsheet::write(conferences(), plain, &error), qPrintable(error));
    QVERIFY(!part(plain, QStringLiteral("xl/worksheets/sheet1.xml")).contains("oddHeader"));
}

void TestSpreadsheet::columnsAreAsWideAsTheirText()
{
    const QString path = m_dir->filePath(QStringLiteral("rong.xlsx"));
    QString error;
    QVERIFY2(Spreadsheet::write(conferences(), path, &error), qPrintable(error));
    const QString sheet = QString::fromUtf8(part(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QRegularExpression col(QStringLiteral(R"re(<col min="(\d+)" max="\d+" width="([\d.]+)")re"));
    QMap<int, double> widths;
    for (auto it = col.globalMatch(sheet); it.hasNext();) {
        const auto m = it.next();
        widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
    }
    QCOMPARE(widths.size(), 5);
    // Dates fit "dd/mm/yyyy"; the unit names ("Huyện ủy Mường Nhé", 18 letters) fit; the long
    // title wraps at the widest column; a short count column stays narrow.
    QVERIFY(widths.value(1) >= 10 && widths.value(1) <= 14);
    QVERIFY2(widths.value(3) >= 19 && widths.value(3) <= 24,
        qPrintable(QString::number(widths.value(3))));
    QVERIFY(widths.value(2) >= 55 && widths.value(2) <= 62);
    QVERIFY(widths.value(4) < widths.value(3));
}

void TestSpreadsheet::csvIsUtf8WithBomAndCrlfQuotedAsExcelDoes()
{
    const QString path = m_dir->filePath(QStringLiteral("hoi-nghi.csv"));
    QString error;
    QVERIFY2(
        Spreadsheet::write(conferences(QStringLiteral("MẬT")), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\r]\n"))));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("MẬT"));
    QCOMPARE(lines.at(1), QStringLiteral("Danh sách hội nghị"));
    QCOMPARE(lines.at(2), QStringLiteral("Ngày,Hội nghị,Đơn vị tổ chức,Số đại biểu,Tỷ lệ"));
    QCOMPARE(lines.at(3),
        QStringLiteral("05/03/2024,Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12,"
                       "Tỉnh ủy Điện Biên,45,0.75"));
    QCOMPARE(lines.at(4),
        QStringLiteral("28/12/2023,\"Tổng kết công tác năm, \"\"đánh giá\"\" cán bộ\","
                       "Huyện ủy Mường Nhé,120,12.5"));
    QCOMPARE(lines.at(5), QStringLiteral("01/01/1999,Ủy ban Kiểm tra — họp thường kỳ quý IV,,,"));
    // LibreOffice reads it back as the same cells.
    QString failure;
    const QList<QStringList> rows = readWithLibreOffice(path, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(rows.value(4).value(1), QStringLiteral("Tổng kết công tác năm, \"đánh giá\" cán bộ"));
}

void TestSpreadsheet::aModelBecomesATableWithKindsFromItsValues()
{
    QStandardItemModel model(3, 4);
    model.setHorizontalHeaderLabels({QStringLiteral("Số"), QStringLiteral("Ngày"),
        QStringLiteral("Tên"), QStringLiteral("Điểm")});
    const QVariantList values[]
        = {{1, QDate(2024, 1, 2), QStringLiteral("Đảng bộ xã Thanh Xương"), 7.5},
            {2, QDate(2025, 6, 30), QStringLiteral("Chi bộ thôn Nà Nhạn"), 8},
            {3, QVariant(), QStringLiteral("Đảng bộ phường Him Lam"), QVariant()}};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 4; ++c) {
            auto *item = new QStandardItem;
            item->setData(values[r].at(c), Spreadsheet::ValueRole);
            item->setData(values[r].at(c).toString(), Qt::DisplayRole);
            model.setItem(r, c, item);
        }
    }
    const Spreadsheet::Table table = Spreadsheet::fromModel(&model, {2, 1, 3, 0});
    QCOMPARE(table.columns.size(), 4);
    QCOMPARE(table.columns.at(0).header, QStringLiteral("Tên"));
    QCOMPARE(table.columns.at(0).kind, Kind::Text);
    QCOMPARE(table.columns.at(1).kind, Kind::Date);
    QCOMPARE(table.columns.at(2).kind, Kind::Number);
    QCOMPARE(table.columns.at(3).kind, Kind::Integer);
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(1).at(1).toDate(), QDate(2025, 6, 30));
    QCOMPARE(table.rows.at(2).at(0).toString(), QStringLiteral("Đảng bộ phường Him Lam"));
}

void TestSpreadsheet::aReadOnlyFolderGivesASentenceAndNoFile()
{
    QDir(m_dir->path()).mkdir(QStringLiteral("locked"));
    // The administrator writes in any folder of a disk: for root, a file system that takes no
    // new file at all.
    const QString folder
        = geteuid() == 0 ? QStringLiteral("/proc") : m_dir->filePath(QStringLiteral("locked"));
    QFile::setPermissions(
        m_dir->filePath(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    for (const char *name : {"danh-sach.xlsx", "danh-sach.csv"}) {
        const QString path = QDir(folder).filePath(QLatin1String(name));
        QString error;
        QVERIFY(!Spreadsheet::write(conferences(), path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')) || error.endsWith(QLatin1Char(')')));
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(QDir(folder)
                .entryList({QStringLiteral("*danh-sach*")}, QDir::Files | QDir::Hidden)
                .isEmpty());
    QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestSpreadsheet::aFullDiskLeavesTheOldFile()
{
    const QString path = m_dir->filePath(QStringLiteral("lon.xlsx"));
    QString error;
    QVERIFY2(Spreadsheet::write(conferences(), path, &error), qPrintable(error));
    const QByteArray before = TestSupport::digest(path);
    Spreadsheet::Table big = conferences();
    for (int i = 0; i < 20000; ++i)
        big.rows << QVariantList {QDate(2020, 1, 1).addDays(i % 2000),
            QStringLiteral("Hội nghị số %1 của Đảng bộ").arg(i), QStringLiteral("Đảng bộ"), i, 1.5};
    {
        FullDisk disk(64 * 1024);
        QVERIFY(!Spreadsheet::write(big, path, &error));
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(TestSupport::digest(path), before);
    QCOMPARE(
        QDir(m_dir->path()).entryList({QStringLiteral(".*.part*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

QTEST_GUILESS_MAIN(TestSpreadsheet)
#include "tst_spreadsheet.moc"

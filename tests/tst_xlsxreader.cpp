#include "io/tablesource.h"
#include "io/xlsxreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

using Cells = QList<QStringList>;

// A zip written part by part, as a spreadsheet program would.
QByteArray zip(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    for (const auto &[name, content] : parts) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(content) < 0)
            qFatal("cannot write %s", qPrintable(name));
        file.close();
    }
    archive.close();
    return bytes;
}

const char contentTypes[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const char rootRels[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
      "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"%1\"/></Relationships>";
const char relationPrefix[]
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + rows + "</sheetData></worksheet>";
}

// A workbook written by hand: its parts where the relations say (not where Excel puts them),
// so that the reader is seen to follow the relations.
struct Workbook
{
    bool date1904 = false;
    QList<std::pair<QString, QByteArray>> sheets; // name, <row>s
    QByteArray sharedStrings; // the <si> items
    QByteArray numberFormats; // <numFmt>s
    QList<int> cellFormats {0}; // numFmtId of each <xf> of cellXfs

    QByteArray bytes() const
    {
        QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                              "xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                              "relationships\">";
        workbook += date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
        workbook += "<sheets>";
        QByteArray relations = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                               "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                               "relationships\">";
        QList<std::pair<QString, QByteArray>> parts {{"[Content_Types].xml", contentTypes},
            {"_rels/.rels", QByteArray(rootRels).replace("%1", "/book/main.xml")}};
        for (int i = 0; i < sheets.size(); ++i) {
            // Sheets in reverse file order, one of them by an absolute target.
            const QByteArray id = "rId" + QByteArray::number(10 + i);
            const QByteArray target = i % 2
                ? "/book/tabs/t" + QByteArray::number(sheets.size() - i) + ".xml"
                : "tabs/t" + QByteArray::number(sheets.size() - i) + ".xml";
            workbook += "<sheet name=\"" + sheets.at(i).first.toHtmlEscaped().toUtf8()
                + "\" sheetId=\"" + QByteArray::number(i + 1) + "\" rel:id=\"" + id + "\"/>";
            relations += "<Relationship Id=\"" + id + "\" Type=\"" + relationPrefix
                + "worksheet\" Target=\"" + target + "\"/>";
            parts.append({QStringLiteral("book/tabs/t%1.xml").arg(sheets.size() - i),
                sheetXml(sheets.at(i).second)});
        }
        workbook += "</sheets></workbook>";
        relations += "<Relationship Id=\"rId1\" Type=\"" + QByteArray(relationPrefix)
            + "sharedStrings\" Target=\"words.xml\"/><Relationship Id=\"rId2\" Type=\""
            + relationPrefix + "styles\" Target=\"looks.xml\"/></Relationships>";
        QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            "<numFmts>"
            + numberFormats
            + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>";
        for (const int format : cellFormats)
            styles += "<xf numFmtId=\"" + QByteArray::number(format) + "\"/>";
        styles += "</cellXfs></styleSheet>";
        parts.append({"book/main.xml", workbook});
        parts.append({"book/_rels/main.xml.rels", relations});
        parts.append({"book/words.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + sharedStrings + "</sst>"});
        parts.append({"book/looks.xml", styles});
        return zip(parts);
    }
};

Cells cellsOf(const QList<CsvReader::Record> &records, QList<int> *rows = nullptr)
{
    Cells cells;
    for (const CsvReader::Record &record : records) {
        QStringList row;
        for (const QByteArray &field : record.fields)
            row << QString::fromUtf8(field);
        cells << row;
        if (rows)
            *rows << record.fileRow;
    }
    return cells;
}

// TCVN3 (ABC) glyphs of Unicode Vietnamese, the few letters the tests type.
QString tcvn3(const QString &text)
{
    static const QHash<QChar, QString> codes = [] {
        const char16_t *const vowels[]
            = {u"a", u"ă", u"â", u"e", u"ê", u"i", u"o", u"ô", u"ơ", u"u", u"ư", u"y"};
        const char16_t *const glyphs[]
            = {u"a\u00B5\u00B6\u00B7\u00B8\u00B9", u"\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6",
                u"\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB", u"e\u00CC\u00CE\u00CF\u00D0\u00D1",
                u"\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6", u"i\u00D7\u00D8\u00DC\u00DD\u00DE",
                u"o\u00DF\u00E1\u00E2\u00E3\u00E4", u"\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9",
                u"\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE", u"u\u00EF\u00F1\u00F2\u00F3\u00F4",
                u"\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9", u"y\u00FA\u00FB\u00FC\u00FD\u00FE"};
        const char16_t *const tones[]
            = {u"", u"\u0300", u"\u0309", u"\u0303", u"\u0301", u"\u0323"};
        QHash<QChar, QString> map;
        for (int v = 0; v < 12; ++v) {
            for (int t = 0; t < 6; ++t) {
                const QString letter
                    = (QString::fromUtf16(vowels[v]) + QString::fromUtf16(tones[t]))
                          .normalized(QString::NormalizationForm_C);
                map.insert(letter.at(0), QString(QChar(glyphs[v][t])));
            }
        }
        map.insert(u'đ', QStringLiteral("\u00AE"));
        map.insert(u'Đ', QStringLiteral("\u00A7"));
        return map;
    }();
    QString out;
    for (const QChar c : text)
        out += codes.value(c, QString(c));
    return out;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numbers_data();
    void numbers();
    void dates_data();
    void dates();
    void formats_data();
    void formats();
    void columns();
    void calcFileFromCsv();
    void calcTwoSheets();
    void handWrittenCells();
    void dates1904();
    void legacyGlyphCells();
    void tableSourceChoosesByFirstBytes();
    void refusals_data();
    void refusals();
    void emptySheetIsRefused();
    void zipBombIsRefused();

private:
    // LibreOffice Calc converts `file` to .xlsx (filter options for a CSV); the workbook's bytes.
    QByteArray convert(const QString &file, const QString &filter = {});

    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QByteArray TestXlsxReader::convert(const QString &file, const QString &filter)
{
    QProcess soffice;
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments {QStringLiteral("--headless"),
        QStringLiteral("-env:UserInstallation=")
            + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString()};
    if (!filter.isEmpty())
        arguments << QStringLiteral("--infilter=") + filter;
    arguments << QStringLiteral("--convert-to") << QStringLiteral("xlsx")
              << QStringLiteral("--outdir") << m_dir.filePath(QStringLiteral("converted")) << file;
    soffice.start(QStringLiteral("soffice"), arguments);
    if (!soffice.waitForStarted()) {
        qWarning("soffice (libreoffice-calc-nogui) is not installed");
        return {};
    }
    if (!soffice.waitForFinished(180000)) {
        qWarning("LibreOffice did not finish converting");
        return {};
    }
    QFile xlsx(m_dir.filePath(QStringLiteral("converted/%1.xlsx"))
                   .arg(QFileInfo(file).completeBaseName()));
    if (!xlsx.open(QIODevice::ReadOnly)) {
        qWarning("%s", soffice.readAll().constData());
        return {};
    }
    return xlsx.readAll();
}

void TestXlsxReader::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 12.0 << "12";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("negative") << -3.5 << "-3,5";
    QTest::newRow("a tenth") << 0.1 << "0,1";
    QTest::newRow("float noise") << 0.1 + 0.2 << "0,3";
    QTest::newRow("decimals") << 1234.567 << "1234,567";
    QTest::newRow("big integer") << 123456789012.0 << "123456789012";
    QTest::newRow("percent stored") << 0.075 << "0,075";
}

void TestXlsxReader::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::numberText(value), text);
}

void TestXlsxReader::dates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<bool>("withTime");
    QTest::addColumn<QString>("text");
    QTest::newRow("first day") << 1.0 << false << false << "01/01/1900";
    QTest::newRow("before the leap bug") << 59.0 << false << false << "28/02/1900";
    // Lotus 1-2-3 took 1900 for a leap year and Excel kept the day that never was.
    QTest::newRow("the fictitious day") << 60.0 << false << false << "29/02/1900";
    QTest::newRow("after the leap bug") << 61.0 << false << false << "01/03/1900";
    QTest::newRow("a birthday") << 21249.0 << false << false << "05/03/1958";
    QTest::newRow("2024 leap day") << 45351.0 << false << false << "29/02/2024";
    QTest::newRow("1904 origin") << 0.0 << true << false << "01/01/1904";
    QTest::newRow("1904 birthday") << 21249.0 - 1462 << true << false << "05/03/1958";
    QTest::newRow("with time") << 45351.75 << false << true << "29/02/2024 18:00";
    QTest::newRow("time rounds up to midnight")
        << 45351.9999999 << false << true << "01/03/2024 00:00";
}

void TestXlsxReader::dates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(bool, withTime);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::dateText(serial, date1904, true, withTime), text);
}

void TestXlsxReader::formats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::addColumn<bool>("time");
    QTest::newRow("General") << "General" << false << false;
    QTest::newRow("number") << "#,##0.00" << false << false;
    QTest::newRow("scientific") << "0.00E+00" << false << false;
    QTest::newRow("dd/mm/yyyy") << "dd/mm/yyyy" << true << false;
    QTest::newRow("LibreOffice's") << "mm/dd/yy" << true << false;
    QTest::newRow("locale prefix") << "[$-42A]dd/mm/yyyy" << true << false;
    QTest::newRow("month name") << "mmmm yyyy" << true << false;
    QTest::newRow("minutes") << "mm:ss" << false << true;
    QTest::newRow("elapsed hours") << "[h]:mm" << false << true;
    QTest::newRow("date and time") << "dd/mm/yyyy hh:mm" << true << true;
    QTest::newRow("AM/PM") << "h:mm AM/PM" << false << true;
    QTest::newRow("quoted words") << "#,##0\" days\"" << false << false;
    QTest::newRow("quoted Vietnamese") << "0\" đồng/ngày\"" << false << false;
    QTest::newRow("escaped d") << "0\\d" << false << false;
    QTest::newRow("colour") << "[Red]0.00;[Blue]-0.00" << false << false;
    QTest::newRow("quoted prefix to a date") << "\"Ngày \"dd\" tháng \"mm" << true << false;
}

void TestXlsxReader::formats()
{
    QFETCH(QString, code);
    QFETCH(bool, date);
    QFETCH(bool, time);
    bool isDate = false;
    bool isTime = false;
    XlsxReader::formatShows(code, &isDate, &isTime);
    QCOMPARE(isDate, date);
    QCOMPARE(isTime, time);
}

void TestXlsxReader::columns()
{
    QCOMPARE(XlsxReader::columnIndex(u"A12"), 0);
    QCOMPARE(XlsxReader::columnIndex(u"b3"), 1);
    QCOMPARE(XlsxReader::columnIndex(u"Z1"), 25);
    QCOMPARE(XlsxReader::columnIndex(u"AA1"), 26);
    QCOMPARE(XlsxReader::columnIndex(u"XFD1048576"), 16383);
    QCOMPARE(XlsxReader::columnIndex(u"XFE1"), -1);
    QCOMPARE(XlsxReader::columnIndex(u"12"), -1);
    QCOMPARE(XlsxReader::columnIndex(u""), -1);
}

void TestXlsxReader::calcFileFromCsv()
{
    // A delegate list as an office types it, with every kind of cell an import meets.
    const Cells written {
        {"Họ và tên", "Ngày sinh", "Số đại biểu", "Tỷ lệ", "Điện thoại", "Ghi chú"},
        {"Nguyễn Thị Hà", "05/03/1958", "12", "0.1", "0912345678", "Trưởng đoàn"},
        {"Lò Văn Muôn", "", "3", "2.5", "", "Có mặt"}, // empty in the middle
        {"Đặng Quốc Khánh", "29/02/2024", "", "1234.567", "", ""}, // empty at the end
        {"", "", "", "", "", ""}, // a blank row in the middle
        {"Hoàng Thị Lan", "31/12/1999", "-4", "0.075", "0209 3822 123", "Ủy viên, Ban Thường vụ"},
    };
    QByteArray csv;
    for (const QStringList &row : written) {
        QStringList quoted;
        for (const QString &cell : row)
            quoted << (cell.contains(QLatin1Char(',')) ? QLatin1Char('"') + cell + QLatin1Char('"')
                                                       : cell);
        csv += quoted.join(QLatin1Char(',')).toUtf8() + "\n";
    }
    const QString path = m_dir.filePath(QStringLiteral("dai-bieu.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
    file.close();
    // Comma separated, UTF-8, English (United States) numbers; the birth dates day first; the
    // telephone numbers as text, as an office formats that column to keep their leading zero.
    const QByteArray xlsx = convert(path, QStringLiteral("CSV:44,34,76,1,2/4/5/2,1033,false,true"));
    QVERIFY(!xlsx.isEmpty());

    XlsxReader reader(xlsx, QStringLiteral("dai-bieu.xlsx"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("dai-bieu")});
    QVERIFY(!reader.uses1904Dates());
    const std::optional<QList<CsvReader::Record>> records = reader.records(0, &error);
    QVERIFY2(records, qPrintable(error));
    QList<int> rows;
    const Cells cells = cellsOf(*records, &rows);
    QCOMPARE(rows, (QList<int> {1, 2, 3, 4, 6}));
    QCOMPARE(reader.legacy(), LegacyEncoding::None);

    // Every cell as written, decimals with a comma; the row ends where its last value is.
    Cells expected;
    for (qsizetype r = 0; r < written.size(); ++r) {
        if (r == 4)
            continue;
        QStringList row = written.at(r);
        if (r > 0)
            row[3].replace(QLatin1Char('.'), QLatin1Char(','));
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        expected << row;
    }
    QCOMPARE(cells.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r)
        QCOMPARE(cells.at(r), expected.at(r));
}

void TestXlsxReader::calcTwoSheets()
{
    // A flat OpenDocument spreadsheet with two tables, saved by Calc as a workbook.
    const QByteArray fods = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Đại biểu">
 <table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>Đơn vị</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>Nguyễn Văn Sơn</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>Tỉnh ủy Tuyên Quang</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="Khách mời">
 <table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>Số đại biểu</text:p></table:table-cell></table:table-row>
 <table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>Lò Văn Muôn</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
)";
    const QString path = m_dir.filePath(QStringLiteral("hai-trang.fods"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(fods) == fods.size());
    file.close();
    const QByteArray xlsx = convert(path);
    QVERIFY(!xlsx.isEmpty());

    QString error;
    const std::optional<TableSource::Table> first
        = TableSource::read(xlsx, QStringLiteral("hai-trang.xlsx"), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->kind, TableSource::Kind::Xlsx);
    QCOMPARE(
        first->sheetNames, (QStringList {QStringLiteral("Đại biểu"), QStringLiteral("Khách mời")}));
    QCOMPARE(first->sheet, 0);
    QCOMPARE(cellsOf(first->records),
        (Cells {{"Họ và tên", "Đơn vị"}, {"Nguyễn Văn Sơn", "Tỉnh ủy Tuyên Quang"}}));

    const std::optional<TableSource::Table> second
        = TableSource::read(xlsx, QStringLiteral("hai-trang.xlsx"), &error, 1);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->sheet, 1);
    QList<int> rows;
    QCOMPARE(cellsOf(second->records, &rows),
        (Cells {{"Họ và tên", "Số đại biểu"}, {"Lò Văn Muôn", "7"}}));
    QCOMPARE(rows, (QList<int> {1, 4}));
}

void TestXlsxReader::handWrittenCells()
{
    Workbook book;
    book.sharedStrings = "<si><t>Họ và tên</t></si>"
                         // Rich text: the runs are one value; the phonetic guide is not text.
                         "<si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space=\"preserve\">Thị"
                         " </t></r><r><t>Hà</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                         "<si><t>Dòng một_x000D_\nDòng hai</t></si>";
    book.numberFormats = "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                         "<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot; đ&quot;\"/>";
    book.cellFormats = {0, 164, 165, 14, 22, 20};
    book.sheets = {{QStringLiteral("Danh sách"),
        // Row 1 without its number, cells without references in row 2, a gap of columns in
        // row 3, a formula's cached values, booleans, inline strings, an error.
        "<row><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><t>Ngày</t></is></c>"
        "<c t=\"inlineStr\"><is><r><t>Tiền </t></r><r><t>thưởng</t></r></is></c></row>"
        "<row><c t=\"s\"><v>1</v></c><c s=\"1\"><v>21249</v></c><c s=\"2\"><v>1500000</v></c>"
        "</row>"
        "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>2</v></c><c r=\"D5\" t=\"b\"><v>1</v></c>"
        "<c r=\"F5\" t=\"b\"><v>0</v></c></row>"
        "<row r=\"6\"><c r=\"A6\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c>"
        "<c r=\"B6\" s=\"3\"><f>DATE(2024,2,29)</f><v>45351</v></c>"
        "<c r=\"C6\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>"
        "<c r=\"D6\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
        "<row r=\"7\"><c r=\"A7\" s=\"4\"><v>45351.75</v></c><c r=\"B7\" s=\"5\"><v>0.5</v></c>"
        "<c r=\"C7\"/></row>"
        "<row r=\"9\"><c r=\"B9\"><v>-7</v></c></row>"}};
    XlsxReader reader(book.bytes(), QStringLiteral("tay.xlsx"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("Danh sách")});
    const std::optional<QList<CsvReader::Record>> records = reader.records(0, &error);
    QVERIFY2(records, qPrintable(error));
    QList<int> rows;
    const Cells cells = cellsOf(*records, &rows);
    QCOMPARE(rows, (QList<int> {1, 2, 5, 6, 7, 9}));
    QCOMPARE(cells.at(0), (QStringList {"Họ và tên", "Ngày", "Tiền thưởng"}));
    QCOMPARE(cells.at(1), (QStringList {"Nguyễn Thị Hà", "05/03/1958", "1500000"}));
    QCOMPARE(cells.at(2), (QStringList {"Dòng một\r\nDòng hai", "", "", "TRUE", "", "FALSE"}));
    QCOMPARE(cells.at(3), (QStringList {"ab", "29/02/2024", "0,3", "#DIV/0!"}));
    QCOMPARE(cells.at(4), (QStringList {"29/02/2024 18:00", "12:00", ""}));
    QCOMPARE(cells.at(5), (QStringList {"", "-7"}));
}

void TestXlsxReader::dates1904()
{
    Workbook book;
    book.date1904 = true;
    book.cellFormats = {0, 14};
    book.sheets = {{QStringLiteral("Mac"),
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ngày sinh</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>19787</v></c><c r=\"B2\"><v>19787</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>0</v></c></row>"}};
    XlsxReader reader(book.bytes(), QStringLiteral("mac.xlsx"));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QVERIFY(reader.uses1904Dates());
    const std::optional<QList<CsvReader::Record>> records = reader.records(0, &error);
    QVERIFY2(records, qPrintable(error));
    // 19,787 days after 1 January 1904; the number beside it stays a number.
    QCOMPARE(cellsOf(*records), (Cells {{"Ngày sinh"}, {"05/03/1958", "19787"}, {"01/01/1904"}}));
}

void TestXlsxReader::legacyGlyphCells()
{
    // A sheet typed in .VnTime: the glyph text is converted, the header typed in Unicode and
    // the numbers are left as they are.
    const QStringList names {QStringLiteral("Hoàng Thị Lan"), QStringLiteral("Lò Văn Muôn"),
        QStringLiteral("Nguyễn Thị Hà"), QStringLiteral("Đặng Quốc Khánh")};
    const QStringList units {QStringLiteral("Tỉnh ủy Điện Biên"),
        QStringLiteral("Huyện ủy Mường Chà"), QStringLiteral("Ban Tuyên giáo Tỉnh ủy"),
        QStringLiteral("Đảng ủy Khối cơ quan")};
    Workbook book;
    book.sharedStrings = "<si><t>Họ và tên</t></si><si><t>Đơn vị</t></si>";
    QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                      "<c r=\"B1\" t=\"s\"><v>1</v></c></row>";
    for (int i = 0; i < names.size(); ++i) {
        book.sharedStrings += "<si><t>" + tcvn3(names.at(i)).toHtmlEscaped().toUtf8()
            + "</t></si><si><t>" + tcvn3(units.at(i)).toHtmlEscaped().toUtf8() + "</t></si>";
        const QByteArray row = QByteArray::number(i + 2);
        rows += "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"s\"><v>"
            + QByteArray::number(2 + 2 * i) + "</v></c><c r=\"B" + row + "\" t=\"s\"><v>"
            + QByteArray::number(3 + 2 * i) + "</v></c><c r=\"C" + row + "\"><v>" + row
            + "</v></c></row>";
    }
    book.sheets = {{QStringLiteral("Sheet1"), rows}};
    QCOMPARE(tcvn3(QStringLiteral("Hà Nội")), QStringLiteral("Hµ Néi"));

    QString error;
    const std::optional<TableSource::Table> table
        = TableSource::read(book.bytes(), QStringLiteral("vntime.xlsx"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->legacy, LegacyEncoding::Tcvn3);
    const Cells cells = cellsOf(table->records);
    QCOMPARE(cells.at(0), (QStringList {"Họ và tên", "Đơn vị"}));
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(cells.at(i + 1), (QStringList {names.at(i), units.at(i), QString::number(i + 2)}));

    // The same sheet in Unicode is not touched.
    Workbook plain = book;
    plain.sharedStrings = "<si><t>Họ và tên</t></si><si><t>Đơn vị</t></si>";
    for (int i = 0; i < names.size(); ++i)
        plain.sharedStrings += "<si><t>" + names.at(i).toUtf8() + "</t></si><si><t>"
            + units.at(i).toUtf8() + "</t></si>";
    const std::optional<TableSource::Table> unicode
        = TableSource::read(plain.bytes(), QStringLiteral("unicode.xlsx"), &error);
    QVERIFY2(unicode, qPrintable(error));
    QCOMPARE(unicode->legacy, LegacyEncoding::None);
    QCOMPARE(cellsOf(unicode->records), cells);
}

void TestXlsxReader::tableSourceChoosesByFirstBytes()
{
    QString error;
    const std::optional<TableSource::Table> csv
        = TableSource::read(QByteArray("Họ và tên;Đơn vị\r\nLò Văn Muôn;Tỉnh ủy Điện Biên\r\n"),
            QStringLiteral("ds.xlsx"), &error, 3);
    QVERIFY2(csv, qPrintable(error));
    QCOMPARE(csv->kind, TableSource::Kind::Csv);
    QVERIFY(csv->sheetNames.isEmpty());
    QCOMPARE(cellsOf(csv->records),
        (Cells {{"Họ và tên", "Đơn vị"}, {"Lò Văn Muôn", "Tỉnh ủy Điện Biên"}}));

    Workbook book;
    book.sheets
        = {{QStringLiteral("Một"), "<row r=\"1\"><c t=\"inlineStr\"><is><t>A</t></is></c></row>"},
            {QStringLiteral("Hai"), "<row r=\"1\"><c t=\"inlineStr\"><is><t>B</t></is></c></row>"}};
    const QString path = m_dir.filePath(QStringLiteral("named-like-a.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(book.bytes()) > 0);
    file.close();
    const std::optional<TableSource::Table> xlsx = TableSource::readFile(path, &error, 1);
    QVERIFY2(xlsx, qPrintable(error));
    QCOMPARE(xlsx->kind, TableSource::Kind::Xlsx);
    QCOMPARE(xlsx->sheetNames, (QStringList {QStringLiteral("Một"), QStringLiteral("Hai")}));
    QCOMPARE(cellsOf(xlsx->records), (Cells {{"B"}}));
    // A sheet that is not there is the first one.
    const std::optional<TableSource::Table> beyond = TableSource::readFile(path, &error, 7);
    QVERIFY2(beyond, qPrintable(error));
    QCOMPARE(beyond->sheet, 0);
    QCOMPARE(cellsOf(beyond->records), (Cells {{"A"}}));
}

void TestXlsxReader::refusals_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sentence");
    const QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    QByteArray xls = ole2 + QByteArray(504, '\0');
    const QString workbook = QStringLiteral("Workbook");
    xls += QByteArray(reinterpret_cast<const char *>(workbook.utf16()), workbook.size() * 2);
    QByteArray encrypted = ole2 + QByteArray(504, '\0');
    for (const QString &stream :
        {QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")})
        encrypted += QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2)
            + QByteArray(64 - stream.size() * 2, '\0');
    QTest::newRow("old .xls")
        << xls
        << "The file “ds.xlsx” is an old Excel workbook (.xls). Open it in Excel or LibreOffice "
           "Calc, save it as .xlsx (Excel Workbook) and choose it again.";
    QTest::newRow("password")
        << encrypted
        << "The workbook “ds.xlsx” is protected by a password. Open it in Excel, remove the "
           "password (File › Info › Protect Workbook), save it and choose it again.";
    QTest::newRow("not a zip") << QByteArray("Họ và tên;Đơn vị\n")
                               << "The file “ds.xlsx” is not an Excel workbook (.xlsx).";
    QTest::newRow("a zip of something else")
        << zip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<a/>"}})
        << "The file “ds.xlsx” is a zip archive but holds no Excel workbook; choose an .xlsx or "
           "a .csv file.";
    QByteArray cut = Workbook {false, {{QStringLiteral("A"), "<row/>"}}}.bytes();
    cut.chop(cut.size() / 2);
    QTest::newRow("cut short")
        << cut
        << "The workbook “ds.xlsx” is damaged; open it in Excel or LibreOffice Calc, save it again "
           "and choose it again.";
    QTest::newRow("no sheet") << Workbook().bytes() << "The workbook “ds.xlsx” has no sheet.";
}

void TestXlsxReader::refusals()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sentence);
    XlsxReader reader(content, QStringLiteral("ds.xlsx"));
    QString error;
    QVERIFY(!reader.open(&error));
    QCOMPARE(error, sentence);
    // What an import hears: the same sentence, except that bytes which are no zip are a CSV.
    if (XlsxReader::isZip(content) || XlsxReader::isOle2(content)) {
        error.clear();
        QVERIFY(!TableSource::read(content, QStringLiteral("ds.xlsx"), &error));
        QCOMPARE(error, sentence);
    }
}

void TestXlsxReader::emptySheetIsRefused()
{
    Workbook book;
    book.sheets = {{QStringLiteral("Trống"), "<row r=\"3\"><c r=\"B3\"/></row>"},
        {QStringLiteral("Có"), "<row r=\"1\"><c t=\"inlineStr\"><is><t>X</t></is></c></row>"}};
    QString error;
    QVERIFY(!TableSource::read(book.bytes(), QStringLiteral("ds.xlsx"), &error));
    QCOMPARE(error, QStringLiteral("The sheet “Trống” of “ds.xlsx” is empty."));
    QVERIFY2(
        TableSource::read(book.bytes(), QStringLiteral("ds.xlsx"), &error, 1), qPrintable(error));
}

void TestXlsxReader::zipBombIsRefused()
{
    // 300 MiB of one repeated row packs into a few hundred kilobytes.
    QByteArray rows;
    const QByteArray row = "<row><c t=\"inlineStr\"><is><t>Nguyễn Văn A</t></is></c></row>";
    while (rows.size() < 1024 * 1024)
        rows += row;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip archive(&buffer);
        QVERIFY(archive.open(QuaZip::mdCreate));
        QuaZipFile file(&archive);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/workbook.xml"))));
        for (int i = 0; i < 300; ++i)
            QVERIFY(file.write(rows) == rows.size());
        file.close();
        archive.close();
    }
    QVERIFY(bytes.size() < 8 * 1024 * 1024);
    XlsxReader reader(bytes, QStringLiteral("bom.xlsx"));
    QString error;
    QVERIFY(!reader.open(&error));
    QCOMPARE(error,
        QStringLiteral("The workbook “bom.xlsx” unpacks to more than 256 MiB: that is not a list "
                       "to import. Copy the sheet you need into a new workbook and choose that "
                       "one."));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"

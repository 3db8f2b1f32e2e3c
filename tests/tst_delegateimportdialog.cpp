#include "cli/demodata.h"
#include "gui/conferences/delegateimportdialog.h"
#include "storage/store.h"
#include "teststore.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QComboBox>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

// The Tuyên Quang conference of the demo, with four participants already.
constexpr qint64 tuyenQuang = 4;

enum Column { FileRow, Name, Title, Role, Attendance, Outcome, Message };

const char header[] = "Họ và tên;Chức vụ;Đơn vị;Vai trò;Số đại biểu;Tham dự;Lý do vắng";

// Three delegates the directory can take: one it knows, one it does not, and a whole unit.
const char *const goodRows[] = {
    "Lò Văn Muôn;;Tỉnh ủy Điện Biên;Khách mời;;Có mặt;",
    "Hoàng Thị Lan;Trưởng Ban Tuyên giáo Tỉnh ủy;Tỉnh ủy Tuyên Quang;Tham luận;;;",
    ";;Ban Thường vụ Tỉnh ủy Tuyên Quang;Đại biểu;12;;",
};

QByteArray csv(const QStringList &rows)
{
    QByteArray data("\xEF\xBB\xBF");
    data += QByteArray(header) + "\r\n";
    for (const QString &row : rows)
        data += row.toUtf8() + "\r\n";
    return data;
}

QStringList good()
{
    QStringList rows;
    for (const char *row : goodRows)
        rows << QString::fromUtf8(row);
    return rows;
}

// A workbook as Excel stores it: the sheets' text in shared strings, cells by reference.
QByteArray workbook(const QList<std::pair<QString, QList<QStringList>>> &sheets)
{
    QStringList strings;
    QByteArray book = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/"
                      "officeDocument/2006/relationships/sharedStrings\" "
                      "Target=\"sharedStrings.xml\"/>";
    QList<std::pair<QString, QByteArray>> parts;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QByteArray n = QByteArray::number(s + 1);
        book += "<sheet name=\"" + sheets.at(s).first.toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                           "<sheetData>";
        const QList<QStringList> &rows = sheets.at(s).second;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                if (rows.at(r).at(c).isEmpty())
                    continue;
                strings << rows.at(r).at(c);
                sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r + 1)
                    + "\" t=\"s\"><v>" + QByteArray::number(strings.size() - 1) + "</v></c>";
            }
            sheet += "</row>";
        }
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1),
            sheet + "</sheetData></worksheet>"});
    }
    QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &text : std::as_const(strings))
        shared += "<si><t>" + text.toHtmlEscaped().toUtf8() + "</t></si>";
    parts.append({QStringLiteral("xl/workbook.xml"), book + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>"});
    parts.append({QStringLiteral("xl/sharedStrings.xml"), shared + "</sst>"});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    for (const auto &[name, content] : std::as_const(parts)) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(content) < 0)
            qFatal("cannot write %s", qPrintable(name));
        file.close();
    }
    archive.close();
    return bytes;
}

QList<QStringList> sheetOf(const QStringList &rows)
{
    QList<QStringList> cells {QString::fromUtf8(header).split(QLatin1Char(';'))};
    for (const QString &row : rows)
        cells << row.split(QLatin1Char(';'));
    return cells;
}

} // namespace

class TestDelegateImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewShowsEveryRowAndTheMessages();
    void cancelLeavesTheDatabaseUnchanged();
    void goodFileImportsOnImportNow();
    void importButtonImportsAndCloses();
    void windows1258FileIsShownConverted();
    void unusableFileIsExplained();
    void changedDatabaseIsRefusedWithoutHalfAnImport();
    void formIsNotClipped();
    void workbookIsPreviewed();
    void secondSheetIsChosen();

private:
    QString write(const QByteArray &content, const QString &name = {});
    int count(const QString &sql) const;
    QString fingerprint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDelegateImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestDelegateImportDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestDelegateImportDialog::write(const QByteArray &content, const QString &name)
{
    const QString path
        = m_dir->filePath(name.isEmpty() ? QStringLiteral("danh-sach-dai-bieu.csv") : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int TestDelegateImportDialog::count(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestDelegateImportDialog::fingerprint() const
{
    return QStringLiteral("%1 people, %2 participants, %3 audit rows")
        .arg(count(QStringLiteral("SELECT count(*) FROM person")))
        .arg(count(QStringLiteral("SELECT count(*) FROM conference_participant")))
        .arg(count(QStringLiteral("SELECT count(*) FROM audit_log")));
}

void TestDelegateImportDialog::previewShowsEveryRowAndTheMessages()
{
    QStringList rows = good();
    rows.insert(1, QStringLiteral("Trần Văn An;;Tỉnh ủy Hà Giang;;;;"));
    rows << QStringLiteral("Nguyễn Văn Sơn;;Tỉnh ủy Tuyên Quang;Chủ trì;;;");
    QByteArray content = csv(rows);
    content.replace("Lý do vắng\r\n", "Lý do vắng;Ghi chú\r\n");
    const QString before = fingerprint();

    DelegateImportDialog dialog(m_store.get(), tuyenQuang, write(content));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    QVERIFY(view && view->isVisible());
    QAbstractItemModel *model = view->model();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->headerData(Message, Qt::Horizontal).toString(), QStringLiteral("Message"));
    const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    QStringList fileRows;
    for (int row = 0; row < model->rowCount(); ++row)
        fileRows << cell(row, FileRow).toString();
    QCOMPARE(fileRows, (QStringList {"2", "3", "4", "5", "6"}));

    QCOMPARE(cell(0, Name).toString(), QStringLiteral("Lò Văn Muôn\nTỉnh ủy Điện Biên"));
    QCOMPARE(cell(0, Title).toString(),
        QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    QCOMPARE(cell(0, Role).toString(), QStringLiteral("Guest"));
    QCOMPARE(cell(0, Attendance).toString(), QStringLiteral("Present"));
    QCOMPARE(cell(0, Outcome).toString(), QStringLiteral("Found in the directory"));
    QCOMPARE(
        cell(2, Outcome).toString(), QStringLiteral("New person will be added to the directory"));
    QCOMPARE(cell(3, Name).toString(), QStringLiteral("Ban Thường vụ Tỉnh ủy Tuyên Quang"));
    QCOMPARE(cell(3, Outcome).toString(), QStringLiteral("Whole unit, 12 delegate(s)"));

    // The bad rows: their sentence in the Message column and as the tooltip of the whole row,
    // and a colour that sets them apart.
    const QString unknownUnit = QStringLiteral("There is no unit “Tỉnh ủy Hà Giang” in the "
                                               "directory; add it there first or correct the "
                                               "name.");
    const QString already = QStringLiteral("Nguyễn Văn Sơn is already a participant of this "
                                           "conference.");
    QCOMPARE(cell(1, Message).toString(), unknownUnit);
    QCOMPARE(cell(1, Name, Qt::ToolTipRole).toString(), unknownUnit);
    QCOMPARE(cell(1, Outcome).toString(), QStringLiteral("Not imported"));
    QCOMPARE(cell(4, Message).toString(), already);
    QCOMPARE(cell(4, Role, Qt::ToolTipRole).toString(), already);
    for (int row : {1, 4}) {
        QVERIFY(cell(row, Name, Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!cell(row, FileRow, Qt::DecorationRole).value<QIcon>().isNull());
    }
    for (int row : {0, 2, 3}) {
        QCOMPARE(cell(row, Message).toString(), QString());
        QVERIFY(!cell(row, Name, Qt::BackgroundRole).isValid());
    }

    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(),
        QStringLiteral("3 row(s) ready, 2 with errors — fix the file and "
                       "choose it again."));
    auto *notices = dialog.findChild<QLabel *>(QStringLiteral("fileMessagesLabel"));
    QVERIFY(notices->isVisible());
    QCOMPARE(notices->text(), QStringLiteral("1 column(s) not known and ignored: “Ghi chú”."));

    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(import && import->isVisible());
    QVERIFY(!import->isEnabled());
    QVERIFY(!dialog.importNow());
    QVERIFY(dialog.isVisible());
    QCOMPARE(fingerprint(), before);
}

void TestDelegateImportDialog::cancelLeavesTheDatabaseUnchanged()
{
    const QString before = fingerprint();
    DelegateImportDialog dialog(m_store.get(), tuyenQuang, write(csv(good())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    // Nothing is written by reading the file.
    QCOMPARE(fingerprint(), before);
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(fingerprint(), before);
}

void TestDelegateImportDialog::goodFileImportsOnImportNow()
{
    const int people = count(QStringLiteral("SELECT count(*) FROM person"));
    DelegateImportDialog dialog(m_store.get(), tuyenQuang, write(csv(good())));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(),
        QStringLiteral("3 row(s) ready to import. 1 new person(s) will be "
                       "added to the directory."));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isDefault());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY2(dialog.importNow(), qPrintable(dialog.message()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedCount(), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conference_participant "
                                  "WHERE conference_id = 4")),
        7);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM person")), people + 1);
    QCOMPARE(
        count(QStringLiteral("SELECT cp.position FROM conference_participant cp JOIN person p "
                             "ON p.id = cp.person_id WHERE cp.conference_id = 4 "
                             "AND p.name_folded = 'hoang thi lan' AND cp.role = 'discussant'")),
        6);
    QCOMPARE(count(QStringLiteral("SELECT delegate_count FROM conference_participant "
                                  "WHERE conference_id = 4 AND unit_id IS NOT NULL")),
        12);
}

void TestDelegateImportDialog::importButtonImportsAndCloses()
{
    DelegateImportDialog dialog(m_store.get(), tuyenQuang, write(csv(good())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conference_participant "
                                  "WHERE conference_id = 4")),
        7);
}

void TestDelegateImportDialog::windows1258FileIsShownConverted()
{
    // "Họ và tên;Đơn vị" saved by Excel as Windows-1258: refused before legacy encodings were
    // read, now shown converted, with the encoding named above the rows.
    DelegateImportDialog dialog(m_store.get(), tuyenQuang,
        write(QByteArray("Ho\xF2 v\xE0 t\xEAn;\xD0\xF5n vi\xF2\r\n"
                         "Tr\xE2\xCCn V\xE3n An;\r\n")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.hasPreview());
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("fileMessagesLabel"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
        QStringLiteral("The file uses the Windows-1258 encoding — converted to Unicode"));
    const QAbstractItemModel *rows
        = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"))->model();
    bool shown = false;
    for (int column = 0; column < rows->columnCount(); ++column)
        shown = shown || rows->index(0, column).data().toString() == QStringLiteral("Trần Văn An");
    QVERIFY(shown);
}

void TestDelegateImportDialog::unusableFileIsExplained()
{
    const QString before = fingerprint();
    // A UTF-16 file (Excel's "Unicode Text"), which is not read.
    const QString utf16 = QStringLiteral("Họ và tên\tĐơn vị\r\nTrần Văn An\t\r\n");
    DelegateImportDialog dialog(m_store.get(), tuyenQuang,
        write(QByteArray("\xFF\xFE")
            + QByteArray(reinterpret_cast<const char *>(utf16.utf16()), 2 * utf16.size())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.hasPreview());
    const QString sentence = QStringLiteral(
        "The file “danh-sach-dai-bieu.csv” is not UTF-8; save it as CSV UTF-8 in Excel "
        "(File › Save As › CSV UTF-8) and choose it again.");
    QCOMPARE(dialog.message(), sentence);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(), sentence);
    QVERIFY(!dialog.findChild<QTableView *>(QStringLiteral("previewTableView"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!dialog.importNow());
    QCOMPARE(fingerprint(), before);
}

void TestDelegateImportDialog::changedDatabaseIsRefusedWithoutHalfAnImport()
{
    DelegateImportDialog dialog(m_store.get(), tuyenQuang, write(csv(good())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // While the preview is open, another window adds Lò Văn Muôn (row 2) to the conference.
    QString error;
    QVERIFY2(m_store->insert(QStringLiteral("conference_participant"),
                 {{QStringLiteral("conference_id"), tuyenQuang},
                     {QStringLiteral("person_id"),
                         count(QStringLiteral("SELECT id FROM person WHERE name_folded = "
                                              "'lo van muon'"))},
                     {QStringLiteral("position"), 5}},
                 &error),
        qPrintable(error));
    const QString before = fingerprint();
    QVERIFY(!dialog.importNow());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.message(),
        QStringLiteral("Row 2: This person is already among the "
                       "participants. Nothing was imported."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(), dialog.message());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QCOMPARE(fingerprint(), before);
}

// Every label and button shows its whole text; with SECRETARIAT_SCREENSHOTS set to a folder the
// dialog is also saved there as PNG to be looked at.
void TestDelegateImportDialog::formIsNotClipped()
{
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    QStringList rows = good();
    rows.insert(1, QStringLiteral("Trần Văn An;Chuyên viên;Tỉnh ủy Hà Giang;;;;"));
    rows << QStringLiteral("Nguyễn Văn Sơn;;Tỉnh ủy Tuyên Quang;Chủ trì;;;")
         << QStringLiteral("Phạm Quang Thao;;;Thư ký;;Vắng;Đi công tác nước ngoài")
         << QStringLiteral("Kim Ngọc Thái;;;Phát biểu kết luận;;;");
    QByteArray withErrors = csv(rows);
    withErrors.replace("Lý do vắng\r\n", "Lý do vắng;Ghi chú\r\n");
    const struct
    {
        const char *name;
        QByteArray content;
    } files[] = {
        {"errors", withErrors},
        {"ready", csv(good())},
        {"refused", QByteArray("Chức vụ;Vai trò\r\nBí thư;Chủ trì\r\n")},
    };
    for (const auto &file : files) {
        DelegateImportDialog dialog(m_store.get(), tuyenQuang, write(file.content));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            if (label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                    qPrintable(label->text()));
            else
                QVERIFY2(
                    label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                    qPrintable(button->text()));
        }
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
        if (view->isVisible()) {
            // Every row of a list this size is in view without scrolling.
            const int rowCount = view->model()->rowCount();
            QVERIFY(view->rowViewportPosition(rowCount - 1) + view->rowHeight(rowCount - 1)
                <= view->viewport()->height());
            // Nor sideways: the message is never out of sight.
            const QHeaderView *columns = view->horizontalHeader();
            QVERIFY2(columns->length() <= view->viewport()->width(),
                qPrintable(QStringLiteral("%1 > %2")
                               .arg(columns->length())
                               .arg(view->viewport()->width())));
            const bool errors = qstrcmp(file.name, "errors") == 0;
            QCOMPARE(view->isColumnHidden(Message), !errors);
            if (errors)
                QVERIFY2(columns->sectionSize(Message) >= 200,
                    qPrintable(QString::number(columns->sectionSize(Message))));
        }
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
        if (!folder.isEmpty()) {
            const QString name
                = QStringLiteral("delegateimportdialog-%1.png").arg(QLatin1String(file.name));
            QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
        }
    }
}

void TestDelegateImportDialog::workbookIsPreviewed()
{
    const QString before = fingerprint();
    DelegateImportDialog dialog(m_store.get(), tuyenQuang,
        write(workbook({{QStringLiteral("Sheet1"), sheetOf(good())}}),
            QStringLiteral("dai-bieu.xlsx")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.hasPreview());
    // One sheet: nothing to choose.
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("sheetComboBox"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("sheetLabel"))->isVisible());
    const QAbstractItemModel *model
        = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"))->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(
        model->index(0, Name).data().toString(), QStringLiteral("Lò Văn Muôn\nTỉnh ủy Điện Biên"));
    QCOMPARE(
        model->index(2, Outcome).data().toString(), QStringLiteral("Whole unit, 12 delegate(s)"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
        QStringLiteral("3 row(s) ready to import. 1 new person(s) will be added to the "
                       "directory."));
    QCOMPARE(fingerprint(), before);
    QVERIFY2(dialog.importNow(), qPrintable(dialog.message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conference_participant "
                                  "WHERE conference_id = 4")),
        7);
}

void TestDelegateImportDialog::secondSheetIsChosen()
{
    // The first sheet is the covering note; the list is on the second.
    const QString before = fingerprint();
    QStringList others = good();
    others << QStringLiteral("Trần Văn An;;Tỉnh ủy Hà Giang;;;;");
    DelegateImportDialog dialog(m_store.get(), tuyenQuang,
        write(workbook({{QStringLiteral("Công văn"),
                            {{QStringLiteral("Kính gửi: Ban Tổ chức Hội nghị")},
                                {QStringLiteral("Danh sách đại biểu ở trang sau.")}}},
                  {QStringLiteral("Đại biểu"), sheetOf(good())},
                  {QStringLiteral("Dự phòng"), sheetOf(others)}}),
            QStringLiteral("dai-bieu.xlsx")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *sheets = dialog.findChild<QComboBox *>(QStringLiteral("sheetComboBox"));
    QVERIFY(sheets->isVisible());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sheetLabel"))->buddy(), sheets);
    QCOMPARE(sheets->count(), 3);
    QCOMPARE(sheets->itemText(1), QStringLiteral("Đại biểu"));
    QCOMPARE(sheets->currentIndex(), 0);
    QVERIFY(!dialog.hasPreview());
    QCOMPARE(dialog.message(),
        QStringLiteral("The first row of “dai-bieu.xlsx” has neither a “Họ và tên” nor an "
                       "“Đơn vị” column; it must name the columns."));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(!import->isEnabled());
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    QVERIFY(!view->isVisible());

    sheets->setCurrentIndex(1);
    QVERIFY(dialog.hasPreview());
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(import->isEnabled());
    QCOMPARE(dialog.message(), QString());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(),
        QStringLiteral("3 row(s) ready to import. 1 new person(s) will be added to the "
                       "directory."));

    // The third sheet has a problem; back on the second, it is ready again.
    sheets->setCurrentIndex(2);
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(!import->isEnabled());
    QCOMPARE(view->model()->index(3, Message).data().toString(),
        QStringLiteral("There is no unit “Tỉnh ủy Hà Giang” in the directory; add it there "
                       "first or correct the name."));
    sheets->setCurrentIndex(1);
    QVERIFY(import->isEnabled());
    QCOMPARE(fingerprint(), before);
    QApplication::processEvents();
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && !label->wordWrap())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(dialog.grab().save(
            QDir(folder).filePath(QStringLiteral("delegateimportdialog-workbook.png"))));

    QVERIFY2(dialog.importNow(), qPrintable(dialog.message()));
    QCOMPARE(dialog.importedCount(), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM conference_participant "
                                  "WHERE conference_id = 4")),
        7);
}

QTEST_MAIN(TestDelegateImportDialog)
#include "tst_delegateimportdialog.moc"

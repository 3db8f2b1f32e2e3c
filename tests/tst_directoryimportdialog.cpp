#include "cli/demodata.h"
#include "gui/directories/directoryimportdialog.h"
#include "gui/directories/directorypage.h"
#include "guitestsupport.h"
#include "models/sqllistmodel.h"
#include "storage/store.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

namespace {

enum Column { FileRow, Name, Detail, Unit, Outcome, Message };

QByteArray csv(const QStringList &rows)
{
    QByteArray data("\xEF\xBB\xBF");
    for (const QString &row : rows)
        data += row.toUtf8() + "\r\n";
    return data;
}

const QStringList goodPeople {
    QStringLiteral("STT;Họ và tên;Giới tính;Chức vụ;Đơn vị;Ngày vào Đảng"),
    QStringLiteral("1;Lê Thị Thu Hà;Nữ;Chuyên viên Văn phòng;Văn phòng Tỉnh ủy Thanh Hóa;"
                   "03/02/2010"),
    QStringLiteral("2;Phạm Văn Đông;Nam;Phó Chánh Văn phòng;Tỉnh ủy Điện Biên;19/05/2015"),
    QStringLiteral("3;Đỗ Minh Tuấn;Nam;;Tỉnh ủy Thanh Hóa;"),
};

QStringList peopleWithErrors()
{
    QStringList rows = goodPeople;
    rows << QStringLiteral("4;Hoàng Văn Khải;Nam;;Huyện ủy Không Có;")
         << QStringLiteral("5;Lò Thị Mai;Nữ;;Tỉnh ủy Điện Biên;31/02/2012")
         << QStringLiteral("6;;Nam;Chuyên viên;Tỉnh ủy Điện Biên;");
    return rows;
}

// Clicks Import in the import dialog once it is the modal window.
void clickImportWhenShown()
{
    QTimer::singleShot(10, [] {
        auto *dialog = qobject_cast<DirectoryImportDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            clickImportWhenShown();
            return;
        }
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
}

} // namespace

class TestDirectoryImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewShowsEveryRowAndItsMessage();
    void problemsOnlyHidesTheReadyRows();
    void importButtonAddsAndCloses();
    void cancelledImportAddsNothing();
    void unusableFileIsExplained();
    void directoryPagesOfferTheImport();
    void formIsNotClipped();

private:
    QString write(const QByteArray &content, const QString &name = QStringLiteral("can-bo.csv"));
    int count(const QString &table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

void TestDirectoryImportDialog::init()
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

void TestDirectoryImportDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestDirectoryImportDialog::write(const QByteArray &content, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int TestDirectoryImportDialog::count(const QString &table) const
{
    return TestSupport::fileValue(m_path, QStringLiteral("SELECT count(*) FROM %1").arg(table))
        .toInt();
}

void TestDirectoryImportDialog::previewShowsEveryRowAndItsMessage()
{
    const int people = count(QStringLiteral("person"));
    DirectoryImportDialog dialog(
        m_store.get(), DirectoryCsv::Kind::People, write(csv(peopleWithErrors())));
    QVERIFY(dialog.hasPreview());
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model());
    QCOMPARE(view->model()->rowCount(), 6);
    const auto cell = [view](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, FileRow), QStringLiteral("2"));
    QCOMPARE(cell(0, Name), QStringLiteral("Lê Thị Thu Hà"));
    QCOMPARE(cell(0, Detail), QStringLiteral("Chuyên viên Văn phòng"));
    QCOMPARE(cell(0, Unit), QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa"));
    QCOMPARE(cell(0, Outcome), QStringLiteral("Will be added to the directory"));
    QCOMPARE(cell(2, Outcome), QStringLiteral("Already in the directory, skipped"));
    QCOMPARE(cell(3, Outcome), QStringLiteral("Not imported"));
    QVERIFY(cell(3, Message).startsWith(QStringLiteral("There is no unit “Huyện ủy Không Có”")));
    QVERIFY(cell(4, Message)
                .startsWith(
                    QStringLiteral("“31/02/2012” in the column “Ngày vào Đảng” is not a date")));
    QCOMPARE(cell(5, Message), QStringLiteral("The row has no name (“Họ và tên”)."));
    QVERIFY(!view->isColumnHidden(Message));

    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton);
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!dialog.importNow());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(),
        QStringLiteral("3 row(s) with errors out of 6 — nothing is imported; fix the file and "
                       "choose it again."));
    dialog.reject();
    QCOMPARE(count(QStringLiteral("person")), people);
}

void TestDirectoryImportDialog::problemsOnlyHidesTheReadyRows()
{
    DirectoryImportDialog dialog(
        m_store.get(), DirectoryCsv::Kind::People, write(csv(peopleWithErrors())));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    auto *only = dialog.findChild<QCheckBox *>(QStringLiteral("problemsOnlyCheckBox"));
    QVERIFY(only && only->isVisible());
    only->click();
    QCOMPARE(view->model()->rowCount(), 3);
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows << view->model()->index(row, FileRow).data().toString();
    QCOMPARE(rows, QStringList({QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}));
    only->click();
    QCOMPARE(view->model()->rowCount(), 6);

    // A file without problems does not offer it.
    DirectoryImportDialog ready(
        m_store.get(), DirectoryCsv::Kind::People, write(csv(goodPeople), "ready.csv"));
    ready.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ready));
    QVERIFY(!ready.findChild<QCheckBox *>(QStringLiteral("problemsOnlyCheckBox"))->isVisible());
}

void TestDirectoryImportDialog::importButtonAddsAndCloses()
{
    const int people = count(QStringLiteral("person"));
    DirectoryImportDialog dialog(m_store.get(), DirectoryCsv::Kind::People, write(csv(goodPeople)));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->text(),
        QStringLiteral("2 person(s) will be added to the directory. 1 row(s) already in the "
                       "directory are skipped."));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());
    importButton->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedCount(), 2);
    QCOMPARE(count(QStringLiteral("person")), people + 2);
    QCOMPARE(TestSupport::fileValue(m_path,
                 QStringLiteral("SELECT gender || '|' || admitted_on FROM person WHERE "
                                "full_name = ?"),
                 {QStringLiteral("Phạm Văn Đông")})
                 .toString(),
        QStringLiteral("male|2015-05-19"));
}

void TestDirectoryImportDialog::cancelledImportAddsNothing()
{
    QStringList rows {QStringLiteral("Họ và tên;Đơn vị")};
    for (int i = 1; i <= 300; ++i)
        rows << QStringLiteral("Người Thứ %1;Tỉnh ủy Trà Vinh").arg(i);
    const QString before = TestSupport::dump(m_path);
    DirectoryImportDialog dialog(m_store.get(), DirectoryCsv::Kind::People, write(csv(rows)));
    QVERIFY(dialog.hasPreview());
    dialog.setCancelAtOnce(true);
    QVERIFY(!dialog.importNow());
    QCOMPARE(dialog.message(), QStringLiteral("The import was stopped; nothing was imported."));
    QCOMPARE(TestSupport::dump(m_path), before);
    // Import is still offered: the file itself is good.
    dialog.setCancelAtOnce(false);
    QVERIFY(dialog.importNow());
    QCOMPARE(dialog.importedCount(), 300);
}

void TestDirectoryImportDialog::unusableFileIsExplained()
{
    DirectoryImportDialog dialog(m_store.get(), DirectoryCsv::Kind::Units,
        write(csv({QStringLiteral("Loại;Ký hiệu"), QStringLiteral("Cấp ủy;HU")}), "don-vi.csv"));
    QVERIFY(!dialog.hasPreview());
    QCOMPARE(dialog.message(),
        QStringLiteral("The first row of “don-vi.csv” has no “Tên đơn vị” column; it must name "
                       "the columns."));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(dialog.findChild<QTableView *>(QStringLiteral("previewTableView"))->isHidden());
}

void TestDirectoryImportDialog::directoryPagesOfferTheImport()
{
    DirectoryPage documents(DirectoryPage::Kind::Documents, m_store.get());
    documents.show();
    QVERIFY(QTest::qWaitForWindowExposed(&documents));
    QVERIFY(!documents.findChild<QPushButton *>(QStringLiteral("importButton"))->isVisible());

    DirectoryPage page(DirectoryPage::Kind::Units, m_store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    const int units = count(QStringLiteral("unit"));
    const int listed = page.listModel()->matchingCount();
    const QString path = write(csv({QStringLiteral("Tên đơn vị;Loại;Đơn vị cấp trên"),
                                   QStringLiteral("Huyện ủy Mường Chà;Cấp ủy;Tỉnh ủy Điện Biên")}),
        "don-vi.csv");
    // The dialog is modal: Import is clicked once it shows.
    clickImportWhenShown();
    QCOMPARE(page.importFile(path), 1);
    QCOMPARE(count(QStringLiteral("unit")), units + 1);
    QCOMPARE(page.listModel()->matchingCount(), listed + 1);
}

// Every label and button shows its whole text; with SECRETARIAT_SCREENSHOTS set to a folder the
// dialog is also saved there as PNG to be looked at.
void TestDirectoryImportDialog::formIsNotClipped()
{
    const struct
    {
        const char *name;
        DirectoryCsv::Kind kind;
        QByteArray content;
    } files[] = {
        {"people-errors", DirectoryCsv::Kind::People, csv(peopleWithErrors())},
        {"people-ready", DirectoryCsv::Kind::People, csv(goodPeople)},
        {"units-ready", DirectoryCsv::Kind::Units,
            csv({QStringLiteral("Tên đơn vị;Tên viết tắt;Loại;Đơn vị cấp trên;Ký hiệu"),
                QStringLiteral("Đảng ủy Khối Cơ quan tỉnh;ĐUK;Đảng bộ;Tỉnh ủy Thanh Hóa;ĐU"),
                QStringLiteral("Chi bộ Văn phòng Đảng ủy Khối;;Chi bộ;Đảng ủy Khối Cơ quan "
                               "tỉnh;"),
                QStringLiteral("Huyện ủy Mường Chà;;Cấp ủy;Tỉnh ủy Điện Biên;HU")})},
        {"refused", DirectoryCsv::Kind::Units, csv({QStringLiteral("Loại;Ký hiệu")})},
    };
    for (const auto &file : files) {
        DirectoryImportDialog dialog(m_store.get(), file.kind, write(file.content));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                    qPrintable(label->text()));
        }
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
        if (view->isVisible()) {
            const QHeaderView *columns = view->horizontalHeader();
            QVERIFY2(columns->length() <= view->viewport()->width() + 1,
                qPrintable(QStringLiteral("%1 > %2")
                               .arg(columns->length())
                               .arg(view->viewport()->width())));
        }
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
        GuiTestSupport::verifyNotClipped(
            &dialog, QStringLiteral("directoryimportdialog-%1").arg(QLatin1String(file.name)));
    }
}

QTEST_MAIN(TestDirectoryImportDialog)
#include "tst_directoryimportdialog.moc"

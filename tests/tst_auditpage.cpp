#include "guitestsupport.h"
#include "teststore.h"

#include "core/translations.h"
#include "gui/audit/auditpage.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/conferences/conferencespage.h"
#include "gui/mainwindow.h"
#include "models/auditlist.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::typeText;

// The page "Nhật ký thay đổi": a real edit, read in words, found by record, kind, person and day;
// and the check that tells a removed row.
class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRealEditReadsInWords();
    void filtersFindTheEdit();
    void theCheckTellsARemovedRow();
    void followsTheChangesOfTheSession();

private:
    QStringList rowsShown() const;

    QTemporaryDir m_dir;
    QString m_file;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestAuditPage::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestAuditPage::init()
{
    // The demo is written the day before the edit.
    m_clock = TestSupport::fixClock();
    m_clock->advance(-24 * 3600);
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++counter));
    QCOMPARE(TestSupport::writeDemo(m_file), QString());
    m_clock->advance(24 * 3600);
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->store()->setUserName(QStringLiteral("nva"));
    m_window->resize(1280, 760);
    m_window->show();

    // A secretary changes the venue of the Thanh Hóa conference through its editor.
    m_window->showPage(QStringLiteral("Hội nghị"));
    const qint64 id = m_window->store()
                          ->value(QStringLiteral("SELECT id FROM conference WHERE "
                                                 "kind = 'final_review'"))
                          .toLongLong();
    m_window->conferencesPage()->selectId(id);
    RecordEditor *editor = m_window->conferencesPage()->editCurrent();
    auto *venue = editor->findChild<QLineEdit *>(QStringLiteral("venueLineEdit"));
    venue->selectAll();
    typeText(venue, QStringLiteral("Hội trường Tỉnh ủy"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    editor->close();
    m_window->showPage(QStringLiteral("Nhật ký thay đổi"));
}

void TestAuditPage::cleanup()
{
    m_window.reset();
}

QStringList TestAuditPage::rowsShown() const
{
    AuditPage *page = m_window->auditPage();
    SqlListModel *model = page->listModel();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = AuditList::When; column <= AuditList::Changes; ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

void TestAuditPage::aRealEditReadsInWords()
{
    const QStringList rows = rowsShown();
    QVERIFY(!rows.isEmpty());
    // Newest first: the edit, in words.
    QCOMPARE(rows.first(),
        QStringLiteral("10:42 01/12/2026 | nva | Sửa | hội nghị | Hội nghị tổng kết 10 năm "
                       "thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị về tăng "
                       "cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay | "
                       "Địa điểm: “Thanh Hóa” → “Hội trường Tỉnh ủy”"));
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("audit.png"))));
}

void TestAuditPage::filtersFindTheEdit()
{
    AuditPage *page = m_window->auditPage();
    SqlListModel *model = page->listModel();
    const int all = model->matchingCount();
    page->setUser(QStringLiteral("nva"));
    // Only the edit was made by nva (the demo by the account that wrote it).
    QCOMPARE(model->matchingCount(), 1);
    page->setUser(QString());
    page->setDates(QDate(2026, 12, 1), QDate(2026, 12, 1));
    QCOMPARE(model->matchingCount(), 1);
    page->setDates(QDate(2026, 11, 30), QDate(2026, 11, 30));
    QCOMPARE(model->matchingCount(), all - 1);
    page->setDates(QDate(), QDate());
    page->setTable(QStringLiteral("unit"));
    QCOMPARE(model->matchingCount(),
        m_window->store()->value(QStringLiteral("SELECT count(*) FROM unit")).toInt());
    page->setTable(QString());
    // The record's name, typed without marks.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    typeText(filter, QStringLiteral("tinh uy dien bien"));
    QTRY_COMPARE(model->filterText(), QStringLiteral("tinh uy dien bien"));
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, AuditList::Record)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Điện Biên")));
}

void TestAuditPage::theCheckTellsARemovedRow()
{
    AuditPage *page = m_window->auditPage();
    QVERIFY(page->verify().isEmpty());
    QSqlQuery query(m_window->store()->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
    QString told;
    answerNextMessageBox(QMessageBox::Ok, &told);
    page->findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    QVERIFY2(told.contains(QStringLiteral("không còn toàn vẹn"))
            && told.contains(QStringLiteral("trước dòng 6")),
        qPrintable(told));
}

// The page stayed as it was first read: edits made since, in this window, never showed.
void TestAuditPage::followsTheChangesOfTheSession()
{
    SqlListModel *model = m_window->auditPage()->listModel();
    const int before = model->matchingCount();
    // Away by a click in the navigation, a change, and back by a click.
    auto *navigation = m_window->findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
    const auto click = [navigation](const QString &title) {
        const QList<QTreeWidgetItem *> items
            = navigation->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!items.isEmpty());
        navigation->setCurrentItem(items.first());
    };
    click(QStringLiteral("Cán bộ"));
    QString error;
    QVERIFY(m_window->store()->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Lò Văn Pá")}}, &error));
    click(QStringLiteral("Nhật ký thay đổi"));
    QTRY_VERIFY(rowsShown().first().contains(QStringLiteral("Lò Văn Pá")));
    QCOMPARE(model->matchingCount(), before + 1);
    // And while it is shown.
    QVERIFY(m_window->store()->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Hà Thị Mỷ")}}, &error));
    QTRY_VERIFY(rowsShown().first().contains(QStringLiteral("Hà Thị Mỷ")));
    QCOMPARE(model->matchingCount(), before + 2);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"

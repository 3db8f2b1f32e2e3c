// What each role finds in the window: every action it may not take disabled, with the store's
// sentence as its tooltip, and its shortcut doing nothing; what it may take enabled. A Chỉ xem
// account reads a record read-only; a path the gates missed is still refused with a sentence and
// logged. A leader approves a commendation's decision and an inspection's conclusion before
// they are issued.

#include "teststore.h"
#include "guitestsupport.h"

#include "core/access.h"
#include "gui/commendations/commendationeditor.h"
#include "gui/commendations/commendationspage.h"
#include "gui/common/approvalrow.h"
#include "gui/common/recordeditor.h"
#include "gui/common/rolegate.h"
#include "gui/settings/logindialog.h"
#include "gui/conferences/conferencespage.h"
#include "gui/inspections/targeteditor.h"
#include "gui/mainwindow.h"
#include "models/inspectionlists.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "reports/issuing.h"
#include "storage/approvals.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTreeWidget>
#include <QtTest>

using Action = Access::Action;
using Role = Access::Role;
Q_DECLARE_METATYPE(Access::Role)

namespace {

const QString password = QStringLiteral("mật khẩu dài");

// The main window's actions a role may lack, and what each is for the store.
const QList<std::pair<const char *, Action>> windowActions = {
    {"backupAction", Action::Maintain},
    {"restoreAction", Action::Maintain},
    {"backupSettingsAction", Action::Configure},
    {"formatProfileAction", Action::Configure},
    {"printAction", Action::Print},
    {"exportPdfAction", Action::Print},
    {"exportListAction", Action::Print},
    {"badgeRoundAction", Action::Edit},
    {"badgeNumbersAction", Action::Edit},
    {"newRecordAction", Action::Edit},
};

// The conferences page's buttons (a conference selected) and what each is.
const QList<std::pair<const char *, Action>> conferenceButtons = {
    {"newButton", Action::Edit},
    {"duplicateButton", Action::Edit},
    {"deleteButton", Action::Edit},
    {"issueNumberButton", Action::Issue},
    {"printButton", Action::Print},
    {"exportButton", Action::Print},
    {"previewButton", Action::Read},
    {"editButton", Action::Read},
};

qint64 count(const QString &path, const QString &sql)
{
    return TestSupport::fileValue(path, sql).toLongLong();
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theWindowOffersWhatTheRoleMay_data();
    void theWindowOffersWhatTheRoleMay();
    void refusedShortcutsDoNothing_data();
    void refusedShortcutsDoNothing();
    void aViewerReadsAConferenceReadOnly();
    void aPathTheGatesMissedIsRefusedAndLogged();
    void theGateGivesBackWhatThePageAsked();
    void withoutAccountsEverythingIsOffered();
    void aDecisionWaitsForTheLeadersApproval();
    void aConclusionWaitsForTheLeadersApproval();
    void theApproveButtonIsTheLeaders();
    void listsShowTheSecrecyLevel();

private:
    // The window on this test's file, logged in as the role's account.
    void openAs(Role role);
    std::unique_ptr<Store> storeAs(Role role);
    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }
    // What the file holds but for the audit log and its seal (logins, refusals).
    QString data() const
    {
        return TestSupport::dump(
            m_file, {QStringLiteral("audit_log"), QStringLiteral("audit_seal")});
    }
    qint64 refusals() const
    {
        return count(m_file,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                           "'refused'"));
    }
    // Presses the key; true when nothing modal opened (a dialog that did is closed again).
    bool pressOpensNothing(QWidget *target, const QKeySequence &keys);

    QTemporaryDir m_dir;
    QString m_template; // the demo with one account of each role
    QString m_file;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestRoles::initTestCase()
{
    m_clock = TestSupport::fixClock();
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QCOMPARE(TestSupport::writeDemo(m_template), QString());
    auto store = TestSupport::open(m_template);
    QVERIFY(store);
    for (Role role : Access::roles()) {
        QCOMPARE(TestSupport::addAccount(
                     *store, Access::code(role), role, QStringLiteral("top_secret"), password),
            QString());
    }
    store->close();
}

void TestRoles::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    QVERIFY(QFile::copy(m_template, m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

void TestRoles::cleanup()
{
    m_window.reset();
}

void TestRoles::openAs(Role role)
{
    m_window = std::make_unique<MainWindow>();
    m_window->setIntegrityCheckDelay(60 * 60 * 1000);
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Before anyone logs in, nothing a role may lack is offered.
    QVERIFY(!action("newRecordAction")->isEnabled());
    QVERIFY(!action("printAction")->isEnabled());
    // Logged in as a secretary would, in the window's log-in dialog.
    QTRY_VERIFY(m_window->loginDialog() && m_window->loginDialog()->isVisible());
    LoginDialog *dialog = m_window->loginDialog();
    GuiTestSupport::typeText(
        GuiTestSupport::field<QLineEdit>(dialog, "nameLineEdit"), Access::code(role));
    GuiTestSupport::typeText(
        GuiTestSupport::field<QLineEdit>(dialog, "passwordLineEdit"), password);
    QTest::mouseClick(GuiTestSupport::field<QPushButton>(dialog, "logInButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->conferencesPage());
    QCOMPARE(m_window->store()->account()->role, role);
    QApplication::setActiveWindow(m_window.get());
    // The first conference selected, as a secretary would click it.
    ConferencesPage *conferences = m_window->conferencesPage();
    QVERIFY(conferences->listModel()->rowCount() > 0);
    conferences->selectId(conferences->listModel()->idAt(0));
}

std::unique_ptr<Store> TestRoles::storeAs(Role role)
{
    auto store = TestSupport::open(m_file);
    QString error;
    if (!store || !store->logIn(Access::code(role), password, &error)) {
        qWarning("cannot log in as %s: %s", qPrintable(Access::code(role)), qPrintable(error));
        return nullptr;
    }
    return store;
}

bool TestRoles::pressOpensNothing(QWidget *target, const QKeySequence &keys)
{
    // What is open already (the window, an editor) does not count.
    QSet<QWidget *> before;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible())
            before.insert(top);
    }
    bool opened = false;
    // Whatever opens is closed again, so that a failing test ends instead of waiting.
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, this, [&opened, &before] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && !before.contains(modal)) {
            opened = true;
            modal->close();
        }
    });
    closer.start();
    const QKeyCombination combination = keys[0];
    QTest::keyClick(target, combination.key(), combination.keyboardModifiers());
    QTest::qWait(200);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!before.contains(top) && top->isVisible() && qobject_cast<QDialog *>(top)) {
            opened = true;
            top->close();
        }
    }
    // Nor may what was open have closed (an editor saved and closed by Ctrl+S).
    for (QWidget *top : std::as_const(before)) {
        if (!top->isVisible())
            opened = true;
    }
    return !opened;
}

void TestRoles::theWindowOffersWhatTheRoleMay_data()
{
    QTest::addColumn<Role>("role");
    for (Role role : Access::roles())
        QTest::newRow(qPrintable(Access::code(role))) << role;
}

void TestRoles::theWindowOffersWhatTheRoleMay()
{
    QFETCH(Role, role);
    openAs(role);
    if (QTest::currentTestFailed())
        return;
    Store *store = m_window->store();
    for (const auto &[name, what] : windowActions) {
        QAction *found = action(name);
        const bool allowed = Access::allows(role, what);
        QVERIFY2(found->isEnabled() == allowed, name);
        if (!allowed) {
            QString why;
            QVERIFY(!store->allows(what, &why));
            QCOMPARE(found->toolTip(), why);
            // The sentence names the account and what it may not do.
            QVERIFY2(why.contains(Access::code(role)), qPrintable(why));
            QVERIFY2(why.contains(Access::label(what)), qPrintable(why));
        } else {
            QVERIFY2(!RoleGate::isRefused(found), name);
        }
    }
    // Preview and find are everyone's.
    QVERIFY(action("previewAction")->isEnabled());
    QVERIFY(action("findAction")->isEnabled());

    ConferencesPage *conferences = m_window->conferencesPage();
    QVERIFY(conferences->listModel()->rowCount() > 0);
    QVERIFY(conferences->currentId() != 0);
    for (const auto &[name, what] : conferenceButtons) {
        auto *button = GuiTestSupport::field<QPushButton>(conferences, name);
        const bool allowed = Access::allows(role, what);
        QVERIFY2(button->isEnabled() == allowed, name);
        if (!allowed)
            QVERIFY2(!button->toolTip().isEmpty(), name);
    }
    // The same on the commendations' page, built later.
    CommendationsPage *commendations = m_window->commendationsPage();
    QVERIFY(commendations);
    auto *newCommendation = GuiTestSupport::field<QPushButton>(commendations, "newButton");
    QCOMPARE(newCommendation->isEnabled(), Access::allows(role, Action::Edit));

    // The change log is offered to the roles that read it.
    auto *tree = GuiTestSupport::field<QTreeWidget>(m_window.get(), "navigationTreeWidget");
    const QList<QTreeWidgetItem *> log
        = tree->findItems(QStringLiteral("Change log"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(log.size(), 1);
    QCOMPARE(
        log.first()->flags().testFlag(Qt::ItemIsEnabled), Access::allows(role, Action::ReadAudit));
}

void TestRoles::refusedShortcutsDoNothing_data()
{
    theWindowOffersWhatTheRoleMay_data();
}

void TestRoles::refusedShortcutsDoNothing()
{
    QFETCH(Role, role);
    openAs(role);
    if (QTest::currentTestFailed())
        return;
    const QString before = data();
    const qint64 refusedBefore = refusals();
    // On the conferences' list (the window opens on the start page).
    m_window->showPage(QCoreApplication::translate("MainWindow", "Conferences"));
    ConferencesPage *conferences = m_window->conferencesPage();
    QVERIFY(conferences->isVisible());
    const int conferencesBefore = conferences->listModel()->rowCount();
    int pressed = 0;
    for (const auto &[name, what] : windowActions) {
        QAction *found = action(name);
        if (Access::allows(role, what) || found->shortcut().isEmpty())
            continue;
        ++pressed;
        QVERIFY2(pressOpensNothing(m_window.get(), found->shortcut()), name);
    }
    // Every role but the administrator lacks one of them at least (the administrator lacks
    // Print and Edit: Ctrl+P and Ctrl+N).
    QVERIFY(pressed > 0);
    // The keys do reach the window's shortcuts: Ctrl+F, everyone's, puts the cursor in the
    // filter.
    auto *filter = GuiTestSupport::field<QLineEdit>(conferences, "filterLineEdit");
    QVERIFY(!filter->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    // Delete in the list of a role that may not delete: its shortcut is off.
    auto *table = GuiTestSupport::field<QTableView>(conferences, "recordsTableView");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    int deleteKeys = 0;
    for (QShortcut *shortcut : conferences->findChildren<QShortcut *>()) {
        if (shortcut->key() == QKeySequence(QKeySequence::Delete)) {
            ++deleteKeys;
            QCOMPARE(shortcut->isEnabled(), Access::allows(role, Action::Edit));
        }
    }
    QCOMPARE(deleteKeys, 1);
    if (!Access::allows(role, Action::Edit))
        QVERIFY(pressOpensNothing(table, QKeySequence::Delete));
    QCOMPARE(conferences->listModel()->rowCount(), conferencesBefore);
    QCOMPARE(data(), before);
    // Nothing was even tried: no refusal had to be logged.
    QCOMPARE(refusals(), refusedBefore);
}

void TestRoles::aViewerReadsAConferenceReadOnly()
{
    openAs(Role::Viewer);
    if (QTest::currentTestFailed())
        return;
    const QString before = data();
    ConferencesPage *conferences = m_window->conferencesPage();
    auto *table = GuiTestSupport::field<QTableView>(conferences, "recordsTableView");
    const QModelIndex row = table->currentIndex();
    QVERIFY(row.isValid());
    // A double-click opens the record, to read.
    emit table->activated(row);
    RecordEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<RecordEditor *>()) && editor->isVisible());
    QVERIFY(editor->isReadOnlyForRole());
    auto *title = GuiTestSupport::field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    QVERIFY(title->isReadOnly());
    QVERIFY(!GuiTestSupport::field<QComboBox>(editor, "kindComboBox")->isEnabled());
    auto *save = GuiTestSupport::field<QPushButton>(editor, "saveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(QStringLiteral("viewer")), qPrintable(save->toolTip()));
    auto *addParticipant = GuiTestSupport::field<QPushButton>(editor, "addParticipantButton");
    QVERIFY(!addParticipant->isEnabled());
    // The cancel and history buttons stay.
    QVERIFY(GuiTestSupport::field<QPushButton>(editor, "cancelButton")->isEnabled());
    QVERIFY(GuiTestSupport::field<QPushButton>(editor, "historyButton")->isEnabled());
    // Typing changes nothing; Ctrl+S saves nothing.
    title->setFocus();
    QTest::keyClicks(title, "abc");
    QVERIFY(pressOpensNothing(editor, QKeySequence::Save));
    // The keys do reach the editor: Ctrl+H, reading, opens the history.
    QVERIFY(!pressOpensNothing(editor, QKeySequence(Qt::CTRL | Qt::Key_H)));
    QVERIFY(editor->isVisible());
    // A save called anyway is refused with the sentence, and logged.
    const qint64 refusedBefore = refusals();
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("viewer")), qPrintable(editor->message()));
    QCOMPARE(refusals(), refusedBefore + 1);
    editor->reject();
    QCOMPARE(data(), before);
}

void TestRoles::aPathTheGatesMissedIsRefusedAndLogged()
{
    openAs(Role::Viewer);
    if (QTest::currentTestFailed())
        return;
    ConferencesPage *conferences = m_window->conferencesPage();
    const qint64 id = conferences->currentId();
    QVERIFY(id);
    const qint64 refusedBefore = refusals();
    // Called directly, as a path the buttons do not guard would: a message box says why.
    QString shown;
    GuiTestSupport::answerNextMessageBox(QMessageBox::Ok, &shown);
    conferences->deleteCurrent();
    QVERIFY2(shown.contains(QStringLiteral("viewer")), qPrintable(shown));
    QCOMPARE(
        count(m_file, QStringLiteral("SELECT count(*) FROM conference WHERE id = %1").arg(id)), 1);
    GuiTestSupport::answerNextMessageBox(QMessageBox::Ok, &shown);
    QVERIFY(!conferences->newConference());
    GuiTestSupport::answerNextMessageBox(QMessageBox::Ok, &shown);
    QVERIFY(!conferences->issueNumber(QDate(2026, 12, 1)));
    QCOMPARE(refusals(), refusedBefore + 3);
    // The log says what was refused.
    const QString logged = TestSupport::fileValue(m_file,
        QStringLiteral("SELECT record_label FROM audit_log WHERE action = 'refused' "
                       "ORDER BY id DESC LIMIT 1"))
                               .toString();
    QVERIFY2(logged.contains(Access::label(Action::Issue)), qPrintable(logged));
}

void TestRoles::theGateGivesBackWhatThePageAsked()
{
    auto store = TestSupport::open(m_file);
    QVERIFY(store);
    QPushButton button(QStringLiteral("Delete"));
    button.setToolTip(QStringLiteral("Delete the record"));
    RoleGate::gate(&button, store.get(), Action::Edit);
    // Nobody logged in: refused.
    QVERIFY(!button.isEnabled());
    QCOMPARE(button.toolTip(), QStringLiteral("Log in first."));
    // The page enables it (a row selected): it stays disabled.
    button.setEnabled(true);
    QVERIFY(!button.isEnabled());
    QString error;
    QVERIFY2(store->logIn(QStringLiteral("staff"), password, &error), qPrintable(error));
    QVERIFY(button.isEnabled());
    QCOMPARE(button.toolTip(), QStringLiteral("Delete the record"));
    // The page disables it (no row): it stays so while the role changes.
    button.setEnabled(false);
    store->logOut();
    QVERIFY(!button.isEnabled());
    QVERIFY2(store->logIn(QStringLiteral("staff"), password, &error), qPrintable(error));
    QVERIFY(!button.isEnabled());
    QCOMPARE(button.toolTip(), QStringLiteral("Delete the record"));
    button.setEnabled(true);
    QVERIFY(button.isEnabled());
}

void TestRoles::withoutAccountsEverythingIsOffered()
{
    const QString file = m_dir.filePath(QStringLiteral("alone.sqlite"));
    QCOMPARE(TestSupport::writeDemo(file), QString());
    m_window = std::make_unique<MainWindow>();
    m_window->setIntegrityCheckDelay(60 * 60 * 1000);
    QString error;
    QVERIFY2(m_window->openDatabase(file, Store::OpenMode::MustExist, &error), qPrintable(error));
    for (const auto &[name, what] : windowActions)
        QVERIFY2(action(name)->isEnabled(), name);
    for (const auto &[name, what] : conferenceButtons)
        QVERIFY2(GuiTestSupport::field<QPushButton>(m_window->conferencesPage(), name)->isEnabled(),
            name);
    // Nothing waits for an approval either.
    const qint64 commendation = TestSupport::fileValue(
        file, QStringLiteral("SELECT id FROM commendation WHERE conference_id IS NOT NULL"))
                                    .toLongLong();
    QCOMPARE(Approvals::refusalToIssue(
                 *m_window->store(), QStringLiteral("commendation-decision"), commendation),
        QString());
}

void TestRoles::aDecisionWaitsForTheLeadersApproval()
{
    const qint64 commendation = TestSupport::fileValue(
        m_file, QStringLiteral("SELECT id FROM commendation WHERE conference_id IS NOT NULL"))
                                    .toLongLong();
    QVERIFY(commendation);
    const QString kind = QStringLiteral("commendation-decision");
    const QDate on(2024, 5, 27);
    QString error;
    {
        auto clerk = storeAs(Role::Clerk);
        QVERIFY(clerk);
        QVERIFY(!Issuing::issue(*clerk, kind, commendation, on, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("not approved")), qPrintable(error));
        // A clerk may not approve: refused, and logged.
        const qint64 refusedBefore = refusals();
        QVERIFY(!Approvals::approve(*clerk, QStringLiteral("commendation"), commendation, &error));
        QVERIFY2(error.contains(QStringLiteral("clerk")), qPrintable(error));
        QCOMPARE(refusals(), refusedBefore + 1);
    }
    QVERIFY(count(m_file,
                QStringLiteral("SELECT count(*) FROM commendation WHERE id = %1 AND "
                               "(approved_by IS NOT NULL OR decision_code IS NOT NULL)")
                    .arg(commendation))
        == 0);
    m_clock->set(QDateTime(QDate(2024, 5, 26), QTime(9, 30), QTimeZone("Asia/Ho_Chi_Minh")));
    {
        auto leader = storeAs(Role::Leader);
        QVERIFY(leader);
        QVERIFY2(Approvals::approve(*leader, QStringLiteral("commendation"), commendation, &error),
            qPrintable(error));
        const auto approval
            = Approvals::approval(*leader, QStringLiteral("commendation"), commendation);
        QVERIFY(approval);
        QCOMPARE(approval->by, QStringLiteral("leader"));
        QCOMPARE(approval->at, m_clock->now());
        QCOMPARE(Approvals::describe(QStringLiteral("commendation"), *approval),
            QStringLiteral("Decision approved by leader on 26/05/2024 09:30"));
        // Once is enough.
        QVERIFY(!Approvals::approve(*leader, QStringLiteral("commendation"), commendation, &error));
        QVERIFY2(error.contains(QStringLiteral("already approved")), qPrintable(error));
    }
    m_clock->set(QDateTime(QDate(2024, 5, 27), QTime(8, 0), QTimeZone("Asia/Ho_Chi_Minh")));
    {
        auto clerk = storeAs(Role::Clerk);
        QVERIFY(clerk);
        QVERIFY2(Issuing::issue(*clerk, kind, commendation, on, 0, &error), qPrintable(error));
    }
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT approved_by || ' ' || status FROM commendation WHERE "
                                "id = %1")
                     .arg(commendation))
                 .toString(),
        QStringLiteral("leader decided"));
    m_clock = TestSupport::fixClock();
}

void TestRoles::aConclusionWaitsForTheLeadersApproval()
{
    const qint64 target = TestSupport::fileValue(m_file,
        QStringLiteral("SELECT id FROM inspection_target WHERE concluded_on IS NOT NULL "
                       "ORDER BY id LIMIT 1"))
                              .toLongLong();
    QVERIFY(target);
    const QString kind = QStringLiteral("inspection-conclusion");
    const QDate on = m_clock->today();
    QString error;
    {
        auto clerk = storeAs(Role::Clerk);
        QVERIFY(clerk);
        QVERIFY(!Issuing::issue(*clerk, kind, target, on, 0, &error));
        QVERIFY2(error.contains(QStringLiteral("conclusion")), qPrintable(error));
    }
    QCOMPARE(count(m_file,
                 QStringLiteral("SELECT count(*) FROM document_register WHERE report_kind = "
                                "'inspection-conclusion' AND subject_id = %1")
                     .arg(target)),
        0);
    {
        auto leader = storeAs(Role::Leader);
        QVERIFY(leader);
        QVERIFY2(Approvals::approve(*leader, QStringLiteral("inspection_target"), target, &error),
            qPrintable(error));
    }
    QCOMPARE(TestSupport::fileValue(m_file,
                 QStringLiteral("SELECT conclusion_approved_by FROM inspection_target WHERE "
                                "id = %1")
                     .arg(target))
                 .toString(),
        QStringLiteral("leader"));
    {
        auto clerk = storeAs(Role::Clerk);
        QVERIFY(clerk);
        QVERIFY2(Issuing::issue(*clerk, kind, target, on, 0, &error), qPrintable(error));
    }
}

void TestRoles::theApproveButtonIsTheLeaders()
{
    const qint64 commendation = TestSupport::fileValue(
        m_file, QStringLiteral("SELECT id FROM commendation WHERE conference_id IS NOT NULL"))
                                    .toLongLong();
    const qint64 target = TestSupport::fileValue(
        m_file, QStringLiteral("SELECT id FROM inspection_target ORDER BY id LIMIT 1"))
                              .toLongLong();
    {
        auto staff = storeAs(Role::Staff);
        QVERIFY(staff);
        CommendationEditor editor(staff.get(), commendation, nullptr);
        editor.show();
        // Under the decision, in the form.
        QVERIFY(editor.approvalRow()->isVisible());
        QPushButton *approve = editor.approvalRow()->button();
        QVERIFY(!approve->isEnabled());
        QVERIFY2(
            approve->toolTip().contains(QStringLiteral("staff")), qPrintable(approve->toolTip()));
        QCOMPARE(editor.approvalRow()->text(), QStringLiteral("Not approved yet."));
        // Staff edit the commendation: the editor is not read-only for them.
        QVERIFY(!editor.isReadOnlyForRole());
    }
    {
        auto leader = storeAs(Role::Leader);
        QVERIFY(leader);
        CommendationEditor editor(leader.get(), commendation, nullptr);
        editor.show();
        // The leader reads the commendation (no Edit) and approves its decision.
        QVERIFY(editor.isReadOnlyForRole());
        QPushButton *approve = editor.approvalRow()->button();
        QVERIFY(approve->isEnabled());
        approve->click();
        QVERIFY(!approve->isEnabled());
        QVERIFY2(editor.approvalRow()->text().startsWith(
                     QStringLiteral("Decision approved by leader on ")),
            qPrintable(editor.approvalRow()->text()));
        // The editor read the record again: closing it asks nothing, saves nothing.
        QVERIFY(!editor.isDirty());

        TargetEditor targetEditor(leader.get(), target, nullptr);
        targetEditor.show();
        QPushButton *approveConclusion = targetEditor.approvalRow()->button();
        QVERIFY(approveConclusion->isEnabled());
        approveConclusion->click();
        QVERIFY2(targetEditor.approvalRow()->text().startsWith(
                     QStringLiteral("Conclusion approved by leader on ")),
            qPrintable(targetEditor.approvalRow()->text()));
    }
    QCOMPARE(
        TestSupport::fileValue(m_file,
            QStringLiteral("SELECT approved_by FROM commendation WHERE id = %1").arg(commendation))
            .toString(),
        QStringLiteral("leader"));
}

void TestRoles::listsShowTheSecrecyLevel()
{
    auto staff = storeAs(Role::Staff);
    QVERIFY(staff);
    // The demo marks nothing: one conference Tối mật, one inspection Mật.
    for (const auto &[table, level] : {std::pair {QStringLiteral("conference"), "secret"},
             std::pair {QStringLiteral("inspection_team"), "confidential"}}) {
        const qint64 id
            = TestSupport::fileValue(m_file, QStringLiteral("SELECT min(id) FROM %1").arg(table))
                  .toLongLong();
        const auto record = staff->read(table, id);
        QVERIFY(record);
        const Store::Result result
            = staff->update(*record, {{QStringLiteral("secrecy"), QString::fromLatin1(level)}});
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
    // The column reads the level's word, and sorts by the level (Thường first).
    for (const auto &[model, column, table] :
        {std::tuple {WorkLists::conferences(staff.get()), int(WorkLists::ConferenceSecrecy),
             QStringLiteral("conference")},
            std::tuple {InspectionLists::teams(staff.get()), int(InspectionLists::TeamSecrecy),
                QStringLiteral("inspection_team")}}) {
        std::unique_ptr<SqlListModel> owned(model);
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Secrecy"));
        const qint64 secret = TestSupport::fileValue(
            m_file, QStringLiteral("SELECT count(*) FROM %1 WHERE secrecy <> 'none'").arg(table))
                                  .toLongLong();
        QVERIFY2(secret > 0, qPrintable(table));
        model->sort(column, Qt::AscendingOrder);
        QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("Not classified"));
        model->sort(column, Qt::DescendingOrder);
        const QString top = model->index(0, column).data().toString();
        QVERIFY2(top == QStringLiteral("Secret") || top == QStringLiteral("Confidential"),
            qPrintable(top));
        // Filtered by level as the pages' choice does.
        model->setCondition(QStringLiteral("secrecy"),
            table == QLatin1String("conference") ? QStringLiteral("c.secrecy = ?")
                                                 : QStringLiteral("it.secrecy = ?"),
            QStringLiteral("none"));
        QCOMPARE(model->matchingCount(),
            TestSupport::fileValue(
                m_file, QStringLiteral("SELECT count(*) FROM %1 WHERE secrecy = 'none'").arg(table))
                .toInt());
    }
}

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"

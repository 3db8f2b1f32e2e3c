#pragma once

#include "gui/settings/logindialog.h"
#include "storage/store.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class AuditPage;
class StatisticsPage;
class ConferencesPage;
class DirectoryPage;
class CommendationsPage;
class InspectionsPage;
class FollowUpPage;
class RegisterPage;
class StartPage;
class QLabel;
class SearchField;
class QTimer;
class QTreeWidgetItem;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Closes the current store and opens another; on failure the sentence is in *error and the
    // window keeps no database open, or the server it was on (whose password is not kept to
    // connect again). A file with accounts shows no record until an account logs in
    // (loginDialog()); Cancel there closes the file again (loginCancelled()).
    bool openDatabase(const QString &path, Store::OpenMode mode, QString *error = nullptr);
    // Why the last openDatabase() failed, where the window can help (a server's password).
    Store::OpenProblem openProblem() const { return m_openProblem; }
    // File › Connect to server…: on success the window works on the server. An address (the
    // command line's, whose server asked for a password it did not give) fills the dialog.
    bool connectToServer(const QString &address = QString());
    Store *store() const { return m_store.get(); }

    // The pages of the open database; each is built when first shown or asked for.
    DirectoryPage *directoryPage(int kind) const;
    ConferencesPage *conferencesPage() const { return m_conferencesPage; }
    RegisterPage *registerPage() const;
    InspectionsPage *inspectionsPage() const;
    CommendationsPage *commendationsPage() const;
    AuditPage *auditPage() const;
    StatisticsPage *statisticsPage() const;
    FollowUpPage *followUpPage() const;
    // Việc cần làm, the page the window opens on.
    StartPage *startPage() const { return m_startPage; }
    QStringList pageTitles() const;
    // Shows the record's page with the record selected and opens it as the page does (its
    // editor; a recommendation's history; the register's entry selected): for the search box
    // and the start page's lines. `table` is the catalogue's ("conference", "person",
    // "inspection_target"…).
    // The window opened, or the page; nullptr when the record cannot be shown. Without
    // `showItsPage` the page shown stays (the start page opens its lines so); the register,
    // which has no editor, is shown all the same.
    QWidget *openRecord(const QString &table, qint64 id, bool showItsPage = true);
    SearchField *searchField() const { return m_searchField; }
    QString currentPageTitle() const;
    void showPage(const QString &title);
    QString statusCounts() const;
    QString banner() const;

    // Every page of the file is read this long after it was opened (on a thread of its own, so
    // that the window goes on), and only damage is reported, in the banner; 0 checks at once.
    void setIntegrityCheckDelay(int milliseconds) { m_integrityDelay = milliseconds; }

    // ---- Accounts ----

    // The log-in asked for (after opening a file with accounts, or while locked), or nullptr.
    LoginDialog *loginDialog() const { return m_loginDialog; }
    // Locked: the pages and every window of this one are hidden until a password is typed again
    // (the account's, or another account's: that one closes what the first left open).
    bool isLocked() const { return m_locked; }
    void lock();
    // Closes the editors (each asks about unsaved changes), logs the account out and asks for
    // any account; false when an editor was kept open.
    bool logOut();
    // Locks the window when nobody typed or clicked in the program for accounts.idle_minutes,
    // by the program's clock. Checked this often (30 s unless set).
    void checkIdle();
    void setIdleCheckInterval(int milliseconds);
    // "Nguyễn Thị Lan — Văn thư — Mật" in the status bar; empty while accounts are off.
    QString accountStatus() const;
    // File › Accounts…: refused, with the store's sentence, to a role without that right.
    void manageAccounts();

    // Replaces the database by a backup (after asking); `backup` empty asks for the file.
    bool restore(const QString &backup = QString());
    // A backup now, to a file the user names; `target` empty asks for it.
    bool backup(const QString &target = QString());

signals:
    // The log-in after opening a file was cancelled, and the file closed.
    void loginCancelled();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildNavigation();
    void addPage(QTreeWidgetItem *parent, const QString &title, QWidget *page);
    void clearDatabasePages();
    // The pages of the open file, read as the account logged in.
    void buildDatabasePages(const QString &shownPage);
    // What a file gets once its pages show: the banner, the integrity check, the daily backup.
    void startFileChores();
    void askLogIn(LoginDialog::Mode mode);
    void loggedIn();
    bool mayLogInAs(const QString &name);
    void setLocked(bool locked);
    // Closes the pages, the dialogs and the store of the database open (the page shown is kept
    // for the next one).
    void leaveDatabase();
    // Works on this store from now on.
    void useStore(std::unique_ptr<Store> store);
    void closeDatabase();
    // The pages show what the database holds now (another window or PC saved).
    void refreshPages();
    enum class Page {
        Register,
        Units,
        People,
        Documents,
        IssuingBodies,
        CommendationForms,
        Audit,
        Inspections,
        FollowUp,
        Commendations,
        Statistics
    };
    QWidget *page(Page which) const;
    // Makes the page's item of the navigation current (the page is built if it was not).
    void showPageOf(Page which);
    void printCurrent(int how);
    // The menu actions a role may lack, disabled for it (RoleGate), and the pages it may not
    // read.
    void gateActions();
    void applyRoles();
    void editFormatProfile();
    void editBackupSettings();
    // The backups are a file's: on a server, says who backs it up instead; true then.
    bool refusedOnServer(const QString &title);
    void updateStatus();
    void updateCounts();
    // The areas' counts of what is due, beside their names in the navigation.
    void updateNavigationCounts();
    void showDueList(int kind);
    void openCurrent();
    void storeChanged(const QString &table, bool external);
    void newDatabase();
    void chooseDatabase();
    void dailyBackup();
    void about();
    void checkIntegrity();
    void showBanner(const QString &text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Store> m_store;
    Store::OpenProblem m_openProblem = Store::OpenProblem::None;
    QLabel *m_fileLabel;
    QLabel *m_countsLabel;
    QLabel *m_accountLabel;
    QLabel *m_lockedLabel;
    QTimer *m_idleTimer;
    QDateTime m_lastInput;
    QPointer<LoginDialog> m_loginDialog;
    // The windows of this one hidden by the lock, shown again when the same account unlocks.
    QList<QPointer<QWidget>> m_hiddenWindows;
    bool m_locked = false;
    bool m_pagesBuilt = false;
    bool m_choresStarted = false;
    // The account the pages were read as (its name), and the page to come back to after a log-in.
    QString m_pagesAccount;
    QString m_shownPage;
    QTimer *m_statusTimer;
    QTimer *m_dailyTimer;
    QTreeWidgetItem *m_startItem = nullptr;
    QWidget *m_startPlaceholder = nullptr;
    StartPage *m_startPage = nullptr;
    QTreeWidgetItem *m_directoryItem = nullptr;
    QTreeWidgetItem *m_conferencesItem = nullptr;
    QTreeWidgetItem *m_registerItem = nullptr;
    QTreeWidgetItem *m_auditItem = nullptr;
    QTreeWidgetItem *m_inspectionsItem = nullptr;
    QTreeWidgetItem *m_followUpItem = nullptr; // Kết luận kiểm tra
    QTreeWidgetItem *m_commendationsItem = nullptr;
    QTreeWidgetItem *m_statisticsItem = nullptr;
    QWidget *m_conferencesPlaceholder = nullptr;
    // Built on first use (see page()): a window opens on one page, whatever the file's size.
    mutable QList<DirectoryPage *> m_directoryPages;
    ConferencesPage *m_conferencesPage = nullptr;
    mutable RegisterPage *m_registerPage = nullptr;
    mutable AuditPage *m_auditPage = nullptr;
    mutable InspectionsPage *m_inspectionsPage = nullptr;
    mutable FollowUpPage *m_followUpPage = nullptr;
    mutable CommendationsPage *m_commendationsPage = nullptr;
    mutable StatisticsPage *m_statisticsPage = nullptr;
    QTimer *m_integrityTimer;
    // A server names every table of a commit in turn: the pages are read again once for all.
    QTimer *m_refreshTimer;
    SearchField *m_searchField;
    int m_integrityDelay = 30 * 1000;
};

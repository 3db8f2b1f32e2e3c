#pragma once

#include "storage/store.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class AuditPage;
class ConferencesPage;
class DirectoryPage;
class CommendationsPage;
class InspectionsPage;
class FollowUpPage;
class RegisterPage;
class QLabel;
class QTimer;
class QTreeWidgetItem;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Closes the current store and opens another; on failure the sentence is in *error and the
    // window keeps no database open.
    bool openDatabase(const QString &path, Store::OpenMode mode, QString *error = nullptr);
    Store *store() const { return m_store.get(); }

    // The pages of the open database; each is built when first shown or asked for.
    DirectoryPage *directoryPage(int kind) const;
    ConferencesPage *conferencesPage() const { return m_conferencesPage; }
    RegisterPage *registerPage() const;
    InspectionsPage *inspectionsPage() const;
    CommendationsPage *commendationsPage() const;
    AuditPage *auditPage() const;
    FollowUpPage *followUpPage() const;
    QStringList pageTitles() const;
    QString currentPageTitle() const;
    void showPage(const QString &title);
    QString statusCounts() const;
    QString banner() const;

    // Every page of the file is read this long after it was opened (on a thread of its own, so
    // that the window goes on), and only damage is reported, in the banner; 0 checks at once.
    void setIntegrityCheckDelay(int milliseconds) { m_integrityDelay = milliseconds; }

    // Replaces the database by a backup (after asking); `backup` empty asks for the file.
    bool restore(const QString &backup = QString());
    // A backup now, to a file the user names; `target` empty asks for it.
    bool backup(const QString &target = QString());

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void addPage(QTreeWidgetItem *parent, const QString &title, QWidget *page);
    void clearDatabasePages();
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
        Commendations
    };
    QWidget *page(Page which) const;
    void printCurrent(int how);
    // The menu actions a role may lack, disabled for it (RoleGate), and the pages it may not
    // read.
    void gateActions();
    void applyRoles();
    void editFormatProfile();
    void editBackupSettings();
    void updateStatus();
    void updateCounts();
    void storeChanged(const QString &table, bool external);
    void newDatabase();
    void chooseDatabase();
    void dailyBackup();
    void about();
    void checkIntegrity();
    void showBanner(const QString &text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Store> m_store;
    QLabel *m_fileLabel;
    QLabel *m_countsLabel;
    QTimer *m_statusTimer;
    QTimer *m_dailyTimer;
    QTreeWidgetItem *m_directoryItem = nullptr;
    QTreeWidgetItem *m_conferencesItem = nullptr;
    QTreeWidgetItem *m_registerItem = nullptr;
    QTreeWidgetItem *m_auditItem = nullptr;
    QTreeWidgetItem *m_inspectionsItem = nullptr;
    QTreeWidgetItem *m_followUpItem = nullptr; // Kết luận kiểm tra
    QTreeWidgetItem *m_commendationsItem = nullptr;
    QWidget *m_conferencesPlaceholder = nullptr;
    // Built on first use (see page()): a window opens on one page, whatever the file's size.
    mutable QList<DirectoryPage *> m_directoryPages;
    ConferencesPage *m_conferencesPage = nullptr;
    mutable RegisterPage *m_registerPage = nullptr;
    mutable AuditPage *m_auditPage = nullptr;
    mutable InspectionsPage *m_inspectionsPage = nullptr;
    mutable FollowUpPage *m_followUpPage = nullptr;
    mutable CommendationsPage *m_commendationsPage = nullptr;
    QTimer *m_integrityTimer;
    int m_integrityDelay = 30 * 1000;
};

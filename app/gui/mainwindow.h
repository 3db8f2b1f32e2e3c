#pragma once

#include "storage/database.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class ConferencesPage;
class DirectoryPage;
class RegisterPage;
class QLabel;
class QTreeWidgetItem;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Closes the current store and opens another; on failure the sentence is in *error and the
    // window keeps no database open.
    bool openDatabase(const QString &path, Database::OpenMode mode, QString *error = nullptr);
    Database *database() const { return m_database.get(); }

    DirectoryPage *directoryPage(int kind) const;
    ConferencesPage *conferencesPage() const { return m_conferencesPage; }
    RegisterPage *registerPage() const { return m_registerPage; }
    QStringList pageTitles() const;
    void showPage(const QString &title);

private:
    void buildNavigation();
    void addPage(QTreeWidgetItem *parent, const QString &title, QWidget *page);
    void clearDatabasePages();
    void printCurrent(int how);
    void editFormatProfile();
    void updateStatus();
    void newDatabase();
    void chooseDatabase();
    void backup();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    QLabel *m_fileLabel;
    QLabel *m_countsLabel;
    QTreeWidgetItem *m_directoryItem = nullptr;
    QTreeWidgetItem *m_conferencesItem = nullptr;
    QTreeWidgetItem *m_registerItem = nullptr;
    QWidget *m_conferencesPlaceholder = nullptr;
    QList<DirectoryPage *> m_directoryPages;
    ConferencesPage *m_conferencesPage = nullptr;
    RegisterPage *m_registerPage = nullptr;
};

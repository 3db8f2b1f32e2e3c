#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "conferencespage.h"
#include "directorypage.h"
#include "formatprofiledialog.h"
#include "placeholderpage.h"
#include "registerpage.h"
#include "core/labels.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
constexpr int PageRole = Qt::UserRole;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_fileLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({230, 950});
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->backupAction, &QAction::triggered, this, &MainWindow::backup);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->formatProfileAction, &QAction::triggered, this, &MainWindow::editFormatProfile);
    connect(m_ui->previewAction, &QAction::triggered, this, [this] { printCurrent(0); });
    connect(m_ui->printAction, &QAction::triggered, this, [this] { printCurrent(1); });
    connect(m_ui->exportPdfAction, &QAction::triggered, this, [this] { printCurrent(2); });
    connect(m_ui->navigationTreeWidget, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) {
                if (!item)
                    return;
                QVariant page = item->data(0, PageRole);
                if (!page.isValid() && item->childCount() > 0)
                    page = item->child(0)->data(0, PageRole);
                if (auto *widget = page.value<QWidget *>())
                    m_ui->pagesStackedWidget->setCurrentWidget(widget);
            });

    buildNavigation();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Pages hold queries on the connection: they go before the database closes.
    clearDatabasePages();
}

void MainWindow::addPage(QTreeWidgetItem *parent, const QString &title, QWidget *page)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {title})
                        : new QTreeWidgetItem(m_ui->navigationTreeWidget, {title});
    if (page) {
        m_ui->pagesStackedWidget->addWidget(page);
        item->setData(0, PageRole, QVariant::fromValue(page));
    }
}

void MainWindow::buildNavigation()
{
    QTreeWidget *tree = m_ui->navigationTreeWidget;
    m_conferencesPlaceholder = new PlaceholderPage(tr("Conferences"), this);
    addPage(nullptr, tr("Conferences"), m_conferencesPlaceholder);
    m_conferencesItem = tree->topLevelItem(0);
    const QStringList areas{tr("Inspection teams"), tr("Inspection conclusions"),
                            tr("Commendations")};
    for (const QString &area : areas)
        addPage(nullptr, area, new PlaceholderPage(area, this));
    m_directoryItem = new QTreeWidgetItem(tree, {tr("Directories")});
    QFont bold = m_directoryItem->font(0);
    bold.setBold(true);
    m_directoryItem->setFont(0, bold);
    m_directoryItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    tree->expandAll();
    tree->setCurrentItem(tree->topLevelItem(0));
}

void MainWindow::clearDatabasePages()
{
    QList<QWidget *> pages;
    for (DirectoryPage *page : std::as_const(m_directoryPages))
        pages << page;
    pages << m_conferencesPage << m_registerPage;
    for (QWidget *page : std::as_const(pages)) {
        if (!page)
            continue;
        m_ui->pagesStackedWidget->removeWidget(page);
        delete page;
    }
    m_directoryPages.clear();
    m_conferencesPage = nullptr;
    m_registerPage = nullptr;
    qDeleteAll(m_directoryItem->takeChildren());
    delete m_registerItem;
    m_registerItem = nullptr;
    m_conferencesItem->setData(0, PageRole, QVariant::fromValue(m_conferencesPlaceholder));
}

bool MainWindow::openDatabase(const QString &path, Database::OpenMode mode, QString *error)
{
    clearDatabasePages();
    m_database = std::make_unique<Database>();
    if (!m_database->open(path, mode)) {
        if (error)
            *error = m_database->errorString();
        m_database.reset();
        updateStatus();
        return false;
    }
    const QSqlDatabase db = m_database->connection();
    m_conferencesPage = new ConferencesPage(db, m_database->path(), this);
    m_ui->pagesStackedWidget->addWidget(m_conferencesPage);
    m_conferencesItem->setData(0, PageRole, QVariant::fromValue<QWidget *>(m_conferencesPage));
    m_registerPage = new RegisterPage(db, m_database->path(), this);
    m_ui->pagesStackedWidget->addWidget(m_registerPage);
    m_registerItem = new QTreeWidgetItem({tr("Outgoing document register")});
    m_registerItem->setData(0, PageRole, QVariant::fromValue<QWidget *>(m_registerPage));
    m_ui->navigationTreeWidget->insertTopLevelItem(
            m_ui->navigationTreeWidget->indexOfTopLevelItem(m_directoryItem), m_registerItem);
    connect(m_conferencesPage, &ConferencesPage::changed, m_registerPage, &RegisterPage::refresh);
    connect(m_registerPage, &RegisterPage::changed, m_conferencesPage, &ConferencesPage::refresh);
    if (m_ui->navigationTreeWidget->currentItem() == m_conferencesItem)
        m_ui->pagesStackedWidget->setCurrentWidget(m_conferencesPage);
    for (auto kind : {DirectoryPage::Kind::Units, DirectoryPage::Kind::People,
                      DirectoryPage::Kind::Documents}) {
        auto *page = new DirectoryPage(kind, db, this);
        connect(page, &DirectoryPage::changed, this, &MainWindow::updateStatus);
        m_directoryPages << page;
        addPage(m_directoryItem, page->title(), page);
    }
    m_ui->navigationTreeWidget->expandAll();
    updateStatus();
    return true;
}

DirectoryPage *MainWindow::directoryPage(int kind) const
{
    for (DirectoryPage *page : m_directoryPages) {
        if (int(page->kind()) == kind)
            return page;
    }
    return nullptr;
}

QStringList MainWindow::pageTitles() const
{
    QStringList titles;
    for (QTreeWidgetItemIterator it(m_ui->navigationTreeWidget); *it; ++it)
        titles << (*it)->text(0);
    return titles;
}

void MainWindow::showPage(const QString &title)
{
    for (QTreeWidgetItemIterator it(m_ui->navigationTreeWidget); *it; ++it) {
        if ((*it)->text(0) == title) {
            m_ui->navigationTreeWidget->setCurrentItem(*it);
            return;
        }
    }
}

void MainWindow::printCurrent(int how)
{
    QWidget *current = m_ui->pagesStackedWidget->currentWidget();
    if (m_registerPage && current == m_registerPage) {
        m_registerPage->reprint();
        return;
    }
    if (!m_conferencesPage || current != m_conferencesPage) {
        statusBar()->showMessage(tr("Choose a conference on the Conferences page to print its "
                                    "documents."),
                                 6000);
        return;
    }
    switch (how) {
    case 0:
        m_conferencesPage->preview();
        break;
    case 1:
        m_conferencesPage->print();
        break;
    default:
        m_conferencesPage->exportDocument();
    }
}

void MainWindow::editFormatProfile()
{
    if (!m_database)
        return;
    FormatProfileDialog dialog(m_database->connection(), this);
    dialog.exec();
}

void MainWindow::updateStatus()
{
    const bool open = m_database != nullptr;
    m_ui->backupAction->setEnabled(open);
    for (QAction *action : {m_ui->formatProfileAction, m_ui->previewAction, m_ui->printAction,
                            m_ui->exportPdfAction})
        action->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Secretariat"));
        m_fileLabel->setText(tr("No database is open."));
        m_countsLabel->clear();
        return;
    }
    const QString shown = QDir::toNativeSeparators(m_database->path());
    setWindowTitle(tr("%1 — Secretariat").arg(QFileInfo(m_database->path()).fileName()));
    m_fileLabel->setText(tr("Database: %1").arg(shown));
    QSqlQuery query(m_database->connection());
    query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM conference), (SELECT count(*) FROM inspection_team), "
            "(SELECT count(*) FROM finding), (SELECT count(*) FROM commendation), "
            "(SELECT count(*) FROM unit), (SELECT count(*) FROM person), "
            "(SELECT count(*) FROM legal_document)"));
    if (!query.next())
        return;
    const char *const tables[] = {"conference", "inspection_team", "finding", "commendation",
                                  "unit", "person", "legal_document"};
    QStringList counts;
    for (int i = 0; i < 7; ++i)
        counts << Labels::tableCount(QLatin1String(tables[i]), query.value(i).toInt());
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("New database"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Secretariat database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("“%1” already exists. A new database needs a new file name.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!openDatabase(path, Database::OpenMode::CreateIfMissing, &error))
        QMessageBox::critical(this, tr("New database"), error);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open database"),
            m_database ? QFileInfo(m_database->path()).absolutePath() : QString(),
            tr("Secretariat database (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString previous = m_database ? m_database->path() : QString();
    QString error;
    if (!openDatabase(path, Database::OpenMode::MustExist, &error)) {
        QMessageBox::critical(this, tr("Open database"), error);
        if (!previous.isEmpty())
            openDatabase(previous, Database::OpenMode::MustExist);
    }
}

void MainWindow::backup()
{
    if (!m_database)
        return;
    const QFileInfo current(m_database->path());
    const QString suggested = current.absoluteDir().filePath(
            QStringLiteral("%1-%2.sqlite")
                    .arg(current.completeBaseName(),
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                      tr("Secretariat database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (!m_database->backupTo(path)) {
        QMessageBox::critical(this, tr("Back up"), m_database->errorString());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::about()
{
    QMessageBox::about(
            this, tr("About Secretariat"),
            tr("<h3>Secretariat %1</h3>"
               "<p>Conferences, inspection teams and their findings, commendations, and the "
               "printed Party documents of a committee's office.</p>"
               "<p>Database: %2</p>")
                    .arg(QStringLiteral(SECRETARIAT_VERSION),
                         m_database ? QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()
                                    : tr("none")));
}

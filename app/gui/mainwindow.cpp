#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "audit/auditpage.h"
#include "statistics/statisticspage.h"
#include "commendations/badgerounddialog.h"
#include "common/filedialogs.h"
#include "common/listexport.h"
#include "common/listpage.h"
#include "common/placeholderpage.h"
#include "common/rolegate.h"
#include "common/searchfield.h"
#include "conferences/conferencespage.h"
#include "core/catalogue.h"
#include "core/clock.h"
#include "directories/directorypage.h"
#include "commendations/commendationspage.h"
#include "inspections/inspectionspage.h"
#include "inspections/followuppage.h"
#include "inspections/remedyhistorydialog.h"
#include "inspections/statisticsdialog.h"
#include "models/commendationlists.h"
#include "models/lookups.h"
#include "register/registerpage.h"
#include "settings/accountsdialog.h"
#include "settings/backupsettingsdialog.h"
#include "settings/formatprofiledialog.h"
#include "settings/serverdialog.h"
#include "common/recordeditor.h"
#include "core/appresources.h"
#include "inspections/remedyhistorydialog.h"
#include "inspections/targeteditor.h"
#include "start/startpage.h"
#include "tools/convertencodingdialog.h"
#include "core/labels.h"
#include "storage/backup.h"
#include "storage/remedies.h"
#include "storage/sqlitedialect.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QThread>
#include <QToolBar>
#include <QTimer>

namespace {

// The navigation's rows with room around their text, as a touch of the finger would want.
class RoomyRows : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
    }
};

constexpr int PageRole = Qt::UserRole; // the page widget, for a page that always exists
constexpr int LazyPageRole = Qt::UserRole + 1; // the database page, built when first shown
constexpr int TitleRole = Qt::UserRole + 2; // the area's name, without the count beside it

QString titleOf(const QTreeWidgetItem *item)
{
    const QVariant title = item->data(0, TitleRole);
    return title.isValid() ? title.toString() : item->text(0);
}

// A file's path as the system writes it; a server's address as it is (without its password).
QString shownDatabase(const Store &store)
{
    return store.onServer() ? store.path() : QDir::toNativeSeparators(store.path());
}

QString serverBackupSentence()
{
    return MainWindow::tr("A server is backed up with pg_dump by its administrator.");
}
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_fileLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_lockedLabel(new QLabel(this))
    , m_idleTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_dailyTimer(new QTimer(this))
    , m_integrityTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
    , m_searchField(new SearchField(this))
{
    m_ui->setupUi(this);
    // One search across every record, at the right of a toolbar of its own; Ctrl+K reaches it
    // wherever the focus is.
    auto *searchBar = new QToolBar(tr("Search"), this);
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    searchBar->setMovable(false);
    auto *stretch = new QWidget(searchBar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    searchBar->addWidget(stretch);
    m_searchField->setObjectName(QStringLiteral("globalSearchLineEdit"));
    m_searchField->setPlaceholderText(tr("Search everything (Ctrl+K)"));
    m_searchField->setFixedWidth(m_searchField->fontMetrics().averageCharWidth() * 44);
    searchBar->addWidget(m_searchField);
    addToolBar(Qt::TopToolBarArea, searchBar);
    connect(m_ui->globalSearchAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_searchField, &SearchField::openRequested, this,
        [this](const QString &table, qint64 id) { openRecord(table, id); });
    m_ui->bannerLabel->hide();
    // A disabled action says why in its tooltip.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);
    m_ui->navigationTreeWidget->setItemDelegate(new RoomyRows(m_ui->navigationTreeWidget));
    m_ui->navigationTreeWidget->header()->setMinimumSectionSize(40);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({216, 964});
    // A long path gives way (it is in the tooltip too) rather than widen the window past the
    // screen.
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_accountLabel);
    m_accountLabel->hide();
    // What a locked window shows instead of its pages.
    m_lockedLabel->setObjectName(QStringLiteral("lockedLabel"));
    m_lockedLabel->setAlignment(Qt::AlignCenter);
    m_lockedLabel->setWordWrap(true);
    m_lockedLabel->hide();
    m_ui->centralLayout->addWidget(m_lockedLabel, 1);
    // Any key or click in the program counts as use; the clock decides when it was last.
    qApp->installEventFilter(this);
    m_lastInput = Clock::application()->now();
    m_idleTimer->setInterval(30 * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
    m_idleTimer->start();
    m_ui->fileMenu->setToolTipsVisible(true);
    // Counts follow the saves, a few at a time.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(150);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    m_dailyTimer->setInterval(60 * 60 * 1000);
    connect(m_dailyTimer, &QTimer::timeout, this, &MainWindow::dailyBackup);
    // Once per file opened, a while after; it waits again while a dialog is open or a button
    // held.
    m_integrityTimer->setSingleShot(true);
    connect(m_integrityTimer, &QTimer::timeout, this, &MainWindow::checkIntegrity);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshPages);

    connect(m_ui->newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->connectServerAction, &QAction::triggered, this, [this] { connectToServer(); });
    connect(m_ui->backupAction, &QAction::triggered, this, [this] { backup(); });
    connect(m_ui->restoreAction, &QAction::triggered, this, [this] { restore(); });
    connect(m_ui->backupSettingsAction, &QAction::triggered, this, &MainWindow::editBackupSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->accountsAction, &QAction::triggered, this, &MainWindow::manageAccounts);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->logOutAction, &QAction::triggered, this, [this] { logOut(); });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->formatProfileAction, &QAction::triggered, this, &MainWindow::editFormatProfile);
    connect(m_ui->previewAction, &QAction::triggered, this, [this] { printCurrent(0); });
    connect(m_ui->printAction, &QAction::triggered, this, [this] { printCurrent(1); });
    connect(m_ui->exportPdfAction, &QAction::triggered, this, [this] { printCurrent(2); });
    // The list of the page shown, as it shows it, to Excel or CSV.
    connect(m_ui->exportListAction, &QAction::triggered, this, [this] {
        const auto *page = dynamic_cast<ListPage *>(m_ui->pagesStackedWidget->currentWidget());
        QTableView *view = page ? page->exportView() : nullptr;
        if (!m_store || !view) {
            statusBar()->showMessage(tr("This page has no list to export."), 6000);
            return;
        }
        const QString done = ListExport::exportList(this, m_store.get(), view, currentPageTitle());
        if (!done.isEmpty())
            statusBar()->showMessage(done, 10000);
    });
    connect(m_ui->inspectionStatisticsAction, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        StatisticsDialog dialog(m_store.get(), this);
        dialog.exec();
    });
    connect(m_ui->commendationStatisticsAction, &QAction::triggered, this, [this] {
        if (!m_store)
            return;
        StatisticsDialog dialog(m_store.get(), this, StatisticsDialog::Subject::Commendations);
        dialog.exec();
    });
    connect(m_ui->badgeRoundAction, &QAction::triggered, this, [this] {
        if (!m_store || !RoleGate::demand(this, m_store.get(), Access::Action::Edit))
            return;
        BadgeRoundDialog dialog(m_store.get(), this);
        connect(&dialog, &BadgeRoundDialog::roundCreated, this,
            [this](qint64) { showPage(tr("Commendations")); });
        dialog.exec();
    });
    connect(m_ui->badgeNumbersAction, &QAction::triggered, this, [this] {
        if (m_store && RoleGate::demand(this, m_store.get(), Access::Action::Edit))
            BadgeRoundDialog::assignNumbers(m_store.get(), this);
    });
    // Ctrl+F and Ctrl+N belong to the window: they work wherever the focus is.
    const auto currentList
        = [this] { return dynamic_cast<ListPage *>(m_ui->pagesStackedWidget->currentWidget()); };
    connect(m_ui->findAction, &QAction::triggered, this, [currentList] {
        if (ListPage *page = currentList())
            page->focusFilter();
    });
    connect(m_ui->newRecordAction, &QAction::triggered, this, [this, currentList] {
        ListPage *page = currentList();
        if (m_store && !RoleGate::demand(this, m_store.get(), Access::Action::Edit))
            return;
        if (page && page->canAddRecords())
            page->addRecord();
        else
            statusBar()->showMessage(tr("Records are added on the Conferences page and in the "
                                        "directories."),
                6000);
    });
    connect(m_ui->navigationTreeWidget, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) {
            if (!item)
                return;
            if (!item->data(0, PageRole).isValid() && !item->data(0, LazyPageRole).isValid()
                && item->childCount() > 0)
                item = item->child(0);
            const QVariant lazy = item->data(0, LazyPageRole);
            QWidget *widget = lazy.isValid() ? page(Page(lazy.toInt()))
                                             : item->data(0, PageRole).value<QWidget *>();
            if (widget)
                m_ui->pagesStackedWidget->setCurrentWidget(widget);
        });

    // The toolbar's actions, with the theme's icons or the program's own.
    const std::pair<QAction *, const char *> icons[] = {
        {m_ui->newRecordAction, "document-new"},
        {m_ui->openRecordAction, "document-open"},
        {m_ui->printAction, "document-print"},
        {m_ui->previewAction, "document-print-preview"},
        {m_ui->exportPdfAction, "document-save-as"},
        {m_ui->exportListAction, "x-office-spreadsheet"},
        {m_ui->findAction, "edit-find"},
    };
    for (const auto &[action, name] : icons)
        action->setIcon(AppResources::icon(QLatin1String(name)));
    m_ui->mainToolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    connect(m_ui->openRecordAction, &QAction::triggered, this, &MainWindow::openCurrent);
    connect(m_ui->convertEncodingAction, &QAction::triggered, this, [this] {
        ConvertEncodingDialog dialog(this);
        dialog.exec();
    });

    buildNavigation();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Pages hold queries on the connection: they go before the store closes.
    clearDatabasePages();
}

void MainWindow::addPage(QTreeWidgetItem *parent, const QString &title, QWidget *page)
{
    auto *item = parent ? new QTreeWidgetItem(parent, {title})
                        : new QTreeWidgetItem(m_ui->navigationTreeWidget, {title});
    item->setData(0, TitleRole, title);
    if (page) {
        m_ui->pagesStackedWidget->addWidget(page);
        item->setData(0, PageRole, QVariant::fromValue(page));
    }
}

void MainWindow::buildNavigation()
{
    QTreeWidget *tree = m_ui->navigationTreeWidget;
    m_startPlaceholder = new PlaceholderPage(tr("To do"), this);
    addPage(nullptr, tr("To do"), m_startPlaceholder);
    m_startItem = tree->topLevelItem(0);
    m_conferencesPlaceholder = new PlaceholderPage(tr("Conferences"), this);
    addPage(nullptr, tr("Conferences"), m_conferencesPlaceholder);
    m_conferencesItem = tree->topLevelItem(1);
    const QStringList areas {
        tr("Inspection teams"), tr("Inspection conclusions"), tr("Commendations")};
    for (const QString &area : areas)
        addPage(nullptr, area, new PlaceholderPage(area, this));
    // They show their placeholders until a database is open; then their lists, each built when
    // first shown.
    m_inspectionsItem = tree->topLevelItem(2);
    m_followUpItem = tree->topLevelItem(3);
    m_commendationsItem = tree->topLevelItem(4);
    m_directoryItem = new QTreeWidgetItem(tree, {tr("Directories")});
    QFont bold = m_directoryItem->font(0);
    bold.setBold(true);
    m_directoryItem->setFont(0, bold);
    m_directoryItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    tree->expandAll();
    tree->setCurrentItem(m_startItem);
}

void MainWindow::clearDatabasePages()
{
    m_searchField->setStore(nullptr);
    // The navigation goes first, quietly, so that no item is left pointing at a page that is
    // gone; the window shows the conferences' placeholder until pages are built again.
    {
        const QSignalBlocker quiet(m_ui->navigationTreeWidget);
        qDeleteAll(m_directoryItem->takeChildren());
        delete m_registerItem;
        m_registerItem = nullptr;
        delete m_auditItem;
        m_auditItem = nullptr;
        delete m_statisticsItem;
        m_statisticsItem = nullptr;
        m_followUpItem->setData(0, LazyPageRole, QVariant());
        m_conferencesItem->setData(0, PageRole, QVariant::fromValue(m_conferencesPlaceholder));
        m_startItem->setData(0, PageRole, QVariant::fromValue(m_startPlaceholder));
        m_inspectionsItem->setData(0, LazyPageRole, QVariant());
        m_commendationsItem->setData(0, LazyPageRole, QVariant());
        m_ui->navigationTreeWidget->setCurrentItem(m_startItem);
        m_ui->pagesStackedWidget->setCurrentWidget(m_startPlaceholder);
        // No file, no counts.
        for (QTreeWidgetItemIterator it(m_ui->navigationTreeWidget); *it; ++it)
            (*it)->setText(0, titleOf(*it));
    }
    QList<QWidget *> pages;
    for (DirectoryPage *directory : std::as_const(m_directoryPages))
        pages << directory;
    pages << m_startPage << m_conferencesPage << m_registerPage << m_auditPage << m_inspectionsPage
          << m_followUpPage << m_commendationsPage << m_statisticsPage;
    for (QWidget *built : std::as_const(pages)) {
        if (!built)
            continue;
        m_ui->pagesStackedWidget->removeWidget(built);
        delete built;
    }
    m_directoryPages.clear();
    m_startPage = nullptr;
    m_conferencesPage = nullptr;
    m_registerPage = nullptr;
    m_auditPage = nullptr;
    m_inspectionsPage = nullptr;
    m_followUpPage = nullptr;
    m_commendationsPage = nullptr;
    m_statisticsPage = nullptr;
    m_pagesBuilt = false;
    m_pagesAccount.clear();
}

bool MainWindow::openDatabase(const QString &path, Store::OpenMode mode, QString *error)
{
    // A file is closed before anything opens (it may be the one opened again); a server stays
    // until the next database is open, as it could not be connected to again without the
    // password, which is not kept.
    const bool keepServer = m_store && m_store->onServer();
    if (!keepServer)
        leaveDatabase();
    auto store = std::make_unique<Store>();
    QString problem;
    if (!store->open(path, mode, &problem)) {
        m_openProblem = store->openProblem();
        if (error)
            *error = problem;
        updateStatus();
        return false;
    }
    m_openProblem = Store::OpenProblem::None;
    useStore(std::move(store));
    return true;
}

bool MainWindow::connectToServer(const QString &address)
{
    ServerDialog dialog(this);
    if (!address.isEmpty())
        dialog.setAddress(address);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    useStore(dialog.takeStore());
    return true;
}

void MainWindow::leaveDatabase()
{
    // The page shown comes back with another database.
    m_shownPage = m_pagesBuilt ? currentPageTitle() : m_shownPage;
    if (m_loginDialog) {
        m_loginDialog->disconnect(this);
        delete m_loginDialog;
    }
    clearDatabasePages();
    setLocked(false);
    m_hiddenWindows.clear();
    m_dailyTimer->stop();
    m_integrityTimer->stop();
    m_refreshTimer->stop();
    m_choresStarted = false;
    m_store.reset();
}

void MainWindow::useStore(std::unique_ptr<Store> store)
{
    leaveDatabase();
    m_store = std::move(store);
    connect(m_store.get(), &Store::changed, this, &MainWindow::storeChanged);
    // What the account may do, from the first moment (nobody logged in: nothing but reading
    // the file's name) and after every log-in and log-out.
    gateActions();
    connect(m_store.get(), &Store::accountChanged, this, &MainWindow::applyRoles);
    m_lastInput = Clock::application()->now();
    // A file with accounts shows nothing before someone logs in.
    if (m_store->accountsEnabled() && !m_store->account()) {
        setLocked(true);
        askLogIn(LoginDialog::Mode::Open);
        return;
    }
    buildDatabasePages(m_shownPage);
    startFileChores();
}

void MainWindow::buildDatabasePages(const QString &shownPage)
{
    Store *store = m_store.get();
    m_conferencesPage = new ConferencesPage(store, this);
    m_ui->pagesStackedWidget->addWidget(m_conferencesPage);
    m_conferencesItem->setData(0, PageRole, QVariant::fromValue<QWidget *>(m_conferencesPage));
    // The window opens on what is due today.
    m_startPage = new StartPage(store, this);
    m_ui->pagesStackedWidget->addWidget(m_startPage);
    m_startItem->setData(0, PageRole, QVariant::fromValue<QWidget *>(m_startPage));
    connect(m_startPage, &StartPage::openRecord, this,
        // The start page stays in view: the secretary goes on down the list.
        [this](const QString &table, qint64 id) { openRecord(table, id, false); });
    connect(m_startPage, &StartPage::showList, this,
        [this](WorkDue::Kind kind) { showDueList(int(kind)); });
    m_ui->pagesStackedWidget->setCurrentWidget(
        m_ui->navigationTreeWidget->currentItem() == m_conferencesItem
            ? static_cast<QWidget *>(m_conferencesPage)
            : m_startPage);
    const auto lazyItem = [](QTreeWidgetItem *item, Page which) {
        item->setData(0, LazyPageRole, int(which));
        return item;
    };
    lazyItem(m_inspectionsItem, Page::Inspections);
    m_registerItem
        = lazyItem(new QTreeWidgetItem({tr("Outgoing document register")}), Page::Register);
    m_ui->navigationTreeWidget->insertTopLevelItem(
        m_ui->navigationTreeWidget->indexOfTopLevelItem(m_directoryItem), m_registerItem);
    m_statisticsItem = lazyItem(new QTreeWidgetItem({tr("Statistics")}), Page::Statistics);
    m_ui->navigationTreeWidget->insertTopLevelItem(
        m_ui->navigationTreeWidget->indexOfTopLevelItem(m_directoryItem), m_statisticsItem);
    m_directoryPages = {nullptr, nullptr, nullptr, nullptr, nullptr};
    for (const auto &[kind, which] : {std::pair {DirectoryPage::Kind::Units, Page::Units},
             {DirectoryPage::Kind::People, Page::People},
             {DirectoryPage::Kind::Documents, Page::Documents},
             {DirectoryPage::Kind::IssuingBodies, Page::IssuingBodies},
             {DirectoryPage::Kind::CommendationForms, Page::CommendationForms}})
        lazyItem(new QTreeWidgetItem(m_directoryItem, {DirectoryPage::title(kind)}), which);
    m_auditItem = lazyItem(
        new QTreeWidgetItem(m_ui->navigationTreeWidget, {tr("Change log")}), Page::Audit);
    lazyItem(m_followUpItem, Page::FollowUp);
    lazyItem(m_commendationsItem, Page::Commendations);
    m_ui->navigationTreeWidget->expandAll();
    m_pagesBuilt = true;
    m_pagesAccount = store->account() ? store->account()->name : QString();
    showPage(shownPage);
    updateStatus();
    updateNavigationCounts();
    applyRoles();
}

void MainWindow::startFileChores()
{
    Store *store = m_store.get();
    if (!store || m_choresStarted)
        return;
    m_choresStarted = true;
    // Said once per opening: a read-only file, and a secret one others may read.
    QStringList banner;
    if (store->isReadOnly())
        banner << store->readOnlyReason();
    banner << store->exposureWarning();
    banner.removeAll(QString());
    showBanner(banner.join(QLatin1Char(' ')));
    // A server checks its own pages, and is backed up by its administrator.
    if (store->onServer())
        return;
    m_integrityTimer->start(m_integrityDelay);
    // The daily backup waits a minute, so that opening the window never waits for it.
    if (!store->isReadOnly()) {
        QTimer::singleShot(60 * 1000, store, [this] { dailyBackup(); });
        m_dailyTimer->start();
    }
}

void MainWindow::askLogIn(LoginDialog::Mode mode)
{
    if (m_loginDialog) {
        m_loginDialog->disconnect(this);
        delete m_loginDialog;
    }
    auto *dialog = new LoginDialog(m_store.get(), mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBeforeLogIn([this](const QString &name) { return mayLogInAs(name); });
    connect(dialog, &QDialog::accepted, this, &MainWindow::loggedIn);
    connect(dialog, &QDialog::rejected, this, &MainWindow::closeDatabase);
    m_loginDialog = dialog;
    updateStatus();
    // Before the window is on the screen (the program starting), the dialog waits for it.
    if (isVisible())
        dialog->open();
    else
        QTimer::singleShot(0, dialog, [dialog] { dialog->open(); });
}

bool MainWindow::mayLogInAs(const QString &name)
{
    if (!m_pagesBuilt || Store::accountKey(name) == Store::accountKey(m_pagesAccount))
        return true;
    int unsaved = 0;
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWindows)) {
        auto *editor = qobject_cast<RecordEditor *>(window.data());
        if (editor && editor->isDirty())
            ++unsaved;
    }
    if (unsaved == 0)
        return true;
    // Asked before the password is checked, done only once it was right: nobody who cannot log
    // in throws away another account's work.
    QMessageBox question(QMessageBox::Warning, tr("Log in as another account"),
        tr("“%1” left %n editor(s) with changes that are not saved. Logging in as “%2” closes "
           "them, and those changes are lost.",
            nullptr, unsaved)
            .arg(m_pagesAccount, name),
        QMessageBox::NoButton, m_loginDialog ? static_cast<QWidget *>(m_loginDialog) : this);
    question.setInformativeText(
        tr("To keep them, log in as “%1” and save them first.").arg(m_pagesAccount));
    QPushButton *close = question.addButton(tr("Close the editors"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == close;
}

void MainWindow::loggedIn()
{
    m_loginDialog = nullptr;
    m_lastInput = Clock::application()->now();
    const QString name = m_store->account() ? m_store->account()->name : QString();
    if (m_pagesBuilt && Store::accountKey(name) == Store::accountKey(m_pagesAccount)) {
        // The same account: everything as it was left, unsaved editors included.
        setLocked(false);
        return;
    }
    // Another account: what the first left open goes with its pages (the editors are the
    // pages' children), and the pages are read again within this account's clearance.
    const QString shownPage = m_pagesBuilt ? currentPageTitle() : m_shownPage;
    m_hiddenWindows.clear();
    clearDatabasePages();
    setLocked(false);
    buildDatabasePages(shownPage);
    startFileChores();
}

void MainWindow::closeDatabase()
{
    // The log-in dialog is closing itself.
    m_loginDialog = nullptr;
    leaveDatabase();
    updateStatus();
    emit loginCancelled();
}

void MainWindow::setLocked(bool locked)
{
    m_locked = locked;
    m_lockedLabel->setText(m_store && m_store->account()
            ? tr("The window is locked: the records come back when the password is typed again.")
            : tr("No record is shown until an account logs in."));
    m_ui->mainSplitter->setVisible(!locked);
    m_lockedLabel->setVisible(locked);
    if (locked) {
        // Every window of this one goes out of sight: editors keep what was typed in them, a
        // dialog waiting for an answer is closed as if cancelled.
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window == this || !window->isVisible() || window == m_loginDialog)
                continue;
            bool ours = false;
            for (QWidget *up = window->parentWidget(); up && !ours; up = up->parentWidget())
                ours = up == this;
            if (!ours)
                continue;
            m_hiddenWindows << window;
            window->hide();
        }
    } else {
        const auto hidden = std::exchange(m_hiddenWindows, {});
        for (const QPointer<QWidget> &window : hidden) {
            if (window)
                window->show();
        }
    }
    updateStatus();
}

void MainWindow::lock()
{
    if (!m_store || !m_store->accountsEnabled() || !m_store->account() || m_locked)
        return;
    setLocked(true);
    askLogIn(LoginDialog::Mode::Locked);
}

bool MainWindow::logOut()
{
    if (!m_store || !m_store->accountsEnabled() || !m_store->account() || m_locked)
        return false;
    // The editors close first, each asking about what is not saved: the next account finds
    // nothing of this one's.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window == this || !window->isVisible())
            continue;
        bool ours = false;
        for (QWidget *up = window->parentWidget(); up && !ours; up = up->parentWidget())
            ours = up == this;
        if (ours && (!window->close() || window->isVisible()))
            return false;
    }
    m_shownPage = currentPageTitle();
    clearDatabasePages();
    m_store->logOut();
    setLocked(true);
    askLogIn(LoginDialog::Mode::LoggedOut);
    return true;
}

void MainWindow::gateActions()
{
    // What each menu action is, for the store: a role that may not take it finds it disabled,
    // its shortcut with it.
    using A = Access::Action;
    Store *store = m_store.get();
    const std::pair<QAction *, A> gated[] = {
        {m_ui->backupAction, A::Maintain},
        {m_ui->restoreAction, A::Maintain},
        {m_ui->backupSettingsAction, A::Configure},
        {m_ui->formatProfileAction, A::Configure},
        {m_ui->previewAction, A::Read},
        {m_ui->printAction, A::Print},
        {m_ui->exportPdfAction, A::Print},
        {m_ui->exportListAction, A::Print},
        {m_ui->inspectionStatisticsAction, A::Read},
        {m_ui->commendationStatisticsAction, A::Read},
        {m_ui->badgeRoundAction, A::Edit},
        {m_ui->badgeNumbersAction, A::Edit},
        {m_ui->newRecordAction, A::Edit},
        {m_ui->findAction, A::Read},
        {m_ui->globalSearchAction, A::Read},
        {m_ui->openRecordAction, A::Read},
    };
    for (const auto &[action, what] : gated)
        RoleGate::gate(action, store, what);
}

void MainWindow::applyRoles()
{
    if (!m_store || !m_auditItem)
        return;
    // The change log is read with its own right; without it the page is not offered (the store
    // would show it empty anyway).
    QString why;
    const bool audit = m_store->allows(Access::Action::ReadAudit, &why);
    m_auditItem->setFlags(audit ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    m_auditItem->setToolTip(0, audit ? QString() : why);
    if (!audit && m_ui->navigationTreeWidget->currentItem() == m_auditItem)
        m_ui->navigationTreeWidget->setCurrentItem(m_conferencesItem);
}

void MainWindow::checkIdle()
{
    if (!m_store || !m_store->accountsEnabled() || !m_store->account() || m_locked)
        return;
    const int minutes = AccountsDialog::idleMinutes(*m_store);
    if (minutes > 0 && m_lastInput.secsTo(Clock::application()->now()) >= minutes * 60)
        lock();
}

void MainWindow::setIdleCheckInterval(int milliseconds)
{
    m_idleTimer->start(milliseconds);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastInput = Clock::application()->now();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::accountStatus() const
{
    return m_accountLabel->isHidden() ? QString() : m_accountLabel->text();
}

void MainWindow::manageAccounts()
{
    if (!m_store || m_locked)
        return;
    QString why;
    if (!m_store->demand(Access::Action::ManageAccounts, &why)) {
        QMessageBox::warning(this, tr("Accounts"), why);
        return;
    }
    const bool wereOn = m_store->accountsEnabled();
    {
        AccountsDialog dialog(m_store.get(), this);
        dialog.exec();
    }
    // The first administrator goes on logged in: the pages are read again as that account.
    if (!wereOn && m_store->accountsEnabled()) {
        const QString shownPage = currentPageTitle();
        clearDatabasePages();
        if (m_store->account()) {
            buildDatabasePages(shownPage);
        } else {
            m_shownPage = shownPage;
            setLocked(true);
            askLogIn(LoginDialog::Mode::LoggedOut);
        }
    }
    updateStatus();
}

void MainWindow::checkIntegrity()
{
    // The check reads the file's pages (SqliteDialect::damage); a server checks its own.
    if (!m_store || m_store->onServer())
        return;
    if (QApplication::activeModalWidget() || QApplication::mouseButtons() != Qt::NoButton) {
        m_integrityTimer->start(m_integrityDelay);
        return;
    }
    // Read through a connection of its own on a thread of its own: the window goes on.
    const QString path = m_store->path();
    auto problems = std::make_shared<QStringList>();
    QThread *thread
        = QThread::create([path, problems] { *problems = SqliteDialect::damage(path); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, path, problems] {
        if (problems->isEmpty() || !m_store || m_store->path() != path)
            return;
        showBanner(tr("The database file is damaged: %1 Make a backup of what can still be read "
                      "(File › Back up), then restore the last good backup (File › Restore).")
                       .arg(problems->mid(0, 3).join(QLatin1Char(' '))));
    });
    thread->start(QThread::LowPriority);
}

void MainWindow::storeChanged(const QString &table, bool external)
{
    m_statusTimer->start();
    // Another window or PC saved: the lists show what the database holds now.
    if (external) {
        m_refreshTimer->start();
        return;
    }
    const auto among = [&table](std::initializer_list<const char *> tables) {
        for (const char *name : tables) {
            if (table == QLatin1String(name))
                return true;
        }
        return false;
    };
    // The counts of an inspection follow its targets and their recommendations.
    if (m_inspectionsPage
        && (table.startsWith(QLatin1String("inspection_"))
            || among({"recommendation", "remedy_event", "issuing_body", "legal_document",
                "document_register"})))
        m_inspectionsPage->refresh();
    if (m_followUpPage
        && among({"recommendation", "remedy_event", "inspection_target", "inspection_team", "unit",
            "person"}))
        m_followUpPage->refresh();
    if (table == QLatin1String("document_register") && m_registerPage)
        m_registerPage->refresh();
    if (m_conferencesPage && among({"conference", "unit", "legal_document"}))
        m_conferencesPage->refresh();
    // The list names forms, units, bodies and conferences, and counts the recipients.
    if (m_commendationsPage
        && (table.startsWith(QLatin1String("commendation"))
            || among({"unit", "issuing_body", "conference", "document_register"})))
        m_commendationsPage->refresh();
}

void MainWindow::refreshPages()
{
    for (DirectoryPage *directory : std::as_const(m_directoryPages)) {
        if (directory)
            directory->refresh();
    }
    if (m_conferencesPage)
        m_conferencesPage->refresh();
    if (m_registerPage)
        m_registerPage->refresh();
    if (m_inspectionsPage)
        m_inspectionsPage->refresh();
    if (m_followUpPage)
        m_followUpPage->refresh();
    if (m_commendationsPage)
        m_commendationsPage->refresh();
}

QWidget *MainWindow::page(Page which) const
{
    if (!m_store || !m_pagesBuilt)
        return nullptr;
    auto *self = const_cast<MainWindow *>(this);
    Store *store = m_store.get();
    const auto once = [this](auto *&slot, auto make) -> QWidget * {
        if (!slot) {
            slot = make();
            m_ui->pagesStackedWidget->addWidget(slot);
        }
        return slot;
    };
    switch (which) {
    case Page::Register:
        return once(m_registerPage, [&] { return new RegisterPage(store, self); });
    case Page::Audit:
        return once(m_auditPage, [&] { return new AuditPage(store, self); });
    case Page::Inspections:
        return once(m_inspectionsPage, [&] { return new InspectionsPage(store, self); });
    case Page::Commendations:
        return once(m_commendationsPage, [&] { return new CommendationsPage(store, self); });
    case Page::FollowUp:
        return once(m_followUpPage, [&] { return new FollowUpPage(store, self); });
    case Page::Statistics:
        return once(m_statisticsPage, [&] { return new StatisticsPage(store, self); });
    case Page::Units:
    case Page::People:
    case Page::Documents:
    case Page::IssuingBodies:
    case Page::CommendationForms: {
        const int index = int(which) - int(Page::Units);
        return once(m_directoryPages[index],
            [&] { return new DirectoryPage(DirectoryPage::Kind(index), store, self); });
    }
    }
    return nullptr;
}

DirectoryPage *MainWindow::directoryPage(int kind) const
{
    return static_cast<DirectoryPage *>(page(Page(int(Page::Units) + kind)));
}

FollowUpPage *MainWindow::followUpPage() const
{
    return static_cast<FollowUpPage *>(page(Page::FollowUp));
}

RegisterPage *MainWindow::registerPage() const
{
    return static_cast<RegisterPage *>(page(Page::Register));
}

CommendationsPage *MainWindow::commendationsPage() const
{
    return static_cast<CommendationsPage *>(page(Page::Commendations));
}

InspectionsPage *MainWindow::inspectionsPage() const
{
    return static_cast<InspectionsPage *>(page(Page::Inspections));
}

AuditPage *MainWindow::auditPage() const
{
    return static_cast<AuditPage *>(page(Page::Audit));
}

StatisticsPage *MainWindow::statisticsPage() const
{
    return static_cast<StatisticsPage *>(page(Page::Statistics));
}

QStringList MainWindow::pageTitles() const
{
    QStringList titles;
    for (QTreeWidgetItemIterator it(m_ui->navigationTreeWidget); *it; ++it)
        titles << titleOf(*it);
    return titles;
}

QString MainWindow::currentPageTitle() const
{
    const QTreeWidgetItem *current = m_ui->navigationTreeWidget->currentItem();
    return current ? titleOf(current) : QString();
}

void MainWindow::showPageOf(Page which)
{
    for (QTreeWidgetItemIterator it(m_ui->navigationTreeWidget); *it; ++it) {
        if ((*it)->data(0, LazyPageRole) == int(which)) {
            m_ui->navigationTreeWidget->setCurrentItem(*it);
            return;
        }
    }
}

QWidget *MainWindow::openRecord(const QString &table, qint64 id, bool showItsPage)
{
    if (!m_store || !m_pagesBuilt || m_locked || id <= 0)
        return nullptr;
    if (table == QLatin1String("conference")) {
        if (showItsPage) {
            m_ui->navigationTreeWidget->setCurrentItem(m_conferencesItem);
            m_conferencesPage->selectId(id);
        }
        return m_conferencesPage->openEditor(id);
    }
    const QStringList directories {
        QStringLiteral("unit"), QStringLiteral("person"), QStringLiteral("legal_document")};
    if (directories.contains(table)) {
        // The directories' pages in their order: units, people, documents.
        const int kind = int(directories.indexOf(table));
        DirectoryPage *directory = directoryPage(kind);
        if (showItsPage) {
            showPageOf(Page(int(Page::Units) + kind));
            directory->selectId(id);
        }
        return directory->openEditor(id);
    }
    if (table == QLatin1String("inspection_team")) {
        if (showItsPage) {
            showPageOf(Page::Inspections);
            inspectionsPage()->selectId(id);
        }
        return inspectionsPage()->openEditor(id);
    }
    if (table == QLatin1String("recommendation")) {
        if (showItsPage) {
            showPageOf(Page::FollowUp);
            followUpPage()->selectId(id);
        }
        return followUpPage()->openHistory(id);
    }
    if (table == QLatin1String("commendation")) {
        if (showItsPage) {
            showPageOf(Page::Commendations);
            commendationsPage()->selectId(id);
        }
        return commendationsPage()->openCommendation(id);
    }
    if (table == QLatin1String("document_register")) {
        // The register has no editor: the entry is shown selected among every year's.
        showPageOf(Page::Register);
        RegisterPage *entries = registerPage();
        entries->setYear(0);
        entries->setType(QString());
        entries->selectId(id);
        return entries;
    }
    if (table == QLatin1String("inspection_target")) {
        auto *editor = new TargetEditor(m_store.get(), id, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
        return editor;
    }
    return nullptr;
}

void MainWindow::showPage(const QString &title)
{
    for (QTreeWidgetItemIterator it(m_ui->navigationTreeWidget); *it; ++it) {
        if (titleOf(*it) == title) {
            m_ui->navigationTreeWidget->setCurrentItem(*it);
            return;
        }
    }
}

QString MainWindow::statusCounts() const
{
    return m_countsLabel->text();
}

void MainWindow::showBanner(const QString &text)
{
    // Styled when first needed: a style sheet costs every window that opens.
    if (!text.isEmpty() && m_ui->bannerLabel->styleSheet().isEmpty())
        m_ui->bannerLabel->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdf2d0; border: 1px solid #e0c36a; padding: 6px; }"));
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setVisible(!text.isEmpty());
}

QString MainWindow::banner() const
{
    return m_ui->bannerLabel->isVisible() ? m_ui->bannerLabel->text() : QString();
}

void MainWindow::printCurrent(int how)
{
    if (how != 0 && m_store && !RoleGate::demand(this, m_store.get(), Access::Action::Print))
        return;
    QWidget *current = m_ui->pagesStackedWidget->currentWidget();
    if (m_registerPage && current == m_registerPage) {
        m_registerPage->reprint();
        return;
    }
    if (m_commendationsPage && current == m_commendationsPage) {
        if (how == 0)
            m_commendationsPage->preview();
        else if (how == 1)
            m_commendationsPage->print();
        else
            m_commendationsPage->exportDocument();
        return;
    }
    if (m_statisticsPage && current == m_statisticsPage) {
        if (how == 0)
            m_statisticsPage->preview();
        else if (how == 1)
            m_statisticsPage->print();
        else
            m_statisticsPage->exportDocument();
        return;
    }
    if (m_inspectionsPage && current == m_inspectionsPage) {
        if (how == 0)
            m_inspectionsPage->preview();
        else if (how == 1)
            m_inspectionsPage->print();
        else
            m_inspectionsPage->exportDocument();
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
    if (!m_store || !RoleGate::demand(this, m_store.get(), Access::Action::Configure))
        return;
    FormatProfileDialog dialog(m_store.get(), this);
    dialog.exec();
}

bool MainWindow::refusedOnServer(const QString &title)
{
    if (!m_store || !m_store->onServer())
        return false;
    QMessageBox::information(this, title, serverBackupSentence());
    return true;
}

void MainWindow::editBackupSettings()
{
    if (!m_store || refusedOnServer(tr("Automatic backups"))
        || !RoleGate::demand(this, m_store.get(), Access::Action::Configure))
        return;
    BackupSettingsDialog dialog(m_store.get(), this);
    dialog.exec();
}

void MainWindow::updateStatus()
{
    // A file waiting for a log-in, or a locked window, offers nothing of the file.
    const bool open = m_store != nullptr && m_pagesBuilt && !m_locked;
    const bool writable = open && !m_store->isReadOnly();
    const bool accounts = m_store && m_store->accountsEnabled();
    const auto account = m_store ? m_store->account() : std::nullopt;
    m_ui->lockAction->setEnabled(open && accounts && account);
    m_ui->logOutAction->setEnabled(open && accounts && account);
    QString why;
    const bool manage = open && m_store->allows(Access::Action::ManageAccounts, &why);
    m_ui->accountsAction->setEnabled(manage);
    m_ui->accountsAction->setToolTip(manage || !open ? QString() : why);
    m_countsLabel->setVisible(open);
    m_accountLabel->setVisible(accounts && account);
    if (accounts && account)
        m_accountLabel->setText(
            tr("%1 — %2 — %3")
                .arg(account->fullName.isEmpty() ? account->name : account->fullName,
                    Access::label(account->role),
                    Labels::label(Labels::Enum::Secrecy, account->clearance)));
    for (QAction *action : {m_ui->backupAction, m_ui->formatProfileAction, m_ui->previewAction,
             m_ui->printAction, m_ui->exportPdfAction, m_ui->findAction, m_ui->openRecordAction,
             m_ui->backupSettingsAction, m_ui->inspectionStatisticsAction, m_ui->exportListAction})
        action->setEnabled(open);
    // Nothing to search without a file, or while the window is locked.
    m_ui->globalSearchAction->setEnabled(open);
    m_searchField->setEnabled(open);
    m_searchField->setStore(open ? m_store.get() : nullptr);
    m_ui->newRecordAction->setEnabled(writable);
    m_ui->badgeRoundAction->setEnabled(writable);
    m_ui->badgeNumbersAction->setEnabled(writable);
    m_ui->restoreAction->setEnabled(open && !m_store->isReadOnly());
    // A file's copies are the program's to make; a server's are its administrator's.
    const bool onServer = m_store && m_store->onServer();
    // (On a file the role gates say why an action is not offered.)
    for (QAction *action : {m_ui->backupAction, m_ui->restoreAction, m_ui->backupSettingsAction}) {
        if (onServer) {
            action->setEnabled(false);
            action->setToolTip(serverBackupSentence());
        }
    }
    if (!m_store) {
        setWindowTitle(tr("Secretariat"));
        m_fileLabel->setText(tr("No database is open."));
        m_fileLabel->setToolTip(QString());
        m_countsLabel->clear();
        showBanner(QString());
        return;
    }
    // A server by its address (which never holds the password), a file by its name.
    const QString shown = shownDatabase(*m_store);
    const QString name = onServer ? shown : QFileInfo(m_store->path()).fileName();
    setWindowTitle(m_store->isReadOnly() ? tr("%1 (read only) — Secretariat").arg(name)
                                         : tr("%1 — Secretariat").arg(name));
    m_fileLabel->setText(tr("Database: %1").arg(shown));
    m_fileLabel->setToolTip(shown);
    // The counts follow a moment later: the first frame does not wait for them.
    m_statusTimer->start();
}

void MainWindow::updateCounts()
{
    if (!m_store || !m_pagesBuilt)
        return;
    // What the pages show.
    const QStringList tables {QStringLiteral("conference"), QStringLiteral("inspection_team"),
        QStringLiteral("unit"), QStringLiteral("person"), QStringLiteral("legal_document")};
    QStringList counts;
    for (const auto &[table, count] : Lookups::counts(*m_store, tables))
        counts << Catalogue::tableCount(table, int(count));
    // Awards given: the accepted recipients of decided commendations.
    counts << tr("%n award(s)", nullptr, CommendationLists::awardedCount(*m_store));
    // The recommendations past their deadline and not remedied (Remedies' one rule).
    if (const int overdue = Remedies::overdueCount(*m_store))
        counts << tr("%n overdue recommendation(s)", nullptr, overdue);
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
    // What is due follows the saves too.
    if (m_startPage)
        m_startPage->refresh();
    updateNavigationCounts();
}

void MainWindow::updateNavigationCounts()
{
    if (!m_startPage)
        return;
    const WorkDue::Summary &due = m_startPage->summary();
    using K = WorkDue::Kind;
    const std::pair<QTreeWidgetItem *, int> areas[] = {
        {m_startItem, m_startPage->totalCount()},
        {m_conferencesItem, due.total(K::ConferenceWithoutInvitation)},
        {m_inspectionsItem, due.total(K::LateSelfReport)},
        {m_followUpItem, due.total(K::OverdueRecommendation) + due.total(K::RecommendationDueSoon)},
        {m_commendationsItem, due.total(K::BadgeDue)},
        {m_registerItem, due.total(K::DocumentAwaitingNumber)},
    };
    for (const auto &[item, count] : areas) {
        if (!item)
            continue;
        // Items made by the pages (the register) learn their title the first time.
        if (!item->data(0, TitleRole).isValid())
            item->setData(0, TitleRole, item->text(0));
        const QString title = titleOf(item);
        //: An area of the navigation and how many of its records are due ("Khen thưởng (3)").
        item->setText(0, count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    }
}

void MainWindow::showDueList(int kind)
{
    // The whole list of a start page group: the page and the filter nearest to it.
    using K = WorkDue::Kind;
    switch (K(kind)) {
    case K::OverdueRecommendation:
    case K::RecommendationDueSoon:
        showPage(tr("Inspection conclusions"));
        if (FollowUpPage *page = followUpPage()) {
            // The list's nearest filter to "within 7 days" is its 30 days.
            if (K(kind) == K::OverdueRecommendation)
                page->setOverdueOnly(true);
            else
                page->setDueSoonOnly(true);
        }
        break;
    case K::LateSelfReport:
        showPage(tr("Inspection teams"));
        if (InspectionsPage *page = inspectionsPage())
            page->setStatus(QStringLiteral("working"));
        break;
    case K::ConferenceWithoutInvitation:
        showPage(tr("Conferences"));
        break;
    case K::DocumentAwaitingNumber:
        showPage(tr("Commendations"));
        break;
    case K::BadgeDue:
        m_ui->badgeRoundAction->trigger();
        break;
    }
}

void MainWindow::openCurrent()
{
    // Edit › Open record: the selected line of the page shown, in its editor.
    QWidget *current = m_ui->pagesStackedWidget->currentWidget();
    if (!m_store || !current)
        return;
    if (current == m_startPage)
        m_startPage->openCurrent();
    else if (current == m_conferencesPage)
        m_conferencesPage->editCurrent();
    else if (current == m_inspectionsPage)
        m_inspectionsPage->editCurrent();
    else if (current == m_commendationsPage)
        m_commendationsPage->editCurrent();
    else if (current == m_followUpPage)
        m_followUpPage->openHistory();
    else if (auto *directory = qobject_cast<DirectoryPage *>(current))
        directory->editCurrent();
    else
        statusBar()->showMessage(tr("This page has no record to open."), 6000);
}

void MainWindow::newDatabase()
{
    const QString path = FileDialogs::saveFile(this, tr("New database"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Secretariat database (*.sqlite)"));
    if (path.isEmpty())
        return;
    const QString previous = m_store ? m_store->path() : QString();
    QString error;
    if (!openDatabase(path, Store::OpenMode::CreateNew, &error)) {
        QMessageBox::critical(this, tr("New database"), error);
        // A server stayed open; a file was closed and is opened again.
        if (!m_store && !previous.isEmpty())
            openDatabase(previous, Store::OpenMode::MustExist);
    }
}

void MainWindow::chooseDatabase()
{
    const QString path = FileDialogs::openFile(this, tr("Open database"),
        m_store && !m_store->onServer() ? QFileInfo(m_store->path()).absolutePath() : QString(),
        tr("Secretariat database (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString previous = m_store ? m_store->path() : QString();
    QString error;
    if (!openDatabase(path, Store::OpenMode::MustExist, &error)) {
        QMessageBox::critical(this, tr("Open database"), error);
        if (!m_store && !previous.isEmpty())
            openDatabase(previous, Store::OpenMode::MustExist);
    }
}

bool MainWindow::backup(const QString &chosen)
{
    if (!m_store || refusedOnServer(tr("Back up"))
        || !RoleGate::demand(this, m_store.get(), Access::Action::Maintain))
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        const QFileInfo current(m_store->path());
        const QString suggested = current.absoluteDir().filePath(
            QStringLiteral("%1-%2.sqlite")
                .arg(current.completeBaseName(),
                    m_store->now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
        path = FileDialogs::saveFile(
            this, tr("Back up the database"), suggested, tr("Secretariat database (*.sqlite)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!Backup::create(*m_store, path, &error)) {
        QMessageBox::critical(this, tr("Back up"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::restore(const QString &chosen)
{
    if (!m_store || refusedOnServer(tr("Restore")) || m_store->isReadOnly()
        || !RoleGate::demand(this, m_store.get(), Access::Action::Maintain))
        return false;
    const QString databasePath = m_store->path();
    QString path = chosen;
    if (path.isEmpty()) {
        const QString folder = Backup::folderOf(*m_store, Backup::settings(*m_store));
        path = FileDialogs::openFile(this, tr("Restore from a backup"),
            QDir(folder).exists() ? folder : QFileInfo(databasePath).absolutePath(),
            tr("Secretariat database (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!Backup::check(path, &error)) {
        QMessageBox::critical(this, tr("Restore"), error);
        return false;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Restore"),
        tr("Replace the database “%1” with the backup “%2”?")
            .arg(QFileInfo(databasePath).fileName(), QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("The database as it is now is kept beside it as a copy, so "
                                  "nothing is lost. Windows open elsewhere on it must be closed "
                                  "first."));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    const QString shownPage = currentPageTitle();
    clearDatabasePages();
    m_store.reset();
    const std::optional<QString> kept
        = Backup::restore(path, databasePath, Clock::application()->now(), &error);
    QString reopenError;
    const bool reopened = openDatabase(databasePath, Store::OpenMode::MustExist, &reopenError);
    showPage(shownPage);
    if (!kept) {
        QMessageBox::critical(
            this, tr("Restore"), reopened ? error : error + QLatin1Char('\n') + reopenError);
        return false;
    }
    if (!reopened) {
        QMessageBox::critical(this, tr("Restore"), reopenError);
        return false;
    }
    // Where the old file went matters, and a path does not fit the status bar.
    QMessageBox done(QMessageBox::Information, tr("Restore"),
        tr("Restored from %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    if (!kept->isEmpty())
        done.setInformativeText(
            tr("The database as it was is kept as %1.").arg(QDir::toNativeSeparators(*kept)));
    done.exec();
    return true;
}

void MainWindow::dailyBackup()
{
    if (!m_store || m_store->onServer() || m_store->isReadOnly()
        || !Backup::settings(*m_store).daily || !Backup::dailyDue(*m_store))
        return;
    QString error;
    if (const auto made = Backup::automatic(*m_store, &error))
        statusBar()->showMessage(
            tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(*made)), 6000);
    else
        statusBar()->showMessage(tr("The daily backup could not be made: %1").arg(error));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_store && !m_store->onServer() && !m_store->isReadOnly()
        && Backup::settings(*m_store).onClose) {
        QString error;
        if (!Backup::automatic(*m_store, &error)
            && QMessageBox::warning(this, tr("Back up"),
                   tr("The backup made on closing failed: %1").arg(error),
                   QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Secretariat"),
        tr("<h3>Secretariat %1</h3>"
           "<p>Conferences, inspection teams and their findings, commendations, and the "
           "printed Party documents of a committee's office.</p>"
           "<p>Database: %2</p>")
            .arg(QStringLiteral(SECRETARIAT_VERSION),
                m_store ? shownDatabase(*m_store).toHtmlEscaped() : tr("none")));
}

#include "directorypage.h"
#include "ui_directorypage.h"

#include "commendationformeditor.h"
#include "directoryimportdialog.h"
#include "issuingbodyeditor.h"
#include "legaldocumenteditor.h"
#include "personeditor.h"
#include "uniteditor.h"
#include "gui/common/filedialogs.h"
#include "gui/common/listviews.h"
#include "io/tablesource.h"
#include "gui/common/rolegate.h"
#include "core/catalogue.h"
#include "models/commendationformmodels.h"
#include "models/directorymodels.h"
#include "models/issuingbodymodels.h"
#include "models/unittreemodel.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHeaderView>
#include <QMessageBox>

namespace {

// Each directory: its table, its list and its editor.
struct Directory
{
    DirectoryPage::Kind kind;
    const char *table;
    const char *title;
    SqlListModel *(*list)(Store *, QObject *);
    RecordEditor *(*editor)(Store *, qint64, QWidget *);
};

template <typename Editor> RecordEditor *make(Store *store, qint64 id, QWidget *parent)
{
    return new Editor(store, id, parent);
}

const Directory directories[] = {
    {DirectoryPage::Kind::Units, "unit", QT_TRANSLATE_NOOP("DirectoryPage", "Units"),
        &DirectoryModels::units, &make<UnitEditor>},
    {DirectoryPage::Kind::People, "person", QT_TRANSLATE_NOOP("DirectoryPage", "People"),
        &DirectoryModels::people, &make<PersonEditor>},
    {DirectoryPage::Kind::Documents, "legal_document",
        QT_TRANSLATE_NOOP("DirectoryPage", "Documents"), &DirectoryModels::documents,
        &make<LegalDocumentEditor>},
    {DirectoryPage::Kind::IssuingBodies, "issuing_body",
        QT_TRANSLATE_NOOP("DirectoryPage", "Issuing bodies"), &IssuingBodyModels::list,
        &make<IssuingBodyEditor>},
    {DirectoryPage::Kind::CommendationForms, "commendation_form",
        QT_TRANSLATE_NOOP("DirectoryPage", "Forms of commendation"), &CommendationFormModels::list,
        &make<CommendationFormEditor>},
};

const Directory &directory(DirectoryPage::Kind kind)
{
    for (const Directory &candidate : directories) {
        if (candidate.kind == kind)
            return candidate;
    }
    Q_UNREACHABLE();
}

} // namespace

DirectoryPage::DirectoryPage(Kind kind, Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DirectoryPage>())
    , m_kind(kind)
    , m_store(store)
    , m_model(directory(kind).list(store, this))
{
    m_ui->setupUi(this);
    if (kind == Kind::Units) {
        m_treeModel = new UnitTreeModel(store, this);
        m_ui->unitsTreeView->setModel(m_treeModel);
        m_ui->unitsTreeView->header()->setSectionResizeMode(
            UnitTreeModel::Name, QHeaderView::Stretch);
        m_ui->unitsTreeView->header()->setStretchLastSection(false);
        m_ui->unitsTreeView->expandAll();
        connect(m_ui->unitsTreeView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &DirectoryPage::updateButtons);
    }
    m_ui->treeToolButton->setVisible(m_treeModel != nullptr);
    m_ui->titleLabel->setText(title());

    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] {
        updateCount();
        selectFirstIfNone();
    });
    // Issuing bodies are the office's configuration; the other directories are records. Edit
    // opens a record read-only for a role that may not change it.
    const Access::Action writes = Catalogue::table(tableName())->writtenWith;
    RoleGate::gate(ListViews::addShortcuts(this, m_ui->filterLineEdit,
                       {[this] { editCurrent(); }, [this] { deleteCurrent(); }}),
        m_store, writes);
    RoleGate::gate(m_ui->newButton, m_store, writes);
    RoleGate::gate(m_ui->deleteButton, m_store, writes);
    RoleGate::gate(m_ui->importButton, m_store, writes);
    m_ui->importButton->setVisible(kind == Kind::People || kind == Kind::Units);
    m_ui->importButton->setEnabled(!store->isReadOnly());
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { importFile(); });
    ListViews::showFailure(m_ui->failureLabel, m_model->errorString());
    connect(m_model, &SqlListModel::queryFailed, this,
        [this](const QString &sentence) { ListViews::showFailure(m_ui->failureLabel, sentence); });
    m_ui->newButton->setEnabled(!store->isReadOnly());
    connect(m_ui->treeToolButton, &QToolButton::toggled, this, [this](bool tree) {
        m_ui->viewsStackedWidget->setCurrentWidget(
            tree ? static_cast<QWidget *>(m_ui->unitsTreeView) : m_ui->recordsTableView);
        m_ui->filterLineEdit->setEnabled(!tree);
        updateButtons();
    });

    connect(m_ui->newButton, &QPushButton::clicked, this, &DirectoryPage::newRecord);
    connect(m_ui->editButton, &QPushButton::clicked, this, &DirectoryPage::editCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DirectoryPage::deleteCurrent);
    connect(table, &QTableView::activated, this, &DirectoryPage::editCurrent);
    connect(m_ui->unitsTreeView, &QTreeView::activated, this, &DirectoryPage::editCurrent);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DirectoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateButtons);

    setFocusProxy(m_ui->filterLineEdit);
    selectFirstIfNone();
    updateCount();
}

DirectoryPage::~DirectoryPage() = default;

QString DirectoryPage::title(Kind kind)
{
    return tr(directory(kind).title);
}

QString DirectoryPage::tableName() const
{
    return QLatin1String(directory(m_kind).table);
}

void DirectoryPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *DirectoryPage::exportView() const
{
    return m_ui->recordsTableView;
}

qint64 DirectoryPage::currentId() const
{
    if (m_treeModel && m_ui->treeToolButton->isChecked())
        return m_treeModel->idAt(m_ui->unitsTreeView->currentIndex());
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QString DirectoryPage::currentName() const
{
    if (m_treeModel && m_ui->treeToolButton->isChecked())
        return m_ui->unitsTreeView->currentIndex().siblingAtColumn(0).data().toString();
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(1).data().toString() : QString();
}

void DirectoryPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 1);
        m_ui->recordsTableView->setCurrentIndex(index);
        m_ui->recordsTableView->scrollTo(index);
    }
    if (m_treeModel) {
        const QModelIndex index = m_treeModel->indexOfId(id);
        if (index.isValid())
            m_ui->unitsTreeView->setCurrentIndex(index);
    }
}

RecordEditor *DirectoryPage::newRecord()
{
    if (!RoleGate::demand(this, m_store, Catalogue::table(tableName())->writtenWith))
        return nullptr;
    return openEditor(0);
}

RecordEditor *DirectoryPage::editCurrent()
{
    const qint64 id = currentId();
    return id ? openEditor(id) : nullptr;
}

RecordEditor *DirectoryPage::openEditor(qint64 id)
{
    RecordEditor *editor = directory(m_kind).editor(m_store, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RecordEditor::saved, this, [this](qint64 savedId) {
        refresh();
        selectId(savedId);
        emit changed();
    });
    editor->open();
    return editor;
}

void DirectoryPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id || m_store->isReadOnly()
        || !RoleGate::demand(this, m_store, Catalogue::table(tableName())->writtenWith))
        return;
    const QString name = VietnameseText::elide(currentName(), 120);
    QMessageBox confirm(QMessageBox::Question, tr("Delete"),
        tr("Delete “%1” from the directory?").arg(name), QMessageBox::Yes | QMessageBox::Cancel,
        this);
    confirm.setInformativeText(tr("This cannot be undone."));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const Store::Result result = m_store->remove(tableName(), id);
    if (!result.ok() && result.outcome != Store::Outcome::Gone) {
        QMessageBox::warning(this, tr("Not deleted"),
            result.outcome == Store::Outcome::Changed
                ? tr("“%1” was changed in another window meanwhile; look at "
                     "it again before deleting it.")
                      .arg(name)
                : result.error);
        return;
    }
    refresh();
    emit changed();
}

void DirectoryPage::selectFirstIfNone()
{
    if (!m_ui->recordsTableView->currentIndex().isValid() && m_model->rowCount() > 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(0, 1));
    if (m_treeModel && !m_ui->unitsTreeView->currentIndex().isValid()
        && m_treeModel->rowCount() > 0)
        m_ui->unitsTreeView->setCurrentIndex(m_treeModel->index(0, 0));
    updateButtons();
}

void DirectoryPage::refresh()
{
    const qint64 current = currentId();
    m_model->refresh();
    if (m_treeModel) {
        m_treeModel->reload();
        m_ui->unitsTreeView->expandAll();
    }
    updateCount();
    if (current)
        selectId(current);
    selectFirstIfNone();
}

void DirectoryPage::updateCount()
{
    const int count = m_model->matchingCount();
    m_ui->countLabel->setText(m_model->filterText().trimmed().isEmpty()
            ? tr("%n record(s)", nullptr, count)
            : tr("%n record(s) match the filter", nullptr, count));
}

void DirectoryPage::updateButtons()
{
    const bool hasCurrent = currentId() != 0;
    m_ui->editButton->setEnabled(hasCurrent);
    m_ui->deleteButton->setEnabled(hasCurrent && !m_store->isReadOnly());
}

int DirectoryPage::importFile(const QString &chosenPath)
{
    if ((m_kind != Kind::People && m_kind != Kind::Units) || m_store->isReadOnly()
        || !RoleGate::demand(this, m_store, Catalogue::table(tableName())->writtenWith))
        return 0;
    const bool people = m_kind == Kind::People;
    QString path = chosenPath;
    if (path.isEmpty()) {
        path = FileDialogs::openFile(this, people ? tr("Import people") : tr("Import units"),
            QString(), TableSource::fileFilter());
        if (path.isEmpty())
            return 0;
    }
    DirectoryImportDialog dialog(
        m_store, people ? DirectoryCsv::Kind::People : DirectoryCsv::Kind::Units, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    refresh();
    emit changed();
    return dialog.importedCount();
}

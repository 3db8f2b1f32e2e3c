#include "registerpage.h"
#include "ui_registerpage.h"

#include "gui/common/documentprinter.h"
#include "gui/common/issuedcopy.h"
#include "gui/common/listviews.h"
#include "gui/common/rolegate.h"
#include "models/lookups.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "reports/reports.h"
#include "storage/documentregister.h"
#include "storage/store.h"

#include <QInputDialog>
#include <QMessageBox>

RegisterPage::RegisterPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RegisterPage>())
    , m_store(store)
    , m_model(WorkLists::outgoingRegister(store, this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    fillFilters();
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] { updateState(); });
    ListViews::addShortcuts(this, m_ui->filterLineEdit);
    ListViews::showFailure(m_ui->failureLabel, m_model->errorString());
    connect(m_model, &SqlListModel::queryFailed, this,
        [this](const QString &sentence) { ListViews::showFailure(m_ui->failureLabel, sentence); });
    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("year"), QStringLiteral("r.year = ?"),
            m_ui->yearComboBox->currentData());
        updateState();
    });
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("type"), QStringLiteral("r.type_code = ?"),
            m_ui->typeComboBox->currentData());
        updateState();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RegisterPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::updateState);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &RegisterPage::reprint);
    RoleGate::gate(m_ui->cancelNumberButton, m_store, Access::Action::Issue);
    connect(m_ui->cancelNumberButton, &QPushButton::clicked, this, [this] { cancelNumber(); });
    connect(table, &QTableView::activated, this, &RegisterPage::reprint);
    setFocusProxy(m_ui->filterLineEdit);
    updateState();
}

RegisterPage::~RegisterPage() = default;

void RegisterPage::fillFilters()
{
    const QVariant year = m_ui->yearComboBox->currentData();
    const QVariant type = m_ui->typeComboBox->currentData();
    const QSignalBlocker yearBlocker(m_ui->yearComboBox);
    const QSignalBlocker typeBlocker(m_ui->typeComboBox);
    m_ui->yearComboBox->clear();
    m_ui->yearComboBox->addItem(tr("All years"), QVariant());
    for (const int year : Lookups::registerYears(*m_store))
        m_ui->yearComboBox->addItem(QString::number(year), year);
    m_ui->typeComboBox->clear();
    m_ui->typeComboBox->addItem(tr("All types"), QVariant());
    for (const Lookups::Item &type : Lookups::documentTypes(*m_store))
        m_ui->typeComboBox->addItem(type.text, type.value);
    m_ui->yearComboBox->setCurrentIndex(qMax(0, m_ui->yearComboBox->findData(year)));
    m_ui->typeComboBox->setCurrentIndex(qMax(0, m_ui->typeComboBox->findData(type)));
}

qint64 RegisterPage::currentId() const
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void RegisterPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(row, WorkLists::RegisterCode));
}

void RegisterPage::setYear(int year)
{
    m_ui->yearComboBox->setCurrentIndex(year ? qMax(0, m_ui->yearComboBox->findData(year)) : 0);
}

void RegisterPage::setType(const QString &typeCode)
{
    m_ui->typeComboBox->setCurrentIndex(
        typeCode.isEmpty() ? 0 : qMax(0, m_ui->typeComboBox->findData(typeCode)));
}

void RegisterPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *RegisterPage::exportView() const
{
    return m_ui->recordsTableView;
}

void RegisterPage::refresh()
{
    const qint64 id = currentId();
    fillFilters();
    m_model->refresh();
    selectId(id);
    updateState();
}

void RegisterPage::updateState()
{
    const auto entry = DocumentRegister::find(*m_store, currentId());
    const bool issued = entry && entry->status == QLatin1String("issued");
    m_ui->reprintButton->setEnabled(issued
        && Reports::subjectTable(entry->reportKind) == entry->subject.table
        && entry->subject.isValid());
    m_ui->cancelNumberButton->setEnabled(issued && !m_store->isReadOnly());
    m_ui->countLabel->setText(
        tr("%n number(s) in the register match.", nullptr, m_model->matchingCount()));
}

void RegisterPage::reprint()
{
    const auto entry = DocumentRegister::find(*m_store, currentId());
    if (!entry || entry->status != QLatin1String("issued"))
        return;
    // The copy kept when it was issued, byte for byte; numbers given before copies were kept
    // are made again from their record.
    QString error;
    if (DocumentRegister::hasFile(*m_store, entry->id)) {
        if (const auto file = DocumentRegister::file(*m_store, entry->id, &error))
            IssuedCopy::preview(*file, entry->code, this);
        else
            QMessageBox::warning(this, tr("Reprint"), error);
        return;
    }
    if (!entry->subject.isValid())
        return;
    const auto built = Reports::build(*m_store, entry->reportKind, entry->subject.id, &error);
    if (!built) {
        QMessageBox::warning(this, tr("Reprint"), error);
        return;
    }
    DocumentPrinter::preview(*built, this);
}

bool RegisterPage::cancelNumber(const QString &reason)
{
    const auto entry = DocumentRegister::find(*m_store, currentId());
    if (!entry || !RoleGate::demand(this, m_store, Access::Action::Issue))
        return false;
    QString why = reason;
    if (why.isEmpty()) {
        bool ok = false;
        why = QInputDialog::getText(this, tr("Cancel number"),
            tr("Why is number %1 cancelled? It stays used and is never "
               "given again.")
                .arg(entry->code),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    QString error;
    if (!DocumentRegister::cancel(*m_store, entry->id, why, &error)) {
        QMessageBox::warning(this, tr("Cancel number"), error);
        return false;
    }
    refresh();
    emit changed();
    return true;
}

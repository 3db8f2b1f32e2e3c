#include "commendationspage.h"
#include "ui_commendationspage.h"

#include "commendationeditor.h"
#include "gui/common/listviews.h"
#include "gui/common/rolegate.h"
#include "models/commendationlists.h"
#include "models/lookups.h"
#include "models/sqllistmodel.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

CommendationsPage::CommendationsPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommendationsPage>())
    , m_store(store)
    , m_model(CommendationLists::commendations(store, this))
{
    m_ui->setupUi(this);
    // The title is the navigation's, word for word.
    m_ui->titleLabel->setText(QCoreApplication::translate("MainWindow", "Commendations"));
    for (const QString &kind : Reports::kinds(QStringLiteral("commendation")))
        m_ui->reportKindComboBox->addItem(Reports::kindTitle(kind), kind);
    fillFilters();
    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant year = m_ui->yearComboBox->currentData();
        // A year is a range of dates: from its 1 January to the next.
        const QString from = QStringLiteral("%1-01-01").arg(year.toInt());
        const QString to = QStringLiteral("%1-01-01").arg(year.toInt() + 1);
        m_model->setCondition(QStringLiteral("year"), CommendationLists::yearCondition(),
            year.isNull() ? QVariantList() : QVariantList {from, to, from, to});
        selectFirst();
    });
    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("body"), QStringLiteral("c.issuing_body_id = ?"),
            m_ui->bodyComboBox->currentData());
        selectFirst();
    });
    connect(m_ui->formComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("form"), CommendationLists::formCondition(),
            m_ui->formComboBox->currentData());
        selectFirst();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("status"), QStringLiteral("c.status = ?"),
            m_ui->statusComboBox->currentData());
        selectFirst();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &CommendationsPage::newCommendation);
    connect(m_ui->editButton, &QPushButton::clicked, this, &CommendationsPage::editCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CommendationsPage::deleteCurrent);

    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] {
        if (m_model->rowCount() > 0)
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, CommendationLists::Reason));
        updateState();
    });
    RoleGate::gate(ListViews::addShortcuts(this, m_ui->filterLineEdit,
                       {[this] { editCurrent(); }, [this] { deleteCurrent(); }}),
        m_store, Access::Action::Edit);
    // What a role may lack is not offered (Edit opens the record read-only; preview is
    // everyone's).
    RoleGate::gate(m_ui->newButton, m_store, Access::Action::Edit);
    RoleGate::gate(m_ui->deleteButton, m_store, Access::Action::Edit);
    RoleGate::gate(m_ui->issueNumberButton, m_store, Access::Action::Issue);
    RoleGate::gate(m_ui->printButton, m_store, Access::Action::Print);
    RoleGate::gate(m_ui->exportButton, m_store, Access::Action::Print);

    ListViews::showFailure(m_ui->failureLabel, m_model->errorString());
    connect(m_model, &SqlListModel::queryFailed, this,
        [this](const QString &sentence) { ListViews::showFailure(m_ui->failureLabel, sentence); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CommendationsPage::updateState);
    connect(m_ui->reportKindComboBox, &QComboBox::currentIndexChanged, this,
        &CommendationsPage::updateState);
    connect(m_ui->issueNumberButton, &QPushButton::clicked, this, [this] { issueNumber(); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &CommendationsPage::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &CommendationsPage::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CommendationsPage::exportDocument);
    connect(table, &QTableView::activated, this, &CommendationsPage::editCurrent);
    setFocusProxy(m_ui->filterLineEdit);
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, CommendationLists::Reason));
    updateState();
}

CommendationsPage::~CommendationsPage() = default;

void CommendationsPage::selectFirst()
{
    if (m_model->rowCount() > 0 && !m_ui->recordsTableView->currentIndex().isValid())
        m_ui->recordsTableView->setCurrentIndex(m_model->index(0, CommendationLists::Reason));
    updateState();
}

qint64 CommendationsPage::currentId() const
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void CommendationsPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(row, CommendationLists::Reason));
}

QString CommendationsPage::reportKind() const
{
    return m_ui->reportKindComboBox->currentData().toString();
}

void CommendationsPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *CommendationsPage::exportView() const
{
    return m_ui->recordsTableView;
}

bool CommendationsPage::canAddRecords() const
{
    return !m_store->isReadOnly();
}

void CommendationsPage::refresh()
{
    const qint64 id = currentId();
    fillFilters();
    m_model->refresh();
    selectId(id);
    updateState();
}

void CommendationsPage::fillFilters()
{
    QList<std::pair<QString, QVariant>> years;
    for (const int year : CommendationLists::years(*m_store))
        years.append({QString::number(year), year});
    ListViews::refill(m_ui->yearComboBox, tr("All years"), years);
    QList<std::pair<QString, QVariant>> bodies;
    for (const Lookups::Item &body : Lookups::issuingBodies(*m_store))
        bodies.append({body.text, body.value});
    ListViews::refill(m_ui->bodyComboBox, tr("All bodies"), bodies);
    QList<std::pair<QString, QVariant>> forms;
    for (const Lookups::Item &form : CommendationLists::forms(*m_store))
        forms.append({form.text, form.value});
    // A round of badges has no form of its own: each member gets the badge due.
    forms.append({tr("Party membership badge (round)"), qint64(0)});
    ListViews::refill(m_ui->formComboBox, tr("All forms"), forms);
    QList<std::pair<QString, QVariant>> statuses;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::CommendationStatus))
        statuses.append({choice.label, choice.code});
    ListViews::refill(m_ui->statusComboBox, tr("All"), statuses);
}

void CommendationsPage::setYear(int year)
{
    m_ui->yearComboBox->setCurrentIndex(year ? qMax(0, m_ui->yearComboBox->findData(year)) : 0);
}

void CommendationsPage::setBody(qint64 bodyId)
{
    m_ui->bodyComboBox->setCurrentIndex(bodyId ? qMax(0, m_ui->bodyComboBox->findData(bodyId)) : 0);
}

void CommendationsPage::setForm(qint64 formId)
{
    m_ui->formComboBox->setCurrentIndex(
        formId < 0 ? 0 : qMax(0, m_ui->formComboBox->findData(formId)));
}

void CommendationsPage::setStatus(const QString &status)
{
    m_ui->statusComboBox->setCurrentIndex(
        status.isEmpty() ? 0 : qMax(0, m_ui->statusComboBox->findData(status)));
}

RecordEditor *CommendationsPage::openCommendation(qint64 id)
{
    auto *editor = new CommendationEditor(m_store, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RecordEditor::saved, this, [this](qint64 savedId) {
        fillFilters();
        m_model->refresh();
        selectId(savedId);
        updateState();
        emit changed();
    });
    editor->open();
    return editor;
}

RecordEditor *CommendationsPage::newCommendation()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Edit))
        return nullptr;
    return openCommendation(0);
}

RecordEditor *CommendationsPage::editCurrent()
{
    const qint64 id = currentId();
    return id ? openCommendation(id) : nullptr;
}

void CommendationsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id || m_store->isReadOnly())
        return;
    const QString name = VietnameseText::elide(
        m_model->index(m_ui->recordsTableView->currentIndex().row(), CommendationLists::Reason)
            .data()
            .toString(),
        120);
    // A decided commendation is refused by the store, with its sentence.
    if (!ListViews::confirmAndRemove(this, m_store, QStringLiteral("commendation"), id, name,
            tr("Delete the commendation “%1” with its list of recipients and attachments?")
                .arg(name)))
        return;
    fillFilters();
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(0, CommendationLists::Reason));
    updateState();
    emit changed();
}

void CommendationsPage::updateState()
{
    const qint64 id = currentId();
    const bool documents = m_ui->reportKindComboBox->count() > 0;
    for (QPushButton *button : {m_ui->previewButton, m_ui->printButton, m_ui->exportButton})
        button->setEnabled(id != 0 && documents);
    m_ui->editButton->setEnabled(id != 0);
    const bool writable = !m_store->isReadOnly();
    m_ui->issueNumberButton->setEnabled(id != 0 && writable && documents);
    m_ui->deleteButton->setEnabled(id != 0 && writable);
    m_ui->newButton->setEnabled(writable);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->reportKindComboBox),
             static_cast<QWidget *>(m_ui->draftCheckBox)})
        widget->setEnabled(documents);
    m_ui->countLabel->setText(tr("%n commendation(s)", nullptr, m_model->matchingCount()));
    if (!documents) {
        m_ui->numberLabel->setText(tr("No document of a commendation can be printed yet."));
        return;
    }
    if (!id) {
        m_ui->numberLabel->setText(tr("Select a commendation to print its documents."));
        return;
    }
    m_ui->numberLabel->setText(DocumentActions::state(*m_store, subject(), wording()));
}

DocumentActions::Wording CommendationsPage::wording() const
{
    return {tr("%1: number %2 of %3 in the outgoing document register."),
        tr("%1: no number yet — it prints as a draft with room for the number."),
        tr("The commendation was changed after it was issued: printing gives the issued copy; "
           "issue a replacement to print the changes."),
        tr("This document already has the number %1. To give it another, "
           "cancel that number in the outgoing document register first."),
        tr("The commendation was changed after %1 was issued. Issue “%2” again with the next "
           "number of type %3/%4, dated %5, replacing %1?"),
        tr("Give “%1” the next number of type %2/%3, dated %4?"),
        tr("The document is kept as issued: printing it again gives the same pages. A "
           "number once given is never given again, even if the document is cancelled.")};
}

DocumentActions::Subject CommendationsPage::subject() const
{
    return {reportKind(), currentId(), m_ui->draftCheckBox->isChecked()};
}

void CommendationsPage::preview()
{
    if (currentId() && !reportKind().isEmpty())
        DocumentActions::preview(*m_store, subject(), this);
}

void CommendationsPage::print()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    if (currentId() && !reportKind().isEmpty())
        DocumentActions::print(*m_store, subject(), this);
}

void CommendationsPage::exportDocument()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    if (currentId() && !reportKind().isEmpty())
        DocumentActions::exportDocument(*m_store, subject(), this);
}

bool CommendationsPage::issueNumber(const QDate &date)
{
    if (!RoleGate::demand(this, m_store, Access::Action::Issue))
        return false;
    if (!currentId() || reportKind().isEmpty())
        return false;
    const bool issued = DocumentActions::issueNumber(
        *m_store, {reportKind(), currentId(), false}, date, wording(), this);
    updateState();
    if (issued)
        emit changed();
    return issued;
}

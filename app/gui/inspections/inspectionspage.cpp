#include "inspectionspage.h"
#include "ui_inspectionspage.h"

#include "inspectioneditor.h"
#include "core/clock.h"
#include "gui/common/listviews.h"
#include "gui/common/rolegate.h"
#include "models/inspectionlists.h"
#include "models/lookups.h"
#include "models/sqllistmodel.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QInputDialog>
#include <QMessageBox>

namespace {

const QString teamTable = QStringLiteral("inspection_team");
const QString targetTable = QStringLiteral("inspection_target");

} // namespace

InspectionsPage::InspectionsPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectionsPage>())
    , m_store(store)
    , m_model(InspectionLists::teams(store, this))
{
    m_ui->setupUi(this);
    // The title is the navigation's, word for word.
    m_ui->titleLabel->setText(QCoreApplication::translate("MainWindow", "Inspection teams"));
    for (const QString &kind : reportKinds())
        m_ui->reportKindComboBox->addItem(Reports::kindTitle(kind), kind);
    fillFilters();
    const auto selectFirst = [this] {
        if (m_model->rowCount() > 0 && !m_ui->recordsTableView->currentIndex().isValid())
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, InspectionLists::TeamName));
        updateState();
    };
    connect(m_ui->yearComboBox, &QComboBox::currentIndexChanged, this, [this, selectFirst] {
        const QVariant year = m_ui->yearComboBox->currentData();
        // A year is a range of dates: from its 1 January to the next.
        const QString from = QStringLiteral("%1-01-01").arg(year.toInt());
        const QString to = QStringLiteral("%1-01-01").arg(year.toInt() + 1);
        m_model->setCondition(QStringLiteral("year"), InspectionLists::yearCondition(),
            year.isNull() ? QVariantList() : QVariantList {from, to, from, to});
        selectFirst();
    });
    connect(m_ui->bodyComboBox, &QComboBox::currentIndexChanged, this, [this, selectFirst] {
        m_model->setCondition(QStringLiteral("body"), QStringLiteral("it.issuing_body_id = ?"),
            m_ui->bodyComboBox->currentData());
        selectFirst();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this, selectFirst] {
        m_model->setCondition(QStringLiteral("status"), QStringLiteral("it.status = ?"),
            m_ui->statusComboBox->currentData());
        selectFirst();
    });
    connect(m_ui->secrecyComboBox, &QComboBox::currentIndexChanged, this, [this, selectFirst] {
        m_model->setCondition(QStringLiteral("secrecy"), QStringLiteral("it.secrecy = ?"),
            m_ui->secrecyComboBox->currentData());
        selectFirst();
    });
    connect(m_ui->overdueCheckBox, &QCheckBox::toggled, this, [this, selectFirst] {
        applyOverdue();
        selectFirst();
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &InspectionsPage::newInspection);
    connect(m_ui->editButton, &QPushButton::clicked, this, &InspectionsPage::editCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &InspectionsPage::deleteCurrent);

    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] {
        if (m_model->rowCount() > 0)
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, InspectionLists::TeamName));
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
        &InspectionsPage::updateState);
    connect(m_ui->reportKindComboBox, &QComboBox::currentIndexChanged, this,
        &InspectionsPage::updateState);
    connect(m_ui->issueNumberButton, &QPushButton::clicked, this, [this] { issueNumber(); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &InspectionsPage::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &InspectionsPage::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &InspectionsPage::exportDocument);
    connect(table, &QTableView::activated, this, &InspectionsPage::editCurrent);
    setFocusProxy(m_ui->filterLineEdit);
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, InspectionLists::TeamName));
    updateState();
}

InspectionsPage::~InspectionsPage() = default;

QStringList InspectionsPage::reportKinds() const
{
    QStringList kinds;
    for (const QString &kind : Reports::kinds()) {
        const QString table = Reports::subjectTable(kind);
        if (table == teamTable || table == targetTable)
            kinds << kind;
    }
    return kinds;
}

qint64 InspectionsPage::currentId() const
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void InspectionsPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(row, InspectionLists::TeamName));
}

QString InspectionsPage::reportKind() const
{
    return m_ui->reportKindComboBox->currentData().toString();
}

void InspectionsPage::setReportKind(const QString &kind)
{
    m_ui->reportKindComboBox->setCurrentIndex(qMax(0, m_ui->reportKindComboBox->findData(kind)));
}

bool InspectionsPage::isTargetKind() const
{
    return Reports::subjectTable(reportKind()) == targetTable;
}

void InspectionsPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *InspectionsPage::exportView() const
{
    return m_ui->recordsTableView;
}

bool InspectionsPage::canAddRecords() const
{
    return !m_store->isReadOnly();
}

void InspectionsPage::applyOverdue()
{
    // Overdue is counted against the store's clock: bound as a value, read at each refresh.
    m_model->setCondition(QStringLiteral("overdue"), InspectionLists::overdueCondition(),
        m_ui->overdueCheckBox->isChecked()
            ? QVariant(m_store->clock()->today().toString(Qt::ISODate))
            : QVariant());
}

void InspectionsPage::refresh()
{
    const qint64 id = currentId();
    fillFilters();
    if (m_ui->overdueCheckBox->isChecked())
        applyOverdue(); // refreshes too, with today as it is now
    else
        m_model->refresh();
    selectId(id);
    updateState();
}

void InspectionsPage::fillFilters()
{
    QList<std::pair<QString, QVariant>> years;
    for (const int year : InspectionLists::years(*m_store))
        years.append({QString::number(year), year});
    ListViews::refill(m_ui->yearComboBox, tr("All years"), years);
    QList<std::pair<QString, QVariant>> bodies;
    for (const Lookups::Item &body : Lookups::issuingBodies(*m_store))
        bodies.append({body.text, body.value});
    ListViews::refill(m_ui->bodyComboBox, tr("All bodies"), bodies);
    QList<std::pair<QString, QVariant>> statuses;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::TeamStatus))
        statuses.append({choice.label, choice.code});
    ListViews::refill(m_ui->statusComboBox, tr("All"), statuses);
    // The levels the account may read: the others have no rows to show.
    QList<std::pair<QString, QVariant>> levels;
    const QStringList readable = m_store->readableSecrecy();
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::Secrecy)) {
        if (readable.contains(choice.code))
            levels.append({choice.label, choice.code});
    }
    ListViews::refill(m_ui->secrecyComboBox, tr("All levels"), levels);
}

void InspectionsPage::setYear(int year)
{
    m_ui->yearComboBox->setCurrentIndex(year ? qMax(0, m_ui->yearComboBox->findData(year)) : 0);
}

void InspectionsPage::setBody(qint64 bodyId)
{
    m_ui->bodyComboBox->setCurrentIndex(bodyId ? qMax(0, m_ui->bodyComboBox->findData(bodyId)) : 0);
}

void InspectionsPage::setStatus(const QString &status)
{
    m_ui->statusComboBox->setCurrentIndex(
        status.isEmpty() ? 0 : qMax(0, m_ui->statusComboBox->findData(status)));
}

void InspectionsPage::setOverdueOnly(bool only)
{
    m_ui->overdueCheckBox->setChecked(only);
}

RecordEditor *InspectionsPage::openEditor(qint64 id)
{
    auto *editor = new InspectionEditor(m_store, id, this);
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

RecordEditor *InspectionsPage::newInspection()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Edit))
        return nullptr;
    return openEditor(0);
}

RecordEditor *InspectionsPage::editCurrent()
{
    const qint64 id = currentId();
    return id ? openEditor(id) : nullptr;
}

void InspectionsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id || m_store->isReadOnly())
        return;
    const QString name = VietnameseText::elide(
        m_model->index(m_ui->recordsTableView->currentIndex().row(), InspectionLists::TeamName)
            .data()
            .toString(),
        120);
    // What is followed up is kept: an inspection with recommendations stays.
    const int recommendations = InspectionLists::recommendationCount(*m_store, id);
    if (recommendations > 0) {
        QMessageBox::warning(this, tr("Not deleted"),
            tr("“%1” cannot be deleted: its targets have %n recommendation(s), kept with their "
               "remedy history.",
                nullptr, recommendations)
                .arg(name));
        return;
    }
    if (!ListViews::confirmAndRemove(this, m_store, teamTable, id, name,
            tr("Delete the inspection “%1” with its members, targets, contents and attachments?")
                .arg(name)))
        return;
    fillFilters();
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(0, InspectionLists::TeamName));
    updateState();
    emit changed();
}

void InspectionsPage::updateState()
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
    m_ui->countLabel->setText(tr("%n inspection(s)", nullptr, m_model->matchingCount()));
    if (!documents) {
        m_ui->numberLabel->setText(tr("No document of an inspection can be printed yet."));
        return;
    }
    if (!id) {
        m_ui->numberLabel->setText(tr("Select an inspection to print its documents."));
        return;
    }
    if (isTargetKind()) {
        const QList<Lookups::Item> targets = InspectionLists::targetsOf(*m_store, id);
        if (targets.size() != 1) {
            m_ui->numberLabel->setText(targets.isEmpty()
                    ? tr("%1: the inspection has no target yet.")
                          .arg(Reports::kindTitle(reportKind()))
                    : tr("%1: one for each target; you choose the target when you print it.")
                          .arg(Reports::kindTitle(reportKind())));
            return;
        }
        m_ui->numberLabel->setText(DocumentActions::state(
            *m_store, {reportKind(), targets.first().value.toLongLong(), false}, wording()));
        return;
    }
    m_ui->numberLabel->setText(
        DocumentActions::state(*m_store, {reportKind(), id, false}, wording()));
}

DocumentActions::Wording InspectionsPage::wording() const
{
    return {tr("%1: number %2 of %3 in the outgoing document register."),
        tr("%1: no number yet — it prints as a draft with room for the number."),
        tr("The inspection was changed after it was issued: printing gives the issued copy; "
           "issue a replacement to print the changes."),
        tr("This document already has the number %1. To give it another, "
           "cancel that number in the outgoing document register first."),
        tr("The inspection was changed after %1 was issued. Issue “%2” again with the next "
           "number of type %3/%4, dated %5, replacing %1?"),
        tr("Give “%1” the next number of type %2/%3, dated %4?"),
        tr("The document is kept as issued: printing it again gives the same pages. A "
           "number once given is never given again, even if the document is cancelled.")};
}

std::optional<DocumentActions::Subject> InspectionsPage::subject(bool draft)
{
    const qint64 id = currentId();
    if (!id || reportKind().isEmpty())
        return std::nullopt;
    if (!isTargetKind())
        return DocumentActions::Subject {reportKind(), id, draft};
    QList<std::pair<qint64, QString>> targets;
    for (const Lookups::Item &target : InspectionLists::targetsOf(*m_store, id))
        targets.append({target.value.toLongLong(), target.text});
    if (targets.isEmpty()) {
        QMessageBox::information(this, Reports::kindTitle(reportKind()),
            tr("The inspection has no target yet: add its targets in the inspection first."));
        return std::nullopt;
    }
    qint64 targetId = targets.first().first;
    if (targets.size() > 1) {
        if (m_chooseTarget) {
            targetId = m_chooseTarget(targets);
        } else {
            QStringList names;
            for (const auto &target : targets)
                names << target.second;
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, Reports::kindTitle(reportKind()),
                tr("The document of which target?"), names, 0, false, &ok);
            targetId = ok ? targets.value(names.indexOf(chosen)).first : 0;
        }
    }
    if (!targetId)
        return std::nullopt;
    return DocumentActions::Subject {reportKind(), targetId, draft};
}

void InspectionsPage::preview()
{
    if (const auto chosen = subject(m_ui->draftCheckBox->isChecked()))
        DocumentActions::preview(*m_store, *chosen, this);
}

void InspectionsPage::print()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    if (const auto chosen = subject(m_ui->draftCheckBox->isChecked()))
        DocumentActions::print(*m_store, *chosen, this);
}

void InspectionsPage::exportDocument()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    if (const auto chosen = subject(m_ui->draftCheckBox->isChecked()))
        DocumentActions::exportDocument(*m_store, *chosen, this);
}

bool InspectionsPage::issueNumber(const QDate &date)
{
    if (!RoleGate::demand(this, m_store, Access::Action::Issue))
        return false;
    const auto chosen = subject(false);
    if (!chosen)
        return false;
    const bool issued = DocumentActions::issueNumber(*m_store, *chosen, date, wording(), this);
    updateState();
    if (issued)
        emit changed();
    return issued;
}

#include "conferencespage.h"
#include "ui_conferencespage.h"

#include "conferenceeditor.h"
#include "core/clock.h"
#include "gui/common/listviews.h"
#include "gui/common/rolegate.h"
#include "models/lookups.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

ConferencesPage::ConferencesPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConferencesPage>())
    , m_store(store)
    , m_model(WorkLists::conferences(store, this))
{
    m_ui->setupUi(this);
    for (const QString &kind : Reports::kinds(QStringLiteral("conference")))
        m_ui->reportKindComboBox->addItem(Reports::kindTitle(kind), kind);
    fillFilters();
    const auto filterBy = [this](QComboBox *combo, const QString &key, const QString &sql) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key, sql] {
            const QVariant chosen = combo->currentData();
            // A year is a range of dates: held_on from its 1 January to the next.
            if (key == QLatin1String("year") && !chosen.isNull())
                m_model->setCondition(key, sql,
                    QVariantList {QStringLiteral("%1-01-01").arg(chosen.toInt()),
                        QStringLiteral("%1-01-01").arg(chosen.toInt() + 1)});
            else
                m_model->setCondition(key, sql, chosen);
            if (m_model->rowCount() > 0 && !m_ui->recordsTableView->currentIndex().isValid())
                m_ui->recordsTableView->setCurrentIndex(
                    m_model->index(0, WorkLists::ConferenceTitle));
            updateState();
        });
    };
    filterBy(m_ui->yearComboBox, QStringLiteral("year"),
        QStringLiteral("c.held_on >= ? AND c.held_on < ?"));
    filterBy(m_ui->kindComboBox, QStringLiteral("kind"), QStringLiteral("c.kind = ?"));
    filterBy(m_ui->organizerComboBox, QStringLiteral("organizer"),
        QStringLiteral("c.organizer_unit_id = ?"));
    filterBy(m_ui->statusComboBox, QStringLiteral("status"), QStringLiteral("c.status = ?"));
    filterBy(m_ui->secrecyComboBox, QStringLiteral("secrecy"), QStringLiteral("c.secrecy = ?"));
    connect(m_ui->newButton, &QPushButton::clicked, this, &ConferencesPage::newConference);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ConferencesPage::editCurrent);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ConferencesPage::duplicateCurrent);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConferencesPage::deleteCurrent);

    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] {
        if (m_model->rowCount() > 0)
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, WorkLists::ConferenceTitle));
        updateState();
    });
    RoleGate::gate(ListViews::addShortcuts(this, m_ui->filterLineEdit,
                       {[this] { editCurrent(); }, [this] { deleteCurrent(); }}),
        m_store, Access::Action::Edit);
    // What a role may lack is not offered (Edit opens the record read-only; preview is
    // everyone's).
    RoleGate::gate(m_ui->newButton, m_store, Access::Action::Edit);
    RoleGate::gate(m_ui->duplicateButton, m_store, Access::Action::Edit);
    RoleGate::gate(m_ui->deleteButton, m_store, Access::Action::Edit);
    RoleGate::gate(m_ui->issueNumberButton, m_store, Access::Action::Issue);
    RoleGate::gate(m_ui->printButton, m_store, Access::Action::Print);
    RoleGate::gate(m_ui->exportButton, m_store, Access::Action::Print);

    ListViews::showFailure(m_ui->failureLabel, m_model->errorString());
    connect(m_model, &SqlListModel::queryFailed, this,
        [this](const QString &sentence) { ListViews::showFailure(m_ui->failureLabel, sentence); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConferencesPage::updateState);
    connect(m_ui->reportKindComboBox, &QComboBox::currentIndexChanged, this,
        &ConferencesPage::updateState);
    connect(m_ui->issueNumberButton, &QPushButton::clicked, this, [this] { issueNumber(); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ConferencesPage::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ConferencesPage::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ConferencesPage::exportDocument);
    connect(table, &QTableView::activated, this, &ConferencesPage::editCurrent);
    setFocusProxy(m_ui->filterLineEdit);
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, WorkLists::ConferenceTitle));
    updateState();
}

ConferencesPage::~ConferencesPage() = default;

qint64 ConferencesPage::currentId() const
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ConferencesPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(row, WorkLists::ConferenceTitle));
}

QString ConferencesPage::reportKind() const
{
    return m_ui->reportKindComboBox->currentData().toString();
}

void ConferencesPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *ConferencesPage::exportView() const
{
    return m_ui->recordsTableView;
}

bool ConferencesPage::canAddRecords() const
{
    return !m_store->isReadOnly();
}

void ConferencesPage::refresh()
{
    const qint64 id = currentId();
    fillFilters();
    m_model->refresh();
    selectId(id);
    updateState();
}

void ConferencesPage::fillFilters()
{
    QList<std::pair<QString, QVariant>> years;
    for (const int year : Lookups::conferenceYears(*m_store))
        years.append({QString::number(year), year});
    ListViews::refill(m_ui->yearComboBox, tr("All years"), years);
    QList<std::pair<QString, QVariant>> kinds;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::ConferenceKind))
        kinds.append({choice.label, choice.code});
    ListViews::refill(m_ui->kindComboBox, tr("All kinds"), kinds);
    QList<std::pair<QString, QVariant>> organizers;
    for (const Lookups::Item &unit : Lookups::organizers(*m_store))
        organizers.append({unit.text, unit.value});
    ListViews::refill(m_ui->organizerComboBox, tr("All units"), organizers);
    QList<std::pair<QString, QVariant>> statuses;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::ConferenceStatus))
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

void ConferencesPage::setYear(int year)
{
    m_ui->yearComboBox->setCurrentIndex(year ? qMax(0, m_ui->yearComboBox->findData(year)) : 0);
}

void ConferencesPage::setKind(const QString &kind)
{
    m_ui->kindComboBox->setCurrentIndex(
        kind.isEmpty() ? 0 : qMax(0, m_ui->kindComboBox->findData(kind)));
}

RecordEditor *ConferencesPage::openEditor(qint64 id)
{
    auto *editor = new ConferenceEditor(m_store, id, this);
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

RecordEditor *ConferencesPage::newConference()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Edit))
        return nullptr;
    return openEditor(0);
}

RecordEditor *ConferencesPage::editCurrent()
{
    const qint64 id = currentId();
    return id ? openEditor(id) : nullptr;
}

RecordEditor *ConferencesPage::duplicateCurrent()
{
    const qint64 id = currentId();
    if (!id || !RoleGate::demand(this, m_store, Access::Action::Edit))
        return nullptr;
    auto *editor = static_cast<ConferenceEditor *>(openEditor(0));
    editor->startAsCopyOf(id);
    return editor;
}

void ConferencesPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id || m_store->isReadOnly())
        return;
    const QString title = VietnameseText::elide(
        m_model->index(m_ui->recordsTableView->currentIndex().row(), WorkLists::ConferenceTitle)
            .data()
            .toString(),
        120);
    if (!ListViews::confirmAndRemove(this, m_store, QStringLiteral("conference"), id, title,
            tr("Delete the conference “%1” with its participants and programme?").arg(title)))
        return;
    fillFilters();
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(0, WorkLists::ConferenceTitle));
    updateState();
    emit changed();
}

void ConferencesPage::updateState()
{
    const qint64 id = currentId();
    for (QPushButton *button :
        {m_ui->previewButton, m_ui->printButton, m_ui->exportButton, m_ui->editButton})
        button->setEnabled(id != 0);
    const bool writable = !m_store->isReadOnly();
    for (QPushButton *button : {m_ui->issueNumberButton, m_ui->duplicateButton, m_ui->deleteButton})
        button->setEnabled(id != 0 && writable);
    m_ui->newButton->setEnabled(writable);
    m_ui->countLabel->setText(tr("%n conference(s)", nullptr, m_model->matchingCount()));
    if (!id) {
        m_ui->numberLabel->setText(tr("Select a conference to print its documents."));
        return;
    }
    m_ui->numberLabel->setText(DocumentActions::state(*m_store, subject(), wording()));
}

DocumentActions::Wording ConferencesPage::wording() const
{
    return {tr("%1: number %2 of %3 in the outgoing document register."),
        tr("%1: no number yet — it prints as a draft with room for the number."),
        tr("The conference was changed after it was issued: printing gives the issued copy; "
           "issue a replacement to print the changes."),
        tr("This document already has the number %1. To give it another, "
           "cancel that number in the outgoing document register first."),
        tr("The conference was changed after %1 was issued. Issue “%2” again with the next "
           "number of type %3/%4, dated %5, replacing %1?"),
        tr("Give “%1” the next number of type %2/%3, dated %4?"),
        tr("The document is kept as issued: printing it again gives the same pages. A "
           "number once given is never given again, even if the document is cancelled.")};
}

DocumentActions::Subject ConferencesPage::subject() const
{
    return {reportKind(), currentId(), m_ui->draftCheckBox->isChecked()};
}

std::optional<Reports::Built> ConferencesPage::buildCurrent()
{
    return DocumentActions::build(*m_store, subject(), this);
}

void ConferencesPage::preview()
{
    DocumentActions::preview(*m_store, subject(), this);
}

void ConferencesPage::print()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    DocumentActions::print(*m_store, subject(), this);
}

void ConferencesPage::exportDocument()
{
    if (!RoleGate::demand(this, m_store, Access::Action::Print))
        return;
    DocumentActions::exportDocument(*m_store, subject(), this);
}

bool ConferencesPage::issueNumber(const QDate &date)
{
    if (!RoleGate::demand(this, m_store, Access::Action::Issue))
        return false;
    const bool issued = DocumentActions::issueNumber(
        *m_store, {reportKind(), currentId(), false}, date, wording(), this);
    updateState();
    if (issued)
        emit changed();
    return issued;
}

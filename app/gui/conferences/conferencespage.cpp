#include "conferencespage.h"
#include "ui_conferencespage.h"

#include "conferenceeditor.h"
#include "core/clock.h"
#include "gui/common/documentprinter.h"
#include "gui/common/issuedcopy.h"
#include "gui/common/listviews.h"
#include "models/lookups.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "reports/issuing.h"
#include "storage/documentregister.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QMessageBox>

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
    ListViews::addShortcuts(
        this, m_ui->filterLineEdit, {[this] { editCurrent(); }, [this] { deleteCurrent(); }});
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
    const auto refill = [](QComboBox *combo, const QString &all,
                            const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QVariant());
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<std::pair<QString, QVariant>> years;
    for (const int year : Lookups::conferenceYears(*m_store))
        years.append({QString::number(year), year});
    refill(m_ui->yearComboBox, tr("All years"), years);
    QList<std::pair<QString, QVariant>> kinds;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::ConferenceKind))
        kinds.append({choice.label, choice.code});
    refill(m_ui->kindComboBox, tr("All kinds"), kinds);
    QList<std::pair<QString, QVariant>> organizers;
    for (const Lookups::Item &unit : Lookups::organizers(*m_store))
        organizers.append({unit.text, unit.value});
    refill(m_ui->organizerComboBox, tr("All units"), organizers);
    QList<std::pair<QString, QVariant>> statuses;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::ConferenceStatus))
        statuses.append({choice.label, choice.code});
    refill(m_ui->statusComboBox, tr("All"), statuses);
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
    if (!id)
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
    QMessageBox confirm(QMessageBox::Question, tr("Delete"),
        tr("Delete the conference “%1” with its participants and programme?").arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("This cannot be undone."));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const Store::Result result = m_store->remove(QStringLiteral("conference"), id);
    if (!result.ok() && result.outcome != Store::Outcome::Gone) {
        QMessageBox::warning(this, tr("Not deleted"),
            result.outcome == Store::Outcome::Changed
                ? tr("“%1” was changed in another window meanwhile; look at "
                     "it again before deleting it.")
                      .arg(title)
                : result.error);
        return;
    }
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
    const auto entry
        = DocumentRegister::forSubject(*m_store, {QStringLiteral("conference"), id}, reportKind());
    QString text = entry ? tr("%1: number %2 of %3 in the outgoing document register.")
                               .arg(Reports::kindTitle(reportKind()), entry->code,
                                   VietnameseText::formDate(entry->issuedOn))
                         : tr("%1: no number yet — it prints as a draft with room for the number.")
                               .arg(Reports::kindTitle(reportKind()));
    if (entry && Issuing::differs(*m_store, *entry))
        text += QLatin1Char(' ')
            + tr("The conference was changed after it was issued: printing gives the issued copy; "
                 "issue a replacement to print the changes.");
    m_ui->numberLabel->setText(text);
}

std::optional<DocumentRegister::Entry> ConferencesPage::issuedEntry() const
{
    // A draft is made from the record as it is now, whatever was issued.
    if (m_ui->draftCheckBox->isChecked())
        return std::nullopt;
    const auto entry = DocumentRegister::forSubject(
        *m_store, {QStringLiteral("conference"), currentId()}, reportKind());
    if (entry && DocumentRegister::hasFile(*m_store, entry->id))
        return entry;
    return std::nullopt;
}

std::optional<QByteArray> ConferencesPage::issuedFile(const DocumentRegister::Entry &entry)
{
    QString error;
    const auto file = DocumentRegister::file(*m_store, entry.id, &error);
    if (!file)
        QMessageBox::warning(this, Reports::kindTitle(reportKind()), error);
    return file;
}

std::optional<Reports::Built> ConferencesPage::buildCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return std::nullopt;
    QString error;
    auto built = Reports::build(*m_store, reportKind(), id, &error,
        m_ui->draftCheckBox->isChecked() ? Reports::Draft::Yes : Reports::Draft::No);
    if (!built)
        QMessageBox::warning(this, Reports::kindTitle(reportKind()), error);
    return built;
}

void ConferencesPage::preview()
{
    // An issued document is shown as it was signed, never made again from the record.
    if (const auto entry = issuedEntry()) {
        if (const auto file = issuedFile(*entry))
            IssuedCopy::preview(*file, entry->code, this);
    } else if (const auto built = buildCurrent()) {
        DocumentPrinter::preview(*built, this);
    }
}

void ConferencesPage::print()
{
    if (const auto entry = issuedEntry()) {
        if (const auto file = issuedFile(*entry))
            IssuedCopy::print(*file, entry->code, this);
    } else if (const auto built = buildCurrent()) {
        DocumentPrinter::print(*built, this);
    }
}

void ConferencesPage::exportDocument()
{
    if (const auto entry = issuedEntry()) {
        QString name = entry->code;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (const auto file = issuedFile(*entry))
            IssuedCopy::save(*file, name, this);
    } else if (const auto built = buildCurrent()) {
        DocumentPrinter::exportTo(*built, Reports::kindTitle(reportKind()), this);
    }
}

bool ConferencesPage::issueNumber(const QDate &date)
{
    const qint64 id = currentId();
    if (!id)
        return false;
    const QString kind = reportKind();
    const QString title = Reports::kindTitle(kind);
    const DocumentRegister::Subject subject {QStringLiteral("conference"), id};
    // A document issued already is issued again only as a replacement of a changed record.
    const auto given = DocumentRegister::forSubject(*m_store, subject, kind);
    if (given && !Issuing::differs(*m_store, *given)) {
        QMessageBox::information(this, title,
            tr("This document already has the number %1. To give it another, "
               "cancel that number in the outgoing document register first.")
                .arg(given->code));
        return false;
    }
    // A number is given to the final document, never to a draft.
    QString problem;
    const auto built = Reports::build(*m_store, kind, id, &problem);
    if (!built) {
        QMessageBox::warning(this, title, problem);
        return false;
    }
    QDate issuedOn = date;
    if (!issuedOn.isValid()) {
        issuedOn = IssuedCopy::askDate(
            m_store->clock()->today(),
            [this, kind, id](
                const QDate &day) { return Issuing::dateWarnings(*m_store, kind, id, day); },
            title, this);
        if (!issuedOn.isValid())
            return false;
    }
    const QString typeCode = built->data.value(QStringLiteral("type_code")).toString();
    QMessageBox confirm(QMessageBox::Question, title,
        given ? tr("The conference was changed after %1 was issued. Issue “%2” again with the next "
                   "number of type %3/%4, dated %5, replacing %1?")
                    .arg(given->code, VietnameseText::elide(built->title, 120), typeCode,
                        built->issuerCode, VietnameseText::formDate(issuedOn))
              : tr("Give “%1” the next number of type %2/%3, dated %4?")
                    .arg(VietnameseText::elide(built->title, 120), typeCode, built->issuerCode,
                        VietnameseText::formDate(issuedOn)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    QStringList notes = Issuing::dateWarnings(*m_store, kind, id, issuedOn);
    notes << tr("The document is kept as issued: printing it again gives the same pages. A "
                "number once given is never given again, even if the document is cancelled.");
    confirm.setInformativeText(notes.join(QStringLiteral("\n\n")));
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    QString error;
    // Issuing checks again, in its own transaction: another window may have numbered it meanwhile.
    if (!Issuing::issue(*m_store, kind, id, issuedOn, given ? given->id : 0, &error)) {
        QMessageBox::warning(this, title, error);
        updateState();
        return false;
    }
    updateState();
    emit changed();
    return true;
}

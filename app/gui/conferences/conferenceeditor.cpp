#include "conferenceeditor.h"
#include "ui_conferenceeditor.h"

#include "delegateimportdialog.h"
#include "core/conferencetitle.h"
#include "core/protocolorder.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/choicedelegate.h"
#include "gui/common/filedialogs.h"
#include "gui/directories/legaldocumenteditor.h"
#include "gui/directories/personeditor.h"
#include "io/tablesource.h"
#include "models/conferencerows.h"
#include "models/lookups.h"
#include "models/recordmodel.h"
#include "text/vietnamesetext.h"
#include "storage/statistics.h"
#include "storage/store.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>

#include <numeric>

namespace {

bool isTime(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    return text.isEmpty() || time.match(text).hasMatch();
}

} // namespace

ConferenceEditor::ConferenceEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("conference"), id, parent)
    , m_ui(std::make_unique<Ui::ConferenceEditor>())
    , m_participants(ConferenceRows::participants(this))
    , m_programme(ConferenceRows::programme(this))
    , m_statistics(ConferenceRows::statistics(this))
    , m_attachments(new AttachmentsPanel(this))
{
    m_ui->setupUi(this);
    m_ui->tabWidget->addTab(m_attachments, tr("A&ttachments"));
    connect(m_attachments, &AttachmentsPanel::changed, this, &ConferenceEditor::updateDirty);
    setWindowTitle(id ? tr("Edit conference") : tr("New conference"));
    m_ui->kindComboBox->setChoices(Labels::choices(Labels::Enum::ConferenceKind));
    m_ui->statusComboBox->setChoices(Labels::choices(Labels::Enum::ConferenceStatus));
    m_ui->secrecyComboBox->setChoices(Labels::choices(Labels::Enum::Secrecy));
    m_ui->urgencyComboBox->setChoices(Labels::choices(Labels::Enum::Urgency));
    m_ui->participantRoleComboBox->setChoices(Labels::choices(Labels::Enum::ParticipantRole));
    // None: the hours say when (or nothing is known yet).
    QList<Lookups::Item> dayParts;
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::DayPart))
        dayParts.append({choice.code, choice.label});
    m_ui->dayPartComboBox->setItems(dayParts, tr("(by the hours)"));
    m_ui->participantOrderComboBox->setChoices(Labels::choices(Labels::Enum::ParticipantOrder));
    fillPickers();
    // A province's directory is too long to list: the picker finds as it is typed into.
    m_ui->participantPickerComboBox->setSearch([store](const QString &typed) {
        return Lookups::findPeopleAndUnits(*store, typed, tr("Unit: "));
    });
    m_ui->participantPickerComboBox->lineEdit()->setPlaceholderText(
        tr("Type a name or a unit to find it…"));

    bind(m_ui->kindComboBox, "kind");
    bind(m_ui->documentComboBox, "legal_document_id");
    bind(m_ui->titlePlainTextEdit, "title");
    bind(m_ui->periodFromDateEdit, "period_from");
    bind(m_ui->periodToDateEdit, "period_to");
    bind(m_ui->heldOnDateEdit, "held_on");
    bind(m_ui->startsAtLineEdit, "starts_at");
    bind(m_ui->endsAtLineEdit, "ends_at");
    bind(m_ui->venueLineEdit, "venue");
    bind(m_ui->dayPartComboBox, "day_part");
    bind(m_ui->organizerComboBox, "organizer_unit_id");
    bind(m_ui->issuingBodyComboBox, "issuing_body_id");
    bind(m_ui->participantOrderComboBox, "participant_order");
    bind(m_ui->statusComboBox, "status");
    bind(m_ui->secrecyComboBox, "secrecy");
    bind(m_ui->urgencyComboBox, "urgency");
    bind(m_ui->notePlainTextEdit, "note");
    bind(m_ui->resultsPlainTextEdit, "results");
    bind(m_ui->strengthsPlainTextEdit, "strengths");
    bind(m_ui->shortcomingsPlainTextEdit, "shortcomings");
    bind(m_ui->difficultiesPlainTextEdit, "difficulties");
    bind(m_ui->causesPlainTextEdit, "causes");
    bind(m_ui->lessonsPlainTextEdit, "lessons");
    bind(m_ui->tasksAheadPlainTextEdit, "tasks_ahead");
    bind(m_ui->proposalsPlainTextEdit, "proposals");

    setUpRows(m_ui->participantsTableView, m_participants);
    setUpRows(m_ui->programmeTableView, m_programme);
    setUpRows(m_ui->statisticsTableView, m_statistics);
    m_ui->participantsTableView->setItemDelegateForColumn(
        m_participants->columnOf(QStringLiteral("role")),
        new ChoiceDelegate(Labels::Enum::ParticipantRole, this));
    m_ui->participantsTableView->setItemDelegateForColumn(
        m_participants->columnOf(QStringLiteral("attendance")),
        new ChoiceDelegate(Labels::Enum::Attendance, this));
    m_ui->programmeTableView->setItemDelegateForColumn(
        m_programme->columnOf(QStringLiteral("kind")),
        new ChoiceDelegate(Labels::Enum::AgendaKind, this));

    connect(m_ui->suggestTitleButton, &QPushButton::clicked, this, &ConferenceEditor::suggestTitle);
    for (ValueComboBox *combo : {m_ui->kindComboBox, m_ui->documentComboBox})
        connect(combo, &ValueComboBox::valueChanged, this, &ConferenceEditor::updateSuggestion);
    connect(m_ui->heldOnDateEdit, &DateLineEdit::valueChanged, this,
        &ConferenceEditor::updateSuggestion);
    connect(
        m_ui->newDocumentButton, &QPushButton::clicked, this, &ConferenceEditor::addNewDocument);
    // A unit or document added anywhere (here, in another editor, in another window) appears in
    // the pickers; what is chosen in them stays as it is. (The participant picker searches the
    // directory at every word typed.)
    connect(store, &Store::changed, this, [this](const QString &table, bool external) {
        if (external || table == QLatin1String("person") || table == QLatin1String("unit")
            || table == QLatin1String("legal_document"))
            fillPickers();
    });
    connect(m_ui->addParticipantButton, &QPushButton::clicked, this, [this] {
        addParticipant(m_ui->participantPickerComboBox->value(),
            m_ui->participantRoleComboBox->value().toString());
    });
    connect(m_ui->newPersonButton, &QPushButton::clicked, this, &ConferenceEditor::addNewPerson);
    connect(m_ui->importCsvButton, &QPushButton::clicked, this, [this] { importCsv(QString()); });
    connect(m_ui->moveParticipantUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->participantsTableView, -1); });
    connect(m_ui->moveParticipantDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->participantsTableView, 1); });
    connect(m_ui->removeParticipantButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->participantsTableView); });
    connect(
        m_ui->sortByProtocolButton, &QPushButton::clicked, this, &ConferenceEditor::sortByProtocol);
    // A row moved by hand (dragged, or Move up/down) is an order of the secretary's own.
    connect(m_participants, &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_sortingByProtocol)
            m_ui->participantOrderComboBox->setValue(QStringLiteral("manual"));
    });
    connect(m_ui->addItemButton, &QPushButton::clicked, this, [this] {
        m_programme->appendRow({{QStringLiteral("kind"), QStringLiteral("other")}});
        const QModelIndex title = m_programme->index(
            m_programme->rowCount() - 1, m_programme->columnOf(QStringLiteral("title")));
        m_ui->programmeTableView->setCurrentIndex(title);
        m_ui->programmeTableView->edit(title);
    });
    connect(m_ui->moveItemUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->programmeTableView, -1); });
    connect(m_ui->moveItemDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->programmeTableView, 1); });
    connect(m_ui->removeItemButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->programmeTableView); });
    connect(m_ui->addStatisticButton, &QPushButton::clicked, this, [this] {
        m_statistics->appendRow({{QStringLiteral("value"), 0}});
        const QModelIndex name = m_statistics->index(m_statistics->rowCount() - 1, 0);
        m_ui->statisticsTableView->setCurrentIndex(name);
        m_ui->statisticsTableView->edit(name);
    });
    connect(m_ui->removeStatisticButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->statisticsTableView); });

    m_ui->participantRoleComboBox->setValue(QStringLiteral("delegate"));
    // A file open for reading only offers nothing that adds or changes.
    if (store->isReadOnly()) {
        for (QPushButton *button : {m_ui->newDocumentButton, m_ui->addParticipantButton,
                 m_ui->newPersonButton, m_ui->importCsvButton, m_ui->moveParticipantUpButton,
                 m_ui->moveParticipantDownButton, m_ui->removeParticipantButton,
                 m_ui->sortByProtocolButton, m_ui->addItemButton, m_ui->moveItemUpButton,
                 m_ui->moveItemDownButton, m_ui->removeItemButton, m_ui->addStatisticButton,
                 m_ui->removeStatisticButton, m_ui->suggestTitleButton})
            button->setEnabled(false);
    }
    finishSetup(m_ui->buttonBox, m_ui->messageLabel, m_ui->tabWidget);
    setInitialValues({{QStringLiteral("kind"), QStringLiteral("final_review")},
        {QStringLiteral("status"), QStringLiteral("planned")},
        {QStringLiteral("secrecy"), QStringLiteral("none")},
        {QStringLiteral("urgency"), QStringLiteral("none")},
        {QStringLiteral("participant_order"), QStringLiteral("protocol")}});
}

ConferenceEditor::~ConferenceEditor() = default;

void ConferenceEditor::fillPickers()
{
    m_ui->documentComboBox->setItems(Lookups::documents(*store()), tr("(none)"));
    m_ui->organizerComboBox->setItems(Lookups::units(*store()), tr("(not stated)"));
    m_ui->issuingBodyComboBox->setItems(Lookups::issuingBodies(*store()), tr("(the organizer's)"));
}

void ConferenceEditor::sortByProtocol()
{
    QVector<ProtocolOrder::Entry> entries;
    for (const QVariantMap &row : m_participants->rows())
        entries.append({row.value(QStringLiteral("role")).toString(),
            row.value(QStringLiteral("title_held")).toString(),
            row.value(QStringLiteral("person_id")).isNull()});
    const QVector<int> order = ProtocolOrder::arrange(entries);
    // Each row in turn moved to its place; the rows before it are already in order.
    QVector<int> at(order.size());
    std::iota(at.begin(), at.end(), 0); // at[i]: the current row of original row i
    m_sortingByProtocol = true;
    for (int place = 0; place < order.size(); ++place) {
        const int from = at.at(order.at(place));
        if (from != place) {
            m_participants->moveRow(from, place);
            for (int &row : at) {
                if (row >= place && row < from)
                    ++row;
            }
            at[order.at(place)] = place;
        }
    }
    m_sortingByProtocol = false;
}

void ConferenceEditor::startAsCopyOf(qint64 conferenceId)
{
    const std::optional<Store::Record> source
        = store()->read(QStringLiteral("conference"), conferenceId);
    if (!source)
        return;
    QVariantMap values;
    for (const char *column : {"kind", "title", "legal_document_id", "starts_at", "ends_at",
             "day_part", "venue", "organizer_unit_id", "issuing_body_id", "participant_order",
             "secrecy", "urgency", "note"})
        values.insert(QLatin1String(column), source->values.value(QLatin1String(column)));
    const QDate heldOn = QDate::fromString(
        source->values.value(QStringLiteral("held_on")).toString(), Qt::ISODate);
    if (heldOn.isValid())
        values.insert(QStringLiteral("held_on"), heldOn.addYears(1).toString(Qt::ISODate));
    values.insert(QStringLiteral("status"), QStringLiteral("planned"));
    setInitialValues(values);
    // The same people and programme, invited again; outcomes, figures and numbers stay behind.
    m_participants->load(*store(), conferenceId);
    m_programme->load(*store(), conferenceId);
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        m_participants->setData(
            m_participants->index(row, m_participants->columnOf(QStringLiteral("attendance"))),
            QStringLiteral("invited"));
        m_participants->setData(
            m_participants->index(row, m_participants->columnOf(QStringLiteral("absence_reason"))),
            QVariant());
    }
    m_participants->detach();
    m_programme->detach();
    m_lastSuggestion = suggestion();
    setWindowTitle(tr("New conference (copy)"));
    updateCounts();
    updateDirty();
}

void ConferenceEditor::loaded()
{
    const qint64 id = recordId();
    m_participants->load(*store(), id);
    m_programme->load(*store(), id);
    m_statistics->load(*store(), id);
    m_attachments->load(store(), QStringLiteral("conference_id"), id);
    m_unsavedDocuments.clear();
    // A stored title that is what would be suggested follows kind, document and date; one the
    // secretary wrote never does.
    m_lastSuggestion = suggestion();
    for (QTableView *view :
        {m_ui->participantsTableView, m_ui->programmeTableView, m_ui->statisticsTableView}) {
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, qBound(90, view->columnWidth(column) + 16, 320));
    }
    updateCounts();
}

bool ConferenceEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve,
    QString *error, std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_participants->save(*store(), id, resolve, error, conflict)
        && m_programme->save(*store(), id, resolve, error, conflict)
        && m_statistics->save(*store(), id, resolve, error, conflict)
        && Statistics::attachConferenceFigures(*store(), id, error)
        && m_attachments->save(id, error);
}

bool ConferenceEditor::childrenDirty() const
{
    return m_participants->isDirty() || m_programme->isDirty() || m_statistics->isDirty()
        || m_attachments->isDirty();
}

void ConferenceEditor::rebaseChildren()
{
    for (ChildRowsModel *rows : {m_participants, m_programme, m_statistics})
        rows->rebase(*store(), recordId());
}

void ConferenceEditor::updateCounts()
{
    int people = 0;
    int units = 0;
    int delegates = 0;
    for (const QVariantMap &row : m_participants->rows()) {
        if (row.value(QStringLiteral("unit_id")).isNull()) {
            ++people;
            ++delegates;
        } else {
            ++units;
            delegates += qMax(1, row.value(QStringLiteral("delegate_count")).toInt());
        }
    }
    m_ui->participantsCountLabel->setText(tr("%n person(s), ", nullptr, people)
        + tr("%n unit(s) — ", nullptr, units) + tr("%n delegate(s) in all", nullptr, delegates));
}

bool ConferenceEditor::addParticipant(const QVariant &pickerValue, const QString &role)
{
    const std::optional<Lookups::Picked> picked = Lookups::picked(pickerValue);
    if (!picked) {
        showMessage(
            tr("Choose a person or a unit from the list first."), m_ui->participantPickerComboBox);
        return false;
    }
    const bool person = picked->person;
    const qint64 id = picked->id;
    const QString field = person ? QStringLiteral("person_id") : QStringLiteral("unit_id");
    for (const QVariantMap &row : m_participants->rows()) {
        if (row.value(field).toLongLong() == id) {
            showMessage(tr("“%1” is already in the list.")
                            .arg(row.value(QStringLiteral("name")).toString()),
                m_ui->participantPickerComboBox);
            return false;
        }
    }
    QString name;
    QString title;
    if (person) {
        const std::optional<Lookups::Person> found = Lookups::person(*store(), id);
        if (!found)
            return false;
        name = found->fullName;
        title = found->title;
    } else {
        name = Lookups::unitName(*store(), id);
        if (name.isEmpty())
            return false;
    }
    QVariantMap row {{field, id}, {QStringLiteral("name"), name},
        {QStringLiteral("role"), role.isEmpty() ? QStringLiteral("delegate") : role},
        // The title held that day starts as today's title, and may be corrected.
        {QStringLiteral("title_held"), title.isEmpty() ? QVariant() : QVariant(title)},
        {QStringLiteral("attendance"), QStringLiteral("invited")}};
    if (!person)
        row.insert(QStringLiteral("delegate_count"), 1);
    m_participants->appendRow(row);
    m_ui->participantsTableView->setCurrentIndex(
        m_participants->index(m_participants->rowCount() - 1, 0));
    m_ui->participantPickerComboBox->setCurrentIndex(-1);
    showMessage(QString());
    return true;
}

void ConferenceEditor::addNewPerson()
{
    PersonEditor editor(store(), 0, this);
    editor.setDeferred(true);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QVariantMap person = editor.collectedValues();
    const QVariant marker = addPending(QStringLiteral("person"), person);
    const QString title = person.value(QStringLiteral("title")).toString().trimmed();
    const QString role = m_ui->participantRoleComboBox->value().toString();
    m_participants->appendRow({{QStringLiteral("person_id"), marker},
        {QStringLiteral("name"), person.value(QStringLiteral("full_name")).toString().trimmed()},
        {QStringLiteral("role"), role.isEmpty() ? QStringLiteral("delegate") : role},
        {QStringLiteral("title_held"), title.isEmpty() ? QVariant() : QVariant(title)},
        {QStringLiteral("attendance"), QStringLiteral("invited")}});
    m_ui->participantsTableView->setCurrentIndex(
        m_participants->index(m_participants->rowCount() - 1, 0));
    showMessage(tr("“%1” joins the directory when the conference is saved.")
                    .arg(person.value(QStringLiteral("full_name")).toString().trimmed()));
}

void ConferenceEditor::addNewDocument()
{
    LegalDocumentEditor editor(store(), 0, this);
    editor.setDeferred(true);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QVariantMap document = editor.collectedValues();
    const QVariant marker = addPending(QStringLiteral("legal_document"), document);
    m_unsavedDocuments.insert(marker.toString(), document);
    const QString excerpt = document.value(QStringLiteral("excerpt")).toString().simplified();
    m_ui->documentComboBox->addUnsavedItem(
        document.value(QStringLiteral("code")).toString().trimmed()
            + (excerpt.isEmpty() ? QString() : QStringLiteral(" — ") + excerpt),
        marker);
    m_ui->documentComboBox->setValue(marker);
    showMessage(tr("The document joins the directory when the conference is saved."));
}

void ConferenceEditor::importCsv(const QString &chosenPath)
{
    // The import writes to the store in its own transaction: the conference must be saved first.
    if (isNew() || isDirty()) {
        if (QMessageBox::question(this, tr("Import delegates"),
                tr("The conference is saved before the import. Save now?"))
                != QMessageBox::Yes
            || !save())
            return;
    }
    QString path = chosenPath;
    if (path.isEmpty()) {
        path = FileDialogs::openFile(
            this, tr("Import delegates"), QString(), TableSource::fileFilter());
        if (path.isEmpty())
            return;
    }
    DelegateImportDialog dialog(store(), recordId(), path, this);
    if (dialog.exec() == QDialog::Accepted)
        m_participants->load(*store(), recordId());
}

QString ConferenceEditor::suggestion() const
{
    const QVariant documentId = m_ui->documentComboBox->value();
    const std::optional<ConferenceTitle::Document> document = isPending(documentId)
        ? std::optional(
            ConferenceTitle::typed(*store(), m_unsavedDocuments.value(documentId.toString())))
        : ConferenceTitle::stored(*store(), documentId);
    return ConferenceTitle::suggest(
        m_ui->kindComboBox->value().toString(), document, m_ui->heldOnDateEdit->date());
}

void ConferenceEditor::suggestTitle()
{
    const QString suggested = suggestion();
    const QString title = m_ui->titlePlainTextEdit->toPlainText().trimmed();
    if (!title.isEmpty() && title != m_lastSuggestion && title != suggested
        && QMessageBox::question(this, tr("Suggest a title"),
               tr("Replace the title you wrote with “%1”?")
                   .arg(VietnameseText::elide(suggested, 200)),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    m_lastSuggestion = suggested;
    m_ui->titlePlainTextEdit->setPlainText(suggested);
}

void ConferenceEditor::updateSuggestion()
{
    // The title follows kind, document and date while it is empty or still the suggestion;
    // a title the secretary wrote is never replaced without asking.
    if (isLoading())
        return;
    const QString title = m_ui->titlePlainTextEdit->toPlainText().trimmed();
    if (!title.isEmpty() && title != m_lastSuggestion)
        return;
    m_lastSuggestion = suggestion();
    m_ui->titlePlainTextEdit->setPlainText(m_lastSuggestion);
}

bool ConferenceEditor::validate(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](const QString &text, QWidget *widget, QWidget *tab) {
        *sentence = text;
        *focus = widget;
        m_ui->tabWidget->setCurrentWidget(tab);
        return false;
    };
    if (m_ui->titlePlainTextEdit->toPlainText().trimmed().isEmpty())
        return fail(tr("Enter the title of the conference (or let Suggest write it)."),
            m_ui->titlePlainTextEdit, m_ui->generalTab);
    for (QLineEdit *time : {m_ui->startsAtLineEdit, m_ui->endsAtLineEdit}) {
        if (!isTime(time->text().trimmed()))
            return fail(tr("“%1” is not a time; write it as 07:30.").arg(time->text()), time,
                m_ui->generalTab);
    }
    if (m_ui->periodFromDateEdit->date().isValid() && m_ui->periodToDateEdit->date().isValid()
        && m_ui->periodToDateEdit->date() < m_ui->periodFromDateEdit->date())
        return fail(tr("The review period ends before it starts."), m_ui->periodToDateEdit,
            m_ui->generalTab);
    for (int row = 0; row < m_programme->rowCount(); ++row) {
        const QVariantMap item = m_programme->row(row);
        if (item.value(QStringLiteral("title")).toString().trimmed().isEmpty())
            return fail(tr("Programme item %1 has no content.").arg(row + 1),
                m_ui->programmeTableView, m_ui->programmeTab);
        if (!isTime(item.value(QStringLiteral("starts_at")).toString().trimmed()))
            return fail(tr("Programme item %1: “%2” is not a time; write it as 07:30.")
                            .arg(row + 1)
                            .arg(item.value(QStringLiteral("starts_at")).toString()),
                m_ui->programmeTableView, m_ui->programmeTab);
    }
    for (int row = 0; row < m_statistics->rowCount(); ++row) {
        if (m_statistics->row(row).value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return fail(tr("Figure %1 has no name.").arg(row + 1), m_ui->statisticsTableView,
                m_ui->outcomesTab);
    }
    return true;
}

#include "conferenceeditor.h"
#include "ui_conferenceeditor.h"

#include "attachmentspanel.h"
#include "choicedelegate.h"
#include "delegateimportdialog.h"
#include "legaldocumenteditor.h"
#include "personeditor.h"
#include "core/conferencetitle.h"
#include "models/conferencerows.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QSqlQuery>

namespace {

const QString personPrefix = QStringLiteral("p:");
const QString unitPrefix = QStringLiteral("u:");

bool isTime(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    return text.isEmpty() || time.match(text).hasMatch();
}

} // namespace

ConferenceEditor::ConferenceEditor(const QSqlDatabase &db, qint64 id, QWidget *parent)
    : RecordEditor(db, QStringLiteral("conference"), id, parent)
    , m_ui(std::make_unique<Ui::ConferenceEditor>())
    , m_participants(ConferenceRows::participants(this))
    , m_programme(ConferenceRows::programme(this))
    , m_statistics(ConferenceRows::statistics(this))
    , m_attachments(new AttachmentsPanel(this))
{
    m_ui->setupUi(this);
    m_ui->tabWidget->addTab(m_attachments, tr("A&ttachments"));
    connect(m_attachments, &AttachmentsPanel::changed, this, [this] {
        if (!isLoading())
            setDirty(true);
    });
    setWindowTitle(id ? tr("Edit conference") : tr("New conference"));
    m_ui->kindComboBox->setChoices(Labels::choices(Labels::Enum::ConferenceKind));
    m_ui->statusComboBox->setChoices(Labels::choices(Labels::Enum::ConferenceStatus));
    m_ui->secrecyComboBox->setChoices(Labels::choices(Labels::Enum::Secrecy));
    m_ui->urgencyComboBox->setChoices(Labels::choices(Labels::Enum::Urgency));
    m_ui->participantRoleComboBox->setChoices(Labels::choices(Labels::Enum::ParticipantRole));
    fillPickers();

    bind(m_ui->kindComboBox, "kind");
    bind(m_ui->documentComboBox, "legal_document_id");
    bind(m_ui->titlePlainTextEdit, "title");
    bind(m_ui->periodFromDateEdit, "period_from");
    bind(m_ui->periodToDateEdit, "period_to");
    bind(m_ui->heldOnDateEdit, "held_on");
    bind(m_ui->startsAtLineEdit, "starts_at");
    bind(m_ui->endsAtLineEdit, "ends_at");
    bind(m_ui->venueLineEdit, "venue");
    bind(m_ui->organizerComboBox, "organizer_unit_id");
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

    setUpTable(m_ui->participantsTableView, m_participants);
    setUpTable(m_ui->programmeTableView, m_programme);
    setUpTable(m_ui->statisticsTableView, m_statistics);
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
    connect(m_ui->heldOnDateEdit, &OptionalDateEdit::valueChanged, this,
            &ConferenceEditor::updateSuggestion);
    connect(m_ui->newDocumentButton, &QPushButton::clicked, this, [this] {
        LegalDocumentEditor editor(database(), 0, this);
        connect(&editor, &RecordEditor::saved, this, [this](qint64 documentId) {
            fillPickers();
            m_ui->documentComboBox->setValue(documentId);
        });
        editor.exec();
    });
    connect(m_ui->addParticipantButton, &QPushButton::clicked, this, [this] {
        addParticipant(m_ui->participantPickerComboBox->value(),
                       m_ui->participantRoleComboBox->value().toString());
    });
    connect(m_ui->newPersonButton, &QPushButton::clicked, this, &ConferenceEditor::addNewPerson);
    connect(m_ui->importCsvButton, &QPushButton::clicked, this, [this] {
        importCsv(QString());
    });
    connect(m_ui->moveParticipantUpButton, &QPushButton::clicked, this,
            [this] { moveCurrent(m_ui->participantsTableView, -1); });
    connect(m_ui->moveParticipantDownButton, &QPushButton::clicked, this,
            [this] { moveCurrent(m_ui->participantsTableView, 1); });
    connect(m_ui->removeParticipantButton, &QPushButton::clicked, this,
            [this] { removeCurrent(m_ui->participantsTableView); });
    connect(m_ui->addItemButton, &QPushButton::clicked, this, [this] {
        m_programme->appendRow({{QStringLiteral("kind"), QStringLiteral("other")}});
        const QModelIndex title = m_programme->index(m_programme->rowCount() - 1,
                                                     m_programme->columnOf(QStringLiteral("title")));
        m_ui->programmeTableView->setCurrentIndex(title);
        m_ui->programmeTableView->edit(title);
    });
    connect(m_ui->moveItemUpButton, &QPushButton::clicked, this,
            [this] { moveCurrent(m_ui->programmeTableView, -1); });
    connect(m_ui->moveItemDownButton, &QPushButton::clicked, this,
            [this] { moveCurrent(m_ui->programmeTableView, 1); });
    connect(m_ui->removeItemButton, &QPushButton::clicked, this,
            [this] { removeCurrent(m_ui->programmeTableView); });
    connect(m_ui->addStatisticButton, &QPushButton::clicked, this, [this] {
        m_statistics->appendRow({{QStringLiteral("value"), 0}});
        const QModelIndex name = m_statistics->index(m_statistics->rowCount() - 1, 0);
        m_ui->statisticsTableView->setCurrentIndex(name);
        m_ui->statisticsTableView->edit(name);
    });
    connect(m_ui->removeStatisticButton, &QPushButton::clicked, this,
            [this] { removeCurrent(m_ui->statisticsTableView); });

    finishSetup(m_ui->buttonBox, m_ui->messageLabel);
    if (!id) {
        m_ui->kindComboBox->setValue(QStringLiteral("final_review"));
        m_ui->statusComboBox->setValue(QStringLiteral("planned"));
        m_ui->secrecyComboBox->setValue(QStringLiteral("none"));
        m_ui->urgencyComboBox->setValue(QStringLiteral("none"));
        m_ui->participantRoleComboBox->setValue(QStringLiteral("delegate"));
        setDirty(false);
    }
}

ConferenceEditor::~ConferenceEditor() = default;

void ConferenceEditor::fillPickers()
{
    const QSqlDatabase db = database();
    m_ui->documentComboBox->setRecords(
            db,
            QStringLiteral("SELECT id, code || coalesce(' — ' || excerpt, '') FROM legal_document "
                           "ORDER BY issued_on DESC, sort_key"),
            tr("(none)"));
    m_ui->organizerComboBox->setRecords(
            db, QStringLiteral("SELECT id, name FROM unit ORDER BY sort_key"), tr("(not stated)"));
    m_ui->participantPickerComboBox->setRecords(
            db, QStringLiteral("SELECT 'p:' || id, full_name || coalesce(', ' || title, '') "
                               "FROM person ORDER BY sort_key"));
    m_ui->participantPickerComboBox->appendRecords(
            db, QStringLiteral("SELECT 'u:' || id, name FROM unit ORDER BY sort_key"),
            tr("Unit: "));
    m_ui->participantPickerComboBox->setCurrentIndex(-1);
}

void ConferenceEditor::setUpTable(QTableView *view, ChildRowsModel *model)
{
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    const auto changed = [this] {
        if (!isLoading())
            setDirty(true);
        updateCounts();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    const auto move = [this, view](const QKeySequence &keys, int step) {
        auto *shortcut = new QShortcut(keys, view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, view, step] { moveCurrent(view, step); });
    };
    move(QKeySequence(Qt::ALT | Qt::Key_Up), -1);
    move(QKeySequence(Qt::ALT | Qt::Key_Down), 1);
}

void ConferenceEditor::loaded()
{
    const qint64 id = recordId();
    m_participants->load(database(), id);
    m_programme->load(database(), id);
    m_statistics->load(database(), id);
    m_attachments->load(database(), QStringLiteral("conference_id"), id);
    m_lastSuggestion = m_ui->titlePlainTextEdit->toPlainText();
    for (QTableView *view : {m_ui->participantsTableView, m_ui->programmeTableView,
                             m_ui->statisticsTableView}) {
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, qBound(90, view->columnWidth(column) + 16, 320));
    }
    updateCounts();
}

bool ConferenceEditor::saveChildren(qint64 id, QString *error)
{
    return m_participants->save(database(), id, error) && m_programme->save(database(), id, error)
            && m_statistics->save(database(), id, error) && m_attachments->save(id, error);
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
                                          + tr("%n unit(s) — ", nullptr, units)
                                          + tr("%n delegate(s) in all", nullptr, delegates));
}

bool ConferenceEditor::addParticipant(const QVariant &pickerValue, const QString &role)
{
    const QString value = pickerValue.toString();
    const bool person = value.startsWith(personPrefix);
    if (!person && !value.startsWith(unitPrefix)) {
        showMessage(tr("Choose a person or a unit from the list first."),
                    m_ui->participantPickerComboBox);
        return false;
    }
    const qint64 id = value.mid(2).toLongLong();
    const QString field = person ? QStringLiteral("person_id") : QStringLiteral("unit_id");
    for (const QVariantMap &row : m_participants->rows()) {
        if (row.value(field).toLongLong() == id) {
            showMessage(tr("“%1” is already in the list.").arg(row.value(QStringLiteral("name")).toString()),
                        m_ui->participantPickerComboBox);
            return false;
        }
    }
    QSqlQuery query(database());
    query.prepare(person ? QStringLiteral("SELECT full_name, title FROM person WHERE id = ?")
                         : QStringLiteral("SELECT name, NULL FROM unit WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return false;
    QVariantMap row{{field, id},
                    {QStringLiteral("name"), query.value(0)},
                    {QStringLiteral("role"), role.isEmpty() ? QStringLiteral("delegate") : role},
                    // The title held that day starts as today's title, and may be corrected.
                    {QStringLiteral("title_held"), query.value(1)},
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
    PersonEditor editor(database(), 0, this);
    qint64 added = 0;
    connect(&editor, &RecordEditor::saved, this, [&added](qint64 id) { added = id; });
    editor.exec();
    if (!added)
        return;
    fillPickers();
    addParticipant(personPrefix + QString::number(added),
                   m_ui->participantRoleComboBox->value().toString());
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
        path = QFileDialog::getOpenFileName(this, tr("Import delegates"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    DelegateImportDialog dialog(database(), recordId(), path, this);
    if (dialog.exec() == QDialog::Accepted)
        m_participants->load(database(), recordId());
}

void ConferenceEditor::moveCurrent(QTableView *view, int step)
{
    auto *model = static_cast<ChildRowsModel *>(view->model());
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (to < 0 || to >= model->rowCount() || !model->moveRow(current.row(), to))
        return;
    view->setCurrentIndex(model->index(to, current.column()));
}

void ConferenceEditor::removeCurrent(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        view->model()->removeRow(current.row());
}

void ConferenceEditor::suggestTitle()
{
    m_lastSuggestion = ConferenceTitle::suggest(
            database(), m_ui->kindComboBox->value().toString(), m_ui->documentComboBox->value(),
            QDate::fromString(m_ui->heldOnDateEdit->value().toString(), Qt::ISODate));
    m_ui->titlePlainTextEdit->setPlainText(m_lastSuggestion);
}

void ConferenceEditor::updateSuggestion()
{
    // The title follows kind, document and date until the secretary writes one of their own.
    if (isLoading())
        return;
    const QString title = m_ui->titlePlainTextEdit->toPlainText().trimmed();
    if (title.isEmpty() || title == m_lastSuggestion)
        suggestTitle();
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
    for (ValueComboBox *combo : {m_ui->documentComboBox, m_ui->organizerComboBox}) {
        if (!combo->hasValidText())
            return fail(tr("“%1” is not in the directory; choose from the list.")
                                .arg(combo->currentText()),
                        combo, m_ui->generalTab);
    }
    for (QLineEdit *time : {m_ui->startsAtLineEdit, m_ui->endsAtLineEdit}) {
        if (!isTime(time->text().trimmed()))
            return fail(tr("“%1” is not a time; write it as 07:30.").arg(time->text()), time,
                        m_ui->generalTab);
    }
    if (!m_ui->periodFromDateEdit->isEmpty() && !m_ui->periodToDateEdit->isEmpty()
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

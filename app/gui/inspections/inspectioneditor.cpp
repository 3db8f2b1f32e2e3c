#include "inspectioneditor.h"
#include "ui_inspectioneditor.h"

#include "core/clock.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/choicedelegate.h"
#include "gui/common/datelineedit.h"
#include "gui/common/rolegate.h"
#include "gui/inspections/targeteditor.h"
#include "gui/directories/legaldocumenteditor.h"
#include "models/inspectionlists.h"
#include "models/lookups.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHeaderView>
#include <QIntValidator>
#include <QKeySequence>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QStyledItemDelegate>

namespace {

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// A date column of the rows: shown as 02/11/2025, typed as a secretary types it, kept ISO.
// Text that is not a date is never stored: the cell keeps what it held.
class DateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QDate date = isoDate(value);
        return date.isValid() ? VietnameseText::formDate(date)
                              : QStyledItemDelegate::displayText(value, locale);
    }
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return new DateLineEdit(parent);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<DateLineEdit *>(editor)->setValue(index.data(Qt::EditRole));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *field = static_cast<DateLineEdit *>(editor);
        if (field->isValid())
            model->setData(index, field->value());
    }
};

} // namespace

InspectionEditor::InspectionEditor(Store *store, qint64 id, QWidget *parent)
    : RecordEditor(store, QStringLiteral("inspection_team"), id, parent)
    , m_ui(std::make_unique<Ui::InspectionEditor>())
    , m_members(InspectionLists::members(this))
    , m_targets(InspectionLists::targets(this))
    , m_topics(InspectionLists::topics(this))
    , m_attachments(new AttachmentsPanel(this))
{
    m_ui->setupUi(this);
    m_ui->tabWidget->addTab(m_attachments, tr("Attachment&s"));
    connect(m_attachments, &AttachmentsPanel::changed, this, &InspectionEditor::updateDirty);
    setWindowTitle(id ? tr("Edit inspection") : tr("New inspection"));
    m_ui->statusComboBox->setChoices(Labels::choices(Labels::Enum::TeamStatus));
    m_ui->secrecyComboBox->setChoices(Labels::choices(Labels::Enum::Secrecy));
    m_ui->memberRoleComboBox->setChoices(Labels::choices(Labels::Enum::MemberRole));
    m_ui->numberLineEdit->setValidator(new QIntValidator(1, 9999, m_ui->numberLineEdit));
    fillPickers();
    // The directory is too long to list: the pickers find as they are typed into.
    m_ui->memberPickerComboBox->setSearch(
        [store](const QString &typed) { return InspectionLists::findPeople(*store, typed); });
    m_ui->memberPickerComboBox->lineEdit()->setPlaceholderText(
        tr("Type a name to find the person…"));
    m_ui->targetPickerComboBox->setSearch([store](const QString &typed) {
        return InspectionLists::findTargets(*store, typed, tr("Unit: "));
    });
    m_ui->targetPickerComboBox->lineEdit()->setPlaceholderText(
        tr("Type the name of a unit or of a Party member to find it…"));

    bind(m_ui->bodyComboBox, "issuing_body_id");
    bind(m_ui->numberLineEdit, "number");
    bind(m_ui->namePlainTextEdit, "name");
    bind(m_ui->decisionCodeLineEdit, "decision_code");
    bind(m_ui->decidedOnDateEdit, "decided_on");
    bind(m_ui->planCodeLineEdit, "plan_code");
    bind(m_ui->plannedOnDateEdit, "planned_on");
    bind(m_ui->documentComboBox, "subject_document_id");
    bind(m_ui->periodFromDateEdit, "period_from");
    bind(m_ui->periodToDateEdit, "period_to");
    bind(m_ui->startsOnDateEdit, "starts_on");
    bind(m_ui->endsOnDateEdit, "ends_on");
    bind(m_ui->statusComboBox, "status");
    bind(m_ui->secrecyComboBox, "secrecy");
    bind(m_ui->purposePlainTextEdit, "purpose");
    bind(m_ui->methodPlainTextEdit, "method");
    bind(m_ui->notePlainTextEdit, "note");

    setUpRows(m_ui->membersTableView, m_members);
    setUpRows(m_ui->targetsTableView, m_targets);
    setUpRows(m_ui->topicsTableView, m_topics);
    // A content's title is what the plan prints: it shares the width with its detail instead of
    // keeping the width fitted to an empty column when the inspection is new.
    m_ui->topicsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->membersTableView->setItemDelegateForColumn(m_members->columnOf(QStringLiteral("role")),
        new ChoiceDelegate(Labels::Enum::MemberRole, this));
    m_ui->targetsTableView->setItemDelegateForColumn(m_targets->columnOf(QStringLiteral("status")),
        new ChoiceDelegate(Labels::Enum::TargetStatus, this));
    for (const char *field : {"self_report_due_on", "self_report_received_on"})
        m_ui->targetsTableView->setItemDelegateForColumn(
            m_targets->columnOf(QLatin1String(field)), new DateDelegate(this));

    connect(
        m_ui->newDocumentButton, &QPushButton::clicked, this, &InspectionEditor::addNewDocument);
    connect(store, &Store::changed, this, [this](const QString &table, bool external) {
        if (external || table == QLatin1String("issuing_body")
            || table == QLatin1String("legal_document"))
            fillPickers();
    });
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, [this] {
        addMember(
            m_ui->memberPickerComboBox->value(), m_ui->memberRoleComboBox->value().toString());
    });
    connect(m_ui->moveMemberUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->membersTableView, -1); });
    connect(m_ui->moveMemberDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->membersTableView, 1); });
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->membersTableView->currentIndex();
        if (current.isValid())
            m_members->removeRow(current.row());
    });
    connect(m_ui->addTargetButton, &QPushButton::clicked, this,
        [this] { addTarget(m_ui->targetPickerComboBox->value()); });
    connect(m_ui->moveTargetUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->targetsTableView, -1); });
    connect(m_ui->moveTargetDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->targetsTableView, 1); });
    connect(m_ui->removeTargetButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->targetsTableView->currentIndex();
        if (current.isValid())
            removeTarget(current.row());
    });
    // A target's details are read by whoever reads the inspection.
    m_ui->targetDetailsButton->setProperty(RoleGate::readOnlyKeeps, true);
    connect(m_ui->targetDetailsButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->targetsTableView->currentIndex();
        openTarget(current.isValid() ? current.row() : -1);
    });
    connect(m_ui->addTopicButton, &QPushButton::clicked, this, [this] { addTopic(); });
    connect(m_ui->moveTopicUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->topicsTableView, -1); });
    connect(m_ui->moveTopicDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->topicsTableView, 1); });
    connect(m_ui->removeTopicButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->topicsTableView->currentIndex();
        if (current.isValid())
            m_topics->removeRow(current.row());
    });

    m_ui->memberRoleComboBox->setValue(QStringLiteral("member"));
    if (store->isReadOnly()) {
        for (QPushButton *button : {m_ui->newDocumentButton, m_ui->addMemberButton,
                 m_ui->moveMemberUpButton, m_ui->moveMemberDownButton, m_ui->removeMemberButton,
                 m_ui->addTargetButton, m_ui->moveTargetUpButton, m_ui->moveTargetDownButton,
                 m_ui->removeTargetButton, m_ui->addTopicButton, m_ui->moveTopicUpButton,
                 m_ui->moveTopicDownButton, m_ui->removeTopicButton})
            button->setEnabled(false);
    }
    finishSetup(m_ui->buttonBox, m_ui->messageLabel, m_ui->tabWidget);
    QVariantMap initial {{QStringLiteral("status"), QStringLiteral("planned")},
        {QStringLiteral("secrecy"), QStringLiteral("none")}};
    if (const qint64 body = InspectionLists::defaultBody(*store))
        initial.insert(QStringLiteral("issuing_body_id"), body);
    setInitialValues(initial);
}

InspectionEditor::~InspectionEditor() = default;

void InspectionEditor::fillPickers()
{
    m_ui->bodyComboBox->setItems(Lookups::issuingBodies(*store()), tr("(not stated)"));
    m_ui->documentComboBox->setItems(Lookups::documents(*store()), tr("(none)"));
}

void InspectionEditor::loaded()
{
    const qint64 id = recordId();
    m_members->load(*store(), id);
    m_targets->load(*store(), id);
    m_topics->load(*store(), id);
    m_attachments->load(store(), QStringLiteral("inspection_team_id"), id);
    for (QTableView *view :
        {m_ui->membersTableView, m_ui->targetsTableView, m_ui->topicsTableView}) {
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, qBound(110, view->columnWidth(column) + 16, 380));
    }
    showDecisionSource();
    updateCounts();
}

void InspectionEditor::showDecisionSource()
{
    // A decision our register issued is the register's: its number and date are not typed here.
    const auto issued = InspectionLists::issuedDecision(*store(), recordId());
    m_ui->decisionCodeLineEdit->setReadOnly(issued.has_value());
    m_ui->decidedOnDateEdit->setReadOnly(issued.has_value());
    m_ui->decisionNoteLabel->setVisible(true);
    m_ui->decisionNoteLabel->setText(issued
            ? tr("Issued from the outgoing document register as %1 of %2: its number and date "
                 "are the register's.")
                  .arg(issued->code, VietnameseText::formDate(issued->issuedOn))
            : tr("Enter the number and date when another body issued the decision; a decision "
                 "issued here gets them from the outgoing document register."));
}

bool InspectionEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve,
    QString *error, std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_members->save(*store(), id, resolve, error, conflict)
        && m_targets->save(*store(), id, resolve, error, conflict)
        && m_topics->save(*store(), id, resolve, error, conflict) && m_attachments->save(id, error);
}

bool InspectionEditor::childrenDirty() const
{
    return m_members->isDirty() || m_targets->isDirty() || m_topics->isDirty()
        || m_attachments->isDirty();
}

void InspectionEditor::rebaseChildren()
{
    for (ChildRowsModel *rows : {m_members, m_targets, m_topics})
        rows->rebase(*store(), recordId());
}

void InspectionEditor::updateCounts()
{
    m_ui->membersCountLabel->setText(tr("%n member(s)", nullptr, m_members->rowCount()));
    m_ui->targetsCountLabel->setText(tr("%n target(s)", nullptr, m_targets->rowCount()));
    m_ui->topicsCountLabel->setText(tr("%n content(s)", nullptr, m_topics->rowCount()));
    // A self-inspection report received after its date, or still awaited past it, is late.
    const QDate today = store()->clock()->today();
    QStringList late;
    for (const QVariantMap &row : m_targets->rows()) {
        const QDate due = isoDate(row.value(QStringLiteral("self_report_due_on")));
        const QDate received = isoDate(row.value(QStringLiteral("self_report_received_on")));
        const QString name = row.value(QStringLiteral("name")).toString();
        if (!due.isValid())
            continue;
        if (received.isValid() && received > due)
            late << tr("%1: received %n day(s) late", nullptr, int(due.daysTo(received))).arg(name);
        else if (!received.isValid() && today > due)
            late << tr("%1: not received, due %2").arg(name, VietnameseText::formDate(due));
    }
    m_ui->lateLabel->setVisible(!late.isEmpty());
    m_ui->lateLabel->setText(late.isEmpty()
            ? QString()
            : tr("Late self-inspection reports — %1.").arg(late.join(QStringLiteral("; "))));
}

bool InspectionEditor::addMember(const QVariant &pickerValue, const QString &role)
{
    const std::optional<Lookups::Picked> picked = Lookups::picked(pickerValue);
    if (!picked || !picked->person) {
        showMessage(tr("Choose a person from the list first."), m_ui->memberPickerComboBox);
        return false;
    }
    const qint64 id = picked->id;
    for (const QVariantMap &row : m_members->rows()) {
        if (row.value(QStringLiteral("person_id")).toLongLong() == id) {
            showMessage(tr("“%1” is already a member of the team.")
                            .arg(row.value(QStringLiteral("name")).toString()),
                m_ui->memberPickerComboBox);
            return false;
        }
    }
    const std::optional<Lookups::Person> person = Lookups::person(*store(), id);
    if (!person)
        return false;
    // The title held at the time starts as today's title, and may be corrected.
    m_members->appendRow(
        {{QStringLiteral("person_id"), id}, {QStringLiteral("name"), person->fullName},
            {QStringLiteral("role"), role.isEmpty() ? QStringLiteral("member") : role},
            {QStringLiteral("title_held"),
                person->title.isEmpty() ? QVariant() : QVariant(person->title)}});
    m_ui->membersTableView->setCurrentIndex(m_members->index(m_members->rowCount() - 1, 0));
    m_ui->memberPickerComboBox->setCurrentIndex(-1);
    showMessage(QString());
    return true;
}

bool InspectionEditor::addTarget(const QVariant &pickerValue)
{
    const std::optional<Lookups::Picked> picked = Lookups::picked(pickerValue);
    if (!picked) {
        showMessage(
            tr("Choose a unit or a Party member from the list first."), m_ui->targetPickerComboBox);
        return false;
    }
    const bool person = picked->person;
    const qint64 id = picked->id;
    const QString field = person ? QStringLiteral("person_id") : QStringLiteral("unit_id");
    for (const QVariantMap &row : m_targets->rows()) {
        if (row.value(field).toLongLong() == id) {
            showMessage(tr("“%1” is already a target of this inspection.")
                            .arg(row.value(QStringLiteral("name")).toString()),
                m_ui->targetPickerComboBox);
            return false;
        }
    }
    QString name;
    if (person) {
        const std::optional<Lookups::Person> found = Lookups::person(*store(), id);
        if (!found)
            return false;
        name = found->fullName;
    } else {
        name = InspectionLists::targetUnitName(*store(), id);
        if (name.isEmpty())
            return false;
    }
    m_targets->appendRow({{field, id}, {QStringLiteral("name"), name},
        {QStringLiteral("status"), QStringLiteral("scheduled")}});
    m_ui->targetsTableView->setCurrentIndex(m_targets->index(m_targets->rowCount() - 1, 0));
    m_ui->targetPickerComboBox->setCurrentIndex(-1);
    showMessage(QString());
    return true;
}

bool InspectionEditor::removeTarget(int row)
{
    if (row < 0 || row >= m_targets->rowCount())
        return false;
    const qint64 targetId = m_targets->rowId(row);
    const int recommendations
        = targetId ? InspectionLists::targetRecommendationCount(*store(), targetId) : 0;
    if (recommendations > 0) {
        showMessage(tr("“%1” has %n recommendation(s) followed up with their history: the "
                       "target cannot be removed.",
                        nullptr, recommendations)
                        .arg(m_targets->row(row).value(QStringLiteral("name")).toString()),
            m_ui->targetsTableView);
        return false;
    }
    m_targets->removeRow(row);
    return true;
}

RecordEditor *InspectionEditor::openTarget(int row)
{
    if (row < 0 || row >= m_targets->rowCount()) {
        showMessage(tr("Select a target in the list first."), m_ui->targetsTableView);
        return nullptr;
    }
    // The target's details are written in their own transaction: the target must be stored.
    if (!m_targets->rowId(row)) {
        if (store()->isReadOnly()
            || QMessageBox::question(this, tr("Schedule, conclusion and recommendations"),
                   tr("“%1” is not saved yet. Save the inspection now?")
                       .arg(m_targets->row(row).value(QStringLiteral("name")).toString()))
                != QMessageBox::Yes
            || !save())
            return nullptr;
    }
    const qint64 targetId = m_targets->rowId(row);
    if (!targetId)
        return nullptr;
    auto *editor = new TargetEditor(store(), targetId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // What the target's editor stored (its status, its report's dates) becomes what this
    // window's rows are based on; what was typed here stays.
    connect(editor, &RecordEditor::saved, this, [this] {
        m_targets->rebase(*store(), recordId());
        updateCounts();
        updateDirty();
    });
    editor->open();
    return editor;
}

void InspectionEditor::addTopic(const QString &title)
{
    m_topics->appendRow(
        {{QStringLiteral("title"), title.isEmpty() ? QVariant() : QVariant(title)}});
    const QModelIndex cell = m_topics->index(m_topics->rowCount() - 1, 0);
    m_ui->topicsTableView->setCurrentIndex(cell);
    if (title.isEmpty())
        m_ui->topicsTableView->edit(cell);
}

void InspectionEditor::addNewDocument()
{
    LegalDocumentEditor editor(store(), 0, this);
    editor.setDeferred(true);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QVariantMap document = editor.collectedValues();
    const QVariant marker = addPending(QStringLiteral("legal_document"), document);
    const QString excerpt = document.value(QStringLiteral("excerpt")).toString().simplified();
    m_ui->documentComboBox->addUnsavedItem(
        document.value(QStringLiteral("code")).toString().trimmed()
            + (excerpt.isEmpty() ? QString() : QStringLiteral(" — ") + excerpt),
        marker);
    m_ui->documentComboBox->setValue(marker);
    showMessage(tr("The document joins the directory when the inspection is saved."));
}

bool InspectionEditor::validate(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](const QString &text, QWidget *widget, QWidget *tab) {
        *sentence = text;
        *focus = widget;
        m_ui->tabWidget->setCurrentWidget(tab);
        return false;
    };
    if (m_ui->namePlainTextEdit->toPlainText().trimmed().isEmpty())
        return fail(
            tr("Enter the name of the inspection."), m_ui->namePlainTextEdit, m_ui->generalTab);
    const auto reversed = [](DateLineEdit *from, DateLineEdit *to) {
        return from->date().isValid() && to->date().isValid() && to->date() < from->date();
    };
    if (reversed(m_ui->periodFromDateEdit, m_ui->periodToDateEdit))
        return fail(tr("The period inspected ends before it starts."), m_ui->periodToDateEdit,
            m_ui->generalTab);
    if (reversed(m_ui->startsOnDateEdit, m_ui->endsOnDateEdit))
        return fail(tr("The working period ends before it starts."), m_ui->endsOnDateEdit,
            m_ui->generalTab);
    // Rows may come from another window's save: checked again here, not only when added.
    QSet<qint64> people;
    for (const QVariantMap &row : m_members->rows()) {
        if (!people.contains(row.value(QStringLiteral("person_id")).toLongLong())) {
            people.insert(row.value(QStringLiteral("person_id")).toLongLong());
            continue;
        }
        return fail(tr("“%1” is in the team twice; remove one of the rows.")
                        .arg(row.value(QStringLiteral("name")).toString()),
            m_ui->membersTableView, m_ui->membersTab);
    }
    QSet<QString> targets;
    for (const QVariantMap &row : m_targets->rows()) {
        const QString key = row.value(QStringLiteral("unit_id")).isNull()
            ? QStringLiteral("person ") + row.value(QStringLiteral("person_id")).toString()
            : QStringLiteral("unit ") + row.value(QStringLiteral("unit_id")).toString();
        if (!targets.contains(key)) {
            targets.insert(key);
            continue;
        }
        return fail(tr("“%1” is a target twice; remove one of the rows.")
                        .arg(row.value(QStringLiteral("name")).toString()),
            m_ui->targetsTableView, m_ui->targetsTab);
    }
    for (int row = 0; row < m_topics->rowCount(); ++row) {
        if (m_topics->row(row).value(QStringLiteral("title")).toString().trimmed().isEmpty())
            return fail(tr("Content %1 has no text; write it or remove the row.").arg(row + 1),
                m_ui->topicsTableView, m_ui->topicsTab);
    }
    return true;
}

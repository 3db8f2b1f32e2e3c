#include "targeteditor.h"
#include "ui_targeteditor.h"

#include "gui/common/approvalrow.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/choicedelegate.h"
#include "gui/common/datedelegate.h"
#include "gui/common/datelineedit.h"
#include "gui/common/valuecombobox.h"
#include "core/clock.h"
#include "models/lookups.h"
#include "models/recordmodel.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyledItemDelegate>

namespace {

bool isTime(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    return text.isEmpty() || time.match(text).hasMatch();
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// 02/11/2023 for a stored date; what was typed, as it was, while it is not one.
QString shownDate(const QVariant &value)
{
    const QDate date = isoDate(value);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value.toString();
}

// A cell holding a record's id (a unit, a person, a content), chosen by its name. Either a list
// to choose from, or a search as it is typed (a province's people are too many to list).
class RecordDelegate : public QStyledItemDelegate
{
public:
    RecordDelegate(
        std::function<QList<Lookups::Item>()> items, const QString &noneText, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_items(std::move(items))
        , m_noneText(noneText)
    { }
    RecordDelegate(ValueComboBox::Search search, std::function<QString(qint64)> name,
        const QString &placeholder, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_search(std::move(search))
        , m_name(std::move(name))
        , m_noneText(placeholder)
    { }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new ValueComboBox(parent);
        if (m_search) {
            combo->setSearch(m_search);
            combo->lineEdit()->setPlaceholderText(m_noneText);
        } else {
            combo->setItems(m_items(), m_noneText);
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<ValueComboBox *>(editor);
        const QSignalBlocker blocker(combo);
        const QVariant value = index.data(Qt::EditRole);
        // A search finds nothing before a word is typed: the chosen record is offered first.
        if (m_search && !value.isNull())
            combo->addUnsavedItem(m_name(value.toLongLong()), value.toLongLong());
        combo->setValue(value);
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<ValueComboBox *>(editor);
        // Text that names nothing chooses nothing: the cell keeps what it had.
        if (!combo->hasValidText())
            return;
        model->setData(index, combo->value(), Qt::EditRole);
    }

private:
    std::function<QList<Lookups::Item>()> m_items;
    ValueComboBox::Search m_search;
    std::function<QString(qint64)> m_name;
    QString m_noneText;
};

} // namespace

TargetEditor::TargetEditor(Store *store, qint64 targetId, QWidget *parent)
    : RecordEditor(store, QStringLiteral("inspection_target"), targetId, parent)
    , m_ui(std::make_unique<Ui::TargetEditor>())
    , m_context(InspectionRows::context(*store, targetId))
    , m_sessions(InspectionRows::sessions(this))
    , m_violations(InspectionRows::violations(this))
    , m_recommendations(InspectionRows::recommendations(this))
    , m_attachments(new AttachmentsPanel(this))
{
    m_ui->setupUi(this);
    m_ui->tabWidget->addTab(m_attachments, tr("A&ttachments"));
    connect(m_attachments, &AttachmentsPanel::changed, this, &TargetEditor::updateDirty);
    // "Thành ủy Trà Vinh — Đoàn kiểm tra số 5"
    setWindowTitle(tr("%1 — %2").arg(m_context.targetName, m_context.teamName));
    m_ui->statusComboBox->setChoices(Labels::choices(Labels::Enum::TargetStatus));

    bind(m_ui->statusComboBox, "status");
    bind(m_ui->reportDueDateEdit, "self_report_due_on");
    bind(m_ui->reportReceivedDateEdit, "self_report_received_on");
    bind(m_ui->concludedOnDateEdit, "concluded_on");
    bind(m_ui->strengthsPlainTextEdit, "strengths");
    bind(m_ui->shortcomingsPlainTextEdit, "shortcomings");
    bind(m_ui->causesPlainTextEdit, "causes");
    bind(m_ui->responsibilityPlainTextEdit, "responsibility");
    bind(m_ui->disciplinePlainTextEdit, "discipline");

    for (DateLineEdit *date : {m_ui->reportDueDateEdit, m_ui->reportReceivedDateEdit})
        connect(date, &DateLineEdit::valueChanged, this, &TargetEditor::updateLateness);

    // The working period, for the secretary placing the sessions.
    if (m_context.startsOn.isValid() || m_context.endsOn.isValid()) {
        const QString from = m_context.startsOn.isValid()
            ? m_context.startsOn.toString(QStringLiteral("dd/MM/yyyy"))
            : QStringLiteral("…");
        const QString until = m_context.endsOn.isValid()
            ? m_context.endsOn.toString(QStringLiteral("dd/MM/yyyy"))
            : QStringLiteral("…");
        m_ui->workingPeriodLabel->setText(
            tr("The team works from %1 to %2; sessions fall within that period.").arg(from, until));
    } else {
        m_ui->workingPeriodLabel->setText(tr("The working period of the inspection is not set."));
    }
    m_ui->confidentialLabel->setText(
        tr("Party member concerned: %1.").arg(InspectionRows::confidentialNote()));
    m_ui->confidentialLabel->setToolTip(InspectionRows::confidentialNote());

    setUpShown();
    setUpRows(m_ui->sessionsTableView, m_sessions);
    setUpRows(m_ui->violationsTableView, m_violations);
    setUpRows(m_ui->recommendationsTableView, m_recommendations);

    // One delegate for each view: a delegate's signals go to every view it serves.
    m_ui->sessionsTableView->setItemDelegateForColumn(
        m_sessions->columnOf(QStringLiteral("held_on")), new DateDelegate(this));
    m_ui->recommendationsTableView->setItemDelegateForColumn(
        m_recommendations->columnOf(QStringLiteral("deadline")), new DateDelegate(this));
    const auto units = [store] { return Lookups::units(*store); };
    m_ui->violationsTableView->setItemDelegateForColumn(
        m_violations->columnOf(QStringLiteral("subject_kind")),
        new ChoiceDelegate(Labels::Enum::SubjectKind, this));
    m_ui->violationsTableView->setItemDelegateForColumn(
        m_violations->columnOf(QStringLiteral("subject_unit_id")),
        new RecordDelegate(units, tr("(not stated)"), this));
    const auto people = [store](const QString &typed) {
        QList<Lookups::Item> found;
        for (const Lookups::Item &item : Lookups::findPeopleAndUnits(*store, typed, QString())) {
            const std::optional<Lookups::Picked> picked = Lookups::picked(item.value);
            if (picked && picked->person)
                found.append({picked->id, item.text});
        }
        return found;
    };
    m_ui->violationsTableView->setItemDelegateForColumn(
        m_violations->columnOf(QStringLiteral("subject_person_id")),
        new RecordDelegate(
            people, [this](qint64 id) { return personName(id); },
            tr("Type a name to find the member…"), this));
    const QList<std::pair<qint64, QString>> topicList = m_context.topics;
    m_ui->violationsTableView->setItemDelegateForColumn(
        m_violations->columnOf(QStringLiteral("topic_id")),
        new RecordDelegate(
            [topicList] {
                QList<Lookups::Item> items;
                int number = 0;
                for (const auto &[id, title] : topicList)
                    items.append({id,
                        QStringLiteral("%1. %2").arg(++number).arg(
                            VietnameseText::elide(title, 90))});
                return items;
            },
            tr("(none)"), this));
    m_ui->recommendationsTableView->setItemDelegateForColumn(
        m_recommendations->columnOf(QStringLiteral("responsible_unit_id")),
        new RecordDelegate(units, tr("(choose the responsible unit)"), this));

    connect(m_ui->addSessionButton, &QPushButton::clicked, this, &TargetEditor::addSession);
    connect(m_ui->moveSessionUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->sessionsTableView, -1); });
    connect(m_ui->moveSessionDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->sessionsTableView, 1); });
    connect(m_ui->removeSessionButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->sessionsTableView); });
    connect(m_ui->addOrganizationViolationButton, &QPushButton::clicked, this,
        [this] { addViolation(QStringLiteral("organization")); });
    connect(m_ui->addMemberViolationButton, &QPushButton::clicked, this,
        [this] { addViolation(QStringLiteral("member")); });
    connect(m_ui->moveViolationUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->violationsTableView, -1); });
    connect(m_ui->moveViolationDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->violationsTableView, 1); });
    connect(m_ui->removeViolationButton, &QPushButton::clicked, this,
        [this] { removeCurrentRow(m_ui->violationsTableView); });
    connect(m_ui->addRecommendationButton, &QPushButton::clicked, this,
        &TargetEditor::addRecommendation);
    connect(m_ui->moveRecommendationUpButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->recommendationsTableView, -1); });
    connect(m_ui->moveRecommendationDownButton, &QPushButton::clicked, this,
        [this] { moveCurrentRow(m_ui->recommendationsTableView, 1); });
    connect(m_ui->removeRecommendationButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->recommendationsTableView->currentIndex();
        if (current.isValid())
            removeRecommendation(current.row());
    });
    // A unit or person renamed elsewhere shows under its new name.
    connect(store, &Store::changed, this, [this](const QString &table, bool external) {
        if (external || table == QLatin1String("person") || table == QLatin1String("unit")) {
            m_unitNames.clear();
            m_personNames.clear();
            for (QTableView *view : {m_ui->violationsTableView, m_ui->recommendationsTableView})
                view->viewport()->update();
        }
    });

    // A file open for reading only offers nothing that adds or changes.
    if (store->isReadOnly()) {
        for (QPushButton *button :
            {m_ui->addSessionButton, m_ui->moveSessionUpButton, m_ui->moveSessionDownButton,
                m_ui->removeSessionButton, m_ui->addOrganizationViolationButton,
                m_ui->addMemberViolationButton, m_ui->moveViolationUpButton,
                m_ui->moveViolationDownButton, m_ui->removeViolationButton,
                m_ui->addRecommendationButton, m_ui->moveRecommendationUpButton,
                m_ui->moveRecommendationDownButton, m_ui->removeRecommendationButton})
            button->setEnabled(false);
    }
    // Under the conclusion: a leader approves it before its notice is issued.
    m_approval = new ApprovalRow(
        store, QStringLiteral("inspection_target"), tr("Approve the &conclusion"), this);
    m_ui->conclusionLayout->insertWidget(1, m_approval);
    connect(m_approval, &ApprovalRow::approved, this, &RecordEditor::revert);
    connect(this, &RecordEditor::saved, m_approval, &ApprovalRow::setRecord);
    finishSetup(m_ui->buttonBox, m_ui->messageLabel, m_ui->tabWidget);
}

TargetEditor::~TargetEditor() = default;

QString TargetEditor::unitName(const QVariant &id) const
{
    if (id.isNull())
        return QString();
    const qint64 key = id.toLongLong();
    auto found = m_unitNames.constFind(key);
    if (found == m_unitNames.cend())
        found = m_unitNames.insert(key, Lookups::unitName(*store(), key));
    return *found;
}

QString TargetEditor::personName(const QVariant &id) const
{
    if (id.isNull())
        return QString();
    const qint64 key = id.toLongLong();
    auto found = m_personNames.constFind(key);
    if (found == m_personNames.cend()) {
        const std::optional<Lookups::Person> person = Lookups::person(*store(), key);
        found = m_personNames.insert(key, person ? person->fullName : QString());
    }
    return *found;
}

void TargetEditor::setUpShown()
{
    const auto date = [](const char *field) {
        const QString key = QLatin1String(field);
        return [key](const QVariantMap &row) -> QVariant {
            const QVariant value = row.value(key);
            return value.isNull() ? QVariant() : QVariant(shownDate(value));
        };
    };
    m_sessions->setShown(QStringLiteral("held_on"), date("held_on"));
    m_recommendations->setShown(QStringLiteral("deadline"), date("deadline"));
    m_violations->setShown(QStringLiteral("subject_unit_id"), [this](const QVariantMap &row) {
        return QVariant(unitName(row.value(QStringLiteral("subject_unit_id"))));
    });
    m_violations->setShown(QStringLiteral("subject_person_id"), [this](const QVariantMap &row) {
        const QString name = personName(row.value(QStringLiteral("subject_person_id")));
        return name.isEmpty() ? QVariant() : QVariant(name);
    });
    // The member's name stands out as confidential; what is only shown, as such.
    m_violations->setForeground(QStringLiteral("subject_person_id"), QColor(0x8a, 0x4b, 0x00));
    for (const char *field : {"status", "last_report"})
        m_recommendations->setForeground(QLatin1String(field), QColor(0x55, 0x55, 0x55));
    m_violations->setHeaderToolTip(
        QStringLiteral("subject_person_id"), InspectionRows::confidentialNote());
    m_violations->setToolTip(QStringLiteral("subject_person_id"), [this](const QVariantMap &row) {
        const QString name = personName(row.value(QStringLiteral("subject_person_id")));
        const QString note = InspectionRows::confidentialNote();
        return QVariant(name.isEmpty() ? note : name + QLatin1Char('\n') + note);
    });
    const QList<std::pair<qint64, QString>> topics = m_context.topics;
    m_violations->setShown(QStringLiteral("topic_id"), [topics](const QVariantMap &row) {
        const QVariant id = row.value(QStringLiteral("topic_id"));
        if (id.isNull())
            return QVariant();
        for (int i = 0; i < topics.size(); ++i) {
            if (topics.at(i).first == id.toLongLong())
                return QVariant(QStringLiteral("%1. %2").arg(i + 1).arg(topics.at(i).second));
        }
        return QVariant();
    });
    m_recommendations->setShown(
        QStringLiteral("responsible_unit_id"), [this](const QVariantMap &row) {
            return QVariant(unitName(row.value(QStringLiteral("responsible_unit_id"))));
        });
    m_recommendations->setShown(QStringLiteral("last_report"), [](const QVariantMap &row) {
        const QString report = row.value(QStringLiteral("last_report")).toString().simplified();
        const QVariant on = row.value(QStringLiteral("last_report_on"));
        if (report.isEmpty() && on.isNull())
            return QVariant();
        return QVariant(on.isNull() ? report : shownDate(on) + QStringLiteral(": ") + report);
    });
}

void TargetEditor::loaded()
{
    const qint64 id = recordId();
    m_targetUnitId = model()->values().value(QStringLiteral("unit_id")).toLongLong();
    m_sessions->load(*store(), id);
    m_violations->load(*store(), id);
    m_recommendations->load(*store(), id);
    m_attachments->load(store(), QStringLiteral("inspection_target_id"), id);
    m_approval->setRecord(id);
    for (QTableView *view :
        {m_ui->sessionsTableView, m_ui->violationsTableView, m_ui->recommendationsTableView}) {
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, qBound(90, view->columnWidth(column) + 16, 320));
    }
    updateLateness();
    updateCounts();
}

bool TargetEditor::saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
    std::optional<ChildRowsModel::Conflict> *conflict)
{
    return m_sessions->save(*store(), id, resolve, error, conflict)
        && m_violations->save(*store(), id, resolve, error, conflict)
        && m_recommendations->save(*store(), id, resolve, error, conflict)
        && m_attachments->save(id, error);
}

bool TargetEditor::childrenDirty() const
{
    return m_sessions->isDirty() || m_violations->isDirty() || m_recommendations->isDirty()
        || m_attachments->isDirty();
}

void TargetEditor::rebaseChildren()
{
    for (ChildRowsModel *rows :
        {static_cast<ChildRowsModel *>(m_sessions), static_cast<ChildRowsModel *>(m_violations),
            static_cast<ChildRowsModel *>(m_recommendations)})
        rows->rebase(*store(), recordId());
}

void TargetEditor::editNew(QTableView *view, ChildRowsModel *model, const QString &field)
{
    const QModelIndex cell = model->index(model->rowCount() - 1, model->columnOf(field));
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(cell);
    view->edit(cell);
}

void TargetEditor::addSession()
{
    // The next session starts the day after the last one, or on the team's first day.
    QDate day = m_context.startsOn;
    if (m_sessions->rowCount() > 0) {
        const QDate last
            = isoDate(m_sessions->row(m_sessions->rowCount() - 1).value(QStringLiteral("held_on")));
        if (last.isValid())
            day = last;
    }
    QVariantMap row;
    if (day.isValid())
        row.insert(QStringLiteral("held_on"), day.toString(Qt::ISODate));
    m_sessions->appendRow(row);
    editNew(m_ui->sessionsTableView, m_sessions, QStringLiteral("held_on"));
}

void TargetEditor::addViolation(const QString &subjectKind)
{
    const bool member = subjectKind == QLatin1String("member");
    QVariantMap row {{QStringLiteral("subject_kind"),
        member ? QStringLiteral("member") : QStringLiteral("organization")}};
    if (!member && m_targetUnitId)
        row.insert(QStringLiteral("subject_unit_id"), m_targetUnitId);
    m_violations->appendRow(row);
    editNew(m_ui->violationsTableView, m_violations,
        member ? QStringLiteral("subject_person_id") : QStringLiteral("description"));
}

void TargetEditor::addRecommendation()
{
    QVariantMap row;
    if (m_targetUnitId)
        row.insert(QStringLiteral("responsible_unit_id"), m_targetUnitId);
    row.insert(QStringLiteral("status"), QStringLiteral("pending"));
    row.insert(QStringLiteral("history"), 0);
    m_recommendations->appendRow(row);
    editNew(m_ui->recommendationsTableView, m_recommendations, QStringLiteral("content"));
}

bool TargetEditor::removeRecommendation(int row)
{
    if (row < 0 || row >= m_recommendations->rowCount())
        return false;
    const QVariantMap values = m_recommendations->row(row);
    const QString content = VietnameseText::elide(
        values.value(QStringLiteral("content")).toString().simplified(), 120);
    const int history = values.value(QStringLiteral("history")).toInt();
    if (history > 0) {
        showMessage(tr("Recommendation %1 is kept: it has a follow-up history (%n event(s)), "
                       "and that history is never deleted.",
                        nullptr, history)
                        .arg(row + 1),
            m_ui->recommendationsTableView);
        return false;
    }
    if (!content.isEmpty()
        && QMessageBox::question(this, tr("Remove the recommendation"),
               tr("Remove recommendation %1, “%2”?").arg(row + 1).arg(content),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    showMessage(QString());
    return m_recommendations->removeRow(row);
}

QString TargetEditor::lateness() const
{
    const QDate due = m_ui->reportDueDateEdit->date();
    if (!due.isValid())
        return QString();
    const QDate received = m_ui->reportReceivedDateEdit->date();
    if (received.isValid()) {
        const qint64 days = due.daysTo(received);
        return days > 0 ? tr("submitted %n day(s) late", nullptr, int(days)) : QString();
    }
    if (!m_ui->reportReceivedDateEdit->isEmpty())
        return QString();
    const qint64 overdue = due.daysTo(store()->clock()->today());
    return overdue > 0 ? tr("not received yet, %n day(s) overdue", nullptr, int(overdue))
                       : QString();
}

void TargetEditor::updateLateness()
{
    m_ui->latenessLabel->setText(lateness());
}

void TargetEditor::updateCounts()
{
    m_ui->sessionsCountLabel->setText(tr("%n session(s)", nullptr, m_sessions->rowCount()));
    m_ui->violationsCountLabel->setText(tr("%n violation(s)", nullptr, m_violations->rowCount()));
    m_ui->recommendationsCountLabel->setText(
        tr("%n recommendation(s)", nullptr, m_recommendations->rowCount()));
}

bool TargetEditor::validate(QString *sentence, QWidget **focus) const
{
    const auto fail = [&](const QString &text, QTableView *view, int row, int column) {
        *sentence = text;
        *focus = view;
        m_ui->tabWidget->setCurrentWidget(view->parentWidget());
        view->setCurrentIndex(view->model()->index(row, column));
        return false;
    };
    const auto dateProblem = [](const QVariant &value) {
        return !value.isNull() && !value.toString().trimmed().isEmpty()
            && !isoDate(value).isValid();
    };
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QVariantMap session = m_sessions->row(row);
        const QVariant heldOn = session.value(QStringLiteral("held_on"));
        const int dateColumn = m_sessions->columnOf(QStringLiteral("held_on"));
        if (dateProblem(heldOn))
            return fail(tr("Session %1: “%2” is not a date; write it as 02/11/2023.")
                            .arg(row + 1)
                            .arg(heldOn.toString()),
                m_ui->sessionsTableView, row, dateColumn);
        const QDate day = isoDate(heldOn);
        if (!day.isValid())
            return fail(tr("Session %1 has no date.").arg(row + 1), m_ui->sessionsTableView, row,
                dateColumn);
        for (const char *field : {"starts_at", "ends_at"}) {
            const QString time = session.value(QLatin1String(field)).toString().trimmed();
            if (!isTime(time))
                return fail(
                    tr("Session %1: “%2” is not a time; write it as 07:30.").arg(row + 1).arg(time),
                    m_ui->sessionsTableView, row, m_sessions->columnOf(QLatin1String(field)));
        }
        const QString from = session.value(QStringLiteral("starts_at")).toString().trimmed();
        const QString until = session.value(QStringLiteral("ends_at")).toString().trimmed();
        if (!from.isEmpty() && !until.isEmpty() && until < from)
            return fail(
                tr("Session %1 ends (%2) before it starts (%3).").arg(row + 1).arg(until, from),
                m_ui->sessionsTableView, row, m_sessions->columnOf(QStringLiteral("ends_at")));
        const bool early = m_context.startsOn.isValid() && day < m_context.startsOn;
        const bool late = m_context.endsOn.isValid() && day > m_context.endsOn;
        if (early || late) {
            const QString period = m_context.endsOn.isValid() && m_context.startsOn.isValid()
                ? tr("from %1 to %2")
                      .arg(m_context.startsOn.toString(QStringLiteral("dd/MM/yyyy")),
                          m_context.endsOn.toString(QStringLiteral("dd/MM/yyyy")))
                : m_context.startsOn.isValid()
                ? tr("from %1").arg(m_context.startsOn.toString(QStringLiteral("dd/MM/yyyy")))
                : tr("until %1").arg(m_context.endsOn.toString(QStringLiteral("dd/MM/yyyy")));
            return fail(tr("Session %1 on %2 lies outside the working period of the inspection "
                           "(%3).")
                            .arg(row + 1)
                            .arg(shownDate(heldOn), period),
                m_ui->sessionsTableView, row, dateColumn);
        }
    }
    for (int row = 0; row < m_violations->rowCount(); ++row) {
        const QVariantMap violation = m_violations->row(row);
        if (violation.value(QStringLiteral("subject_kind")).toString() == QLatin1String("member")
            && violation.value(QStringLiteral("subject_person_id")).isNull())
            return fail(tr("Violation %1 is a Party member's: choose the member.").arg(row + 1),
                m_ui->violationsTableView, row,
                m_violations->columnOf(QStringLiteral("subject_person_id")));
        if (violation.value(QStringLiteral("description")).toString().trimmed().isEmpty())
            return fail(tr("Violation %1 does not say what was violated.").arg(row + 1),
                m_ui->violationsTableView, row,
                m_violations->columnOf(QStringLiteral("description")));
    }
    const QDate concluded = m_ui->concludedOnDateEdit->date();
    for (int row = 0; row < m_recommendations->rowCount(); ++row) {
        const QVariantMap recommendation = m_recommendations->row(row);
        if (recommendation.value(QStringLiteral("content")).toString().trimmed().isEmpty())
            return fail(tr("Recommendation %1 does not say what is to be done.").arg(row + 1),
                m_ui->recommendationsTableView, row,
                m_recommendations->columnOf(QStringLiteral("content")));
        if (recommendation.value(QStringLiteral("responsible_unit_id")).isNull())
            return fail(tr("Recommendation %1 has no responsible unit: choose who carries it "
                           "out.")
                            .arg(row + 1),
                m_ui->recommendationsTableView, row,
                m_recommendations->columnOf(QStringLiteral("responsible_unit_id")));
        const QVariant deadline = recommendation.value(QStringLiteral("deadline"));
        const int deadlineColumn = m_recommendations->columnOf(QStringLiteral("deadline"));
        if (dateProblem(deadline))
            return fail(tr("Recommendation %1: “%2” is not a date; write it as 31/12/2026.")
                            .arg(row + 1)
                            .arg(deadline.toString()),
                m_ui->recommendationsTableView, row, deadlineColumn);
        const QDate due = isoDate(deadline);
        if (!due.isValid())
            return fail(tr("Recommendation %1 has no deadline.").arg(row + 1),
                m_ui->recommendationsTableView, row, deadlineColumn);
        if (concluded.isValid() && due < concluded)
            return fail(
                tr("Recommendation %1 falls due on %2, before the conclusion of %3.")
                    .arg(row + 1)
                    .arg(shownDate(deadline), concluded.toString(QStringLiteral("dd/MM/yyyy"))),
                m_ui->recommendationsTableView, row, deadlineColumn);
    }
    return true;
}

#include "remedyhistorydialog.h"
#include "ui_remedyhistorydialog.h"

#include "core/clock.h"
#include "core/labels.h"
#include "gui/common/rolegate.h"
#include "remedyeventdialog.h"
#include "storage/attachmentstore.h"
#include "storage/remedies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSqlQuery>

RemedyHistoryDialog::RemedyHistoryDialog(Store *store, qint64 recommendationId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RemedyHistoryDialog>())
    , m_store(store)
    , m_id(recommendationId)
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->historyTreeWidget->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_ui->reportButton, &QPushButton::clicked, this,
        [this] { recordEvent(QStringLiteral("report")); });
    connect(m_ui->reminderButton, &QPushButton::clicked, this,
        [this] { recordEvent(QStringLiteral("reminder")); });
    connect(m_ui->recheckButton, &QPushButton::clicked, this,
        [this] { recordEvent(QStringLiteral("recheck")); });
    // Another window may record in this history (or change the recommendation) while it is open:
    // it shows what the file holds, and offers only what can still be recorded.
    // What is recorded here changes the recommendation's history: Edit.
    for (QPushButton *button : {m_ui->reportButton, m_ui->reminderButton, m_ui->recheckButton})
        RoleGate::gate(button, m_store, Access::Action::Edit);
    connect(m_store, &Store::changed, this, [this](const QString &table, bool external) {
        if (external || table == QLatin1String("recommendation")
            || table == QLatin1String("remedy_event") || table == QLatin1String("attachment"))
            reload();
    });
    reload();
}

RemedyHistoryDialog::~RemedyHistoryDialog() = default;

void RemedyHistoryDialog::reload()
{
    auto query = m_store->select(
        QStringLiteral("SELECT r.content, coalesce(tu.name, tp.full_name), tm.name, "
                       "tm.decision_code, ru.name, r.deadline, r.status, tg.concluded_on "
                       "FROM recommendation r JOIN inspection_target tg ON tg.id = r.target_id "
                       "JOIN inspection_team tm ON tm.id = tg.team_id "
                       "LEFT JOIN unit tu ON tu.id = tg.unit_id "
                       "LEFT JOIN person tp ON tp.id = tg.person_id "
                       "LEFT JOIN unit ru ON ru.id = r.responsible_unit_id WHERE r.id = ?"),
        {m_id});
    if (!query || !query->next()) {
        m_ui->contentLabel->setText(tr("This recommendation is no longer in the database."));
        for (QPushButton *button : {m_ui->reportButton, m_ui->reminderButton, m_ui->recheckButton})
            button->setEnabled(false);
        return;
    }
    const QString content = query->value(0).toString();
    setWindowTitle(tr("Following up: %1").arg(VietnameseText::elide(content, 60)));
    m_ui->contentLabel->setText(content);
    QFont bold = m_ui->contentLabel->font();
    bold.setBold(true);
    m_ui->contentLabel->setFont(bold);
    m_ui->targetLabel->setText(query->value(1).toString());
    const QString decision = query->value(3).toString();
    m_ui->inspectionLabel->setText(decision.isEmpty()
            ? query->value(2).toString()
            : tr("%1 (decision %2)").arg(query->value(2).toString(), decision));
    m_ui->responsibleLabel->setText(query->value(4).toString());
    const QDate deadline = QDate::fromString(query->value(5).toString(), Qt::ISODate);
    const QString status = query->value(6).toString();
    const QString due = Remedies::dueText(deadline, status, m_store->clock()->today());
    m_ui->deadlineLabel->setText(due.isEmpty()
            ? VietnameseText::formDate(deadline)
            : tr("%1 (%2)").arg(VietnameseText::formDate(deadline), due));
    const bool overdue = Remedies::isOverdue(deadline, status, m_store->clock()->today());
    m_ui->deadlineLabel->setStyleSheet(
        overdue ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_ui->statusLabel->setText(Labels::label(Labels::Enum::RecommendationStatus, status));
    query.reset();

    m_ui->historyTreeWidget->clear();
    const QList<Remedies::Entry> entries = Remedies::history(*m_store, m_id);
    for (const Remedies::Entry &entry : entries) {
        QStringList files;
        for (const AttachmentStore::Attachment &file :
            AttachmentStore::list(*m_store, QStringLiteral("remedy_event_id"), entry.id))
            files << file.fileName;
        QString what = entry.content;
        if (!entry.registerCode.isEmpty())
            what = what.isEmpty() ? tr("Letter %1").arg(entry.registerCode)
                                  : tr("%1 (letter %2)").arg(what, entry.registerCode);
        auto *item = new QTreeWidgetItem(m_ui->historyTreeWidget,
            {VietnameseText::formDate(entry.occurredOn),
                Labels::label(Labels::Enum::RemedyEventKind, entry.kind), what,
                Labels::label(Labels::Enum::RecommendationStatus, entry.statusAfter),
                files.join(QStringLiteral(", ")), entry.recordedBy});
        item->setToolTip(2, what);
    }
    if (entries.isEmpty()) {
        auto *item = new QTreeWidgetItem(
            m_ui->historyTreeWidget, {QString(), QString(), tr("Nothing recorded yet.")});
        item->setFlags(Qt::NoItemFlags);
    }
    QStringList refusals;
    const bool writable = !m_store->isReadOnly();
    for (const auto &[button, kind] : {std::pair {m_ui->reportButton, QStringLiteral("report")},
             {m_ui->reminderButton, QStringLiteral("reminder")},
             {m_ui->recheckButton, QStringLiteral("recheck")}}) {
        const QString refusal = Remedies::refusal(kind, status);
        button->setEnabled(writable && refusal.isEmpty());
        button->setToolTip(refusal);
        if (!refusal.isEmpty() && !refusals.contains(refusal))
            refusals << refusal;
    }
    if (!writable)
        refusals = QStringList {m_store->readOnlyReason()};
    m_ui->closedLabel->setText(refusals.join(QLatin1Char(' ')));
    m_ui->closedLabel->setVisible(!refusals.isEmpty());
}

QStringList RemedyHistoryDialog::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->historyTreeWidget->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->historyTreeWidget->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsEnabled))
            continue;
        QStringList cells;
        for (int column = 0; column < 5; ++column) {
            if (!item->text(column).isEmpty())
                cells << item->text(column);
        }
        lines << cells.join(QStringLiteral(" — "));
    }
    return lines;
}

RemedyEventDialog *RemedyHistoryDialog::recordEvent(const QString &kind)
{
    if (!RoleGate::demand(this, m_store, Access::Action::Edit))
        return nullptr;
    auto *dialog = new RemedyEventDialog(m_store, m_id, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        emit recorded(dialog->recordedId());
    });
    dialog->open();
    return dialog;
}

#include "historydialog.h"
#include "ui_historydialog.h"

#include "models/audithistory.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScreen>

HistoryDialog::HistoryDialog(
    const Store *store, const QString &table, qint64 id, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("History — %1").arg(title));
    QTreeWidget *list = m_ui->historyTreeWidget;
    const QList<AuditEntry> entries = AuditHistory::of(*store, table, id);
    for (const AuditEntry &entry : entries) {
        const QString what = AuditHistory::describe(entry, table);
        auto *item = new QTreeWidgetItem(list, {AuditHistory::when(entry.at), entry.user, what});
        item->setToolTip(2, what);
    }
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    m_ui->noteLabel->setText(entries.isEmpty()
            ? tr("Nothing has been logged for this record.")
            : tr("%n change(s), newest first.", nullptr, int(entries.size())));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QRect screen
        = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 768);
    resize(qMin(900, screen.width() * 9 / 10), qMin(520, screen.height() * 8 / 10));
}

HistoryDialog::~HistoryDialog() = default;

QStringList HistoryDialog::lines() const
{
    QStringList lines;
    const QTreeWidget *list = m_ui->historyTreeWidget;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        lines << QStringLiteral("%1 — %2 — %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

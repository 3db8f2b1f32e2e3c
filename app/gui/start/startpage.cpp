#include "startpage.h"
#include "ui_startpage.h"

#include "core/clock.h"
#include "storage/store.h"

#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLocale>
#include <QStyledItemDelegate>

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int TableRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int MoreRole = Qt::UserRole + 3; // the "and N more…" line of a group

enum Column { WhatColumn, WhomColumn, DueColumn, LateColumn };

// Lines with room around their text, as in the navigation.
class RoomyRows : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

StartPage::StartPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartPage>())
    , m_store(store)
{
    m_ui->setupUi(this);
    QTreeWidget *tree = m_ui->workTreeWidget;
    tree->setItemDelegate(new RoomyRows(tree));
    tree->setUniformRowHeights(true);
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WhomColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(WhomColumn, 260);
    QPalette grey = m_ui->hintLabel->palette();
    grey.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_ui->hintLabel->setPalette(grey);
    m_ui->todayLabel->setPalette(grey);
    // Enter and a double click are "activated" (a single click only selects).
    connect(
        tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_store, &Store::changed, this, [this] { m_stale = true; });
    refresh();
}

StartPage::~StartPage() = default;

int StartPage::totalCount() const
{
    int total = 0;
    for (const WorkDue::Kind kind : WorkDue::kinds())
        total += m_summary.total(kind);
    return total;
}

void StartPage::showEvent(QShowEvent *event)
{
    // A window left open overnight shows today's work.
    if (m_stale || m_readOn != m_store->clock()->today())
        refresh();
    QWidget::showEvent(event);
}

void StartPage::refresh()
{
    QString error;
    WorkDue::Summary summary = WorkDue::summarize(*m_store, WorkDue::PageLimit, &error);
    const QDate today = m_store->clock()->today();
    m_readOn = today;
    m_stale = false;
    m_ui->todayLabel->setText(QLocale().toString(today, QStringLiteral("dddd, dd/MM/yyyy")));
    QTreeWidget *tree = m_ui->workTreeWidget;
    // The line the user was on stays current.
    const QTreeWidgetItem *was = tree->currentItem();
    const QVariant wasTable = was ? was->data(0, TableRole) : QVariant();
    const QVariant wasId = was ? was->data(0, IdRole) : QVariant();
    const QVariant wasKind = was ? was->data(0, KindRole) : QVariant();
    m_summary = std::move(summary);
    tree->setUpdatesEnabled(false);
    tree->clear();
    if (!error.isEmpty()) {
        auto *item = new QTreeWidgetItem(tree, {error});
        item->setFirstColumnSpanned(true);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/overdue.svg")));
    }
    const QIcon overdueIcon(QStringLiteral(":/icons/overdue.svg"));
    const QIcon dueIcon(QStringLiteral(":/icons/calendar.svg"));
    const QColor late(0xb3, 0x26, 0x1e);
    const QColor quiet(0x6b, 0x6b, 0x6b);
    QTreeWidgetItem *current = nullptr;
    for (const WorkDue::Kind kind : WorkDue::kinds()) {
        const int total = m_summary.total(kind);
        auto *group = new QTreeWidgetItem(tree, {WorkDue::header(kind, total)});
        group->setData(0, KindRole, int(kind));
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        const auto lines = WorkDue::ofKind(m_summary.lines, kind);
        if (lines.isEmpty()) {
            auto *empty = new QTreeWidgetItem(group, {WorkDue::emptyText(kind)});
            empty->setFirstColumnSpanned(true);
            empty->setForeground(0, quiet);
            QFont italic = empty->font(0);
            italic.setItalic(true);
            empty->setFont(0, italic);
            empty->setFlags(Qt::ItemIsEnabled);
        }
        for (const WorkDue::Line &line : lines) {
            auto *item = new QTreeWidgetItem(group,
                {line.title, line.whom,
                    // An approved document is not due on a day: its line says when it was
                    // approved.
                    kind == WorkDue::Kind::DocumentAwaitingNumber
                        ? QString()
                        : line.due.toString(QStringLiteral("dd/MM/yyyy")),
                    line.detail});
            item->setData(0, KindRole, int(kind));
            item->setData(0, TableRole, line.table);
            item->setData(0, IdRole, line.id);
            item->setToolTip(WhatColumn, line.title);
            item->setToolTip(WhomColumn, line.whom);
            item->setIcon(0, line.overdue ? overdueIcon : dueIcon);
            if (line.overdue) {
                item->setForeground(DueColumn, late);
                item->setForeground(LateColumn, late);
            }
            if (wasTable == line.table && wasId == line.id && wasKind == int(kind))
                current = item;
        }
        if (const int more = m_summary.more(kind)) {
            auto *item = new QTreeWidgetItem(group, {WorkDue::moreText(more)});
            item->setData(0, KindRole, int(kind));
            item->setData(0, MoreRole, true);
            item->setFirstColumnSpanned(true);
            item->setForeground(0, palette().color(QPalette::Link));
            QFont link = item->font(0);
            link.setUnderline(true);
            item->setFont(0, link);
            item->setToolTip(0, tr("Open the whole list"));
        }
    }
    tree->expandAll();
    tree->setUpdatesEnabled(true);
    if (current)
        tree->setCurrentItem(current);
}

void StartPage::openCurrent()
{
    activate(m_ui->workTreeWidget->currentItem());
}

void StartPage::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    if (item->data(0, MoreRole).toBool()) {
        emit showList(WorkDue::Kind(item->data(0, KindRole).toInt()));
        return;
    }
    const QString table = item->data(0, TableRole).toString();
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (!table.isEmpty() && id > 0)
        emit openRecord(table, id);
}

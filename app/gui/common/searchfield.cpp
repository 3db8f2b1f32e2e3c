#include "searchfield.h"

#include "models/globalsearch.h"
#include "storage/store.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int TableRole = Qt::UserRole; // a hit's table; none on a heading or a notice
constexpr int IdRole = Qt::UserRole + 1;
constexpr int DetailRole = Qt::UserRole + 2;
constexpr int HeadingRole = Qt::UserRole + 3;

// A hit is its title with its detail below in smaller, quieter type; a heading is bold on the
// window's colour, across the list.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const bool heading = index.data(HeadingRole).toBool();
        const bool hit = index.data(TableRole).isValid();
        if (!heading && !hit) {
            QStyleOptionViewItem notice = option;
            initStyleOption(&notice, index);
            notice.font.setItalic(true);
            notice.palette.setColor(
                QPalette::Text, option.palette.color(QPalette::PlaceholderText));
            QStyledItemDelegate::paint(painter, notice, index);
            return;
        }
        painter->save();
        const QRect area = option.rect.adjusted(10, 0, -10, 0);
        if (heading) {
            painter->fillRect(option.rect, option.palette.color(QPalette::Window));
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(option.palette.color(QPalette::WindowText));
            painter->drawText(area, Qt::AlignVCenter | Qt::AlignLeft, index.data().toString());
            painter->restore();
            return;
        }
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(option.rect, option.palette.color(QPalette::Highlight));
        const QFontMetrics metrics(option.font);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        const QFontMetrics smallMetrics(small);
        const QRect titleRect(area.left() + 8, area.top() + 4, area.width() - 8, metrics.height());
        const QRect detailRect(
            area.left() + 8, titleRect.bottom() + 2, area.width() - 8, smallMetrics.height());
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(option.font);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));
        painter->setFont(small);
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(
                index.data(DetailRole).toString(), Qt::ElideRight, detailRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        if (!index.data(TableRole).isValid())
            return {200, metrics.height() + 10};
        return {200, int(metrics.height() * 1.9) + 10};
    }
};

} // namespace

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_list(new QListWidget(m_popup))
{
    setClearButtonEnabled(true);
    // A pause after the last key, so that a word typed is searched once, not at every letter.
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &SearchField::search);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            hidePopup();
        }
    });

    m_popup->setObjectName(QStringLiteral("globalSearchPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_list);
    m_list->setObjectName(QStringLiteral("globalSearchListWidget"));
    m_list->setItemDelegate(new HitDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(false);
    m_list->setMouseTracking(true);
    // The keys typed while the list is open go on to the box (the list only shows).
    m_popup->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SearchField::open);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->data(TableRole).isValid())
            m_list->setCurrentItem(item);
    });
}

SearchField::~SearchField() = default;

void SearchField::setStore(Store *store)
{
    if (store == m_store)
        return;
    m_store = store;
    m_timer->stop();
    hidePopup();
    m_list->clear();
}

void SearchField::searchNow()
{
    m_timer->stop();
    search();
}

bool SearchField::isPopupShown() const
{
    return m_popup->isVisible();
}

QString SearchField::currentTable() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(TableRole).toString() : QString();
}

qint64 SearchField::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void SearchField::search()
{
    if (!m_store || text().trimmed().isEmpty()) {
        hidePopup();
        return;
    }
    const GlobalSearch::Results results = GlobalSearch::find(m_store, text(), perKind);
    m_list->clear();
    for (const GlobalSearch::Group &group : results.groups) {
        //: A heading of the search results: the kind of record and how many were found.
        auto *heading = new QListWidgetItem(
            tr("%1 — %2").arg(GlobalSearch::label(group.kind), group.countText()), m_list);
        heading->setData(HeadingRole, true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const GlobalSearch::Hit &hit : group.hits) {
            auto *item = new QListWidgetItem(hit.title, m_list);
            item->setData(TableRole, GlobalSearch::table(hit.kind));
            item->setData(IdRole, hit.id);
            item->setData(DetailRole, hit.detail);
            item->setToolTip(
                hit.detail.isEmpty() ? hit.title : hit.title + QLatin1Char('\n') + hit.detail);
        }
    }
    if (!results.error.isEmpty() || results.isEmpty()) {
        auto *notice = new QListWidgetItem(
            results.error.isEmpty() ? tr("No results") : results.error, m_list);
        notice->setFlags(Qt::ItemIsEnabled);
    }
    move(1);
    showPopup();
}

void SearchField::showPopup()
{
    // Below the box, as wide as a hit needs, its right edge under the box's (it stands at the
    // window's right), within the screen.
    // The rows, the list's margins in the frame and the frame itself: no scroll bar for a few.
    int height = 2 * (m_popup->frameWidth() + 1) + 2;
    for (int row = 0; row < m_list->count(); ++row)
        height += m_list->sizeHintForRow(row);
    const QRect screen = this->screen()->availableGeometry().united(window()->frameGeometry());
    const int width = qMin(qMax(this->width(), 640), screen.width());
    height = qMin(height, 560);
    const QPoint below = mapToGlobal(QPoint(this->width() - width, this->height()));
    const int x = qBound(screen.left(), below.x(), screen.right() + 1 - width);
    m_popup->setGeometry(x, below.y(), width, height);
    if (!m_popup->isVisible())
        m_popup->show();
}

void SearchField::hidePopup()
{
    m_popup->hide();
}

void SearchField::move(int step)
{
    const int rows = m_list->count();
    int row = m_list->currentRow();
    for (int i = 0; i < rows; ++i) {
        row = row < 0 ? (step > 0 ? 0 : rows - 1) : row + step;
        if (row < 0 || row >= rows)
            return;
        if (m_list->item(row)->data(TableRole).isValid()) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            // A heading above the first hit stays in sight.
            if (row == 1)
                m_list->scrollToTop();
            return;
        }
    }
}

void SearchField::open(QListWidgetItem *item)
{
    if (!item || !item->data(TableRole).isValid())
        return;
    const QString table = item->data(TableRole).toString();
    const qint64 id = item->data(IdRole).toLongLong();
    hidePopup();
    emit openRequested(table, id);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    const bool shown = isPopupShown();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (!shown) {
            if (text().trimmed().isEmpty())
                break;
            searchNow();
            return;
        }
        for (int i = 0;
             i < (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp ? 5 : 1); ++i)
            move(event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown ? 1 : -1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter before the pause is over searches first, and opens the best hit.
        if (m_timer->isActive() || !shown) {
            searchNow();
            if (!isPopupShown())
                return;
        }
        open(m_list->currentItem());
        return;
    case Qt::Key_Escape:
        if (shown)
            hidePopup();
        else
            clear();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_popup || watched == m_list) && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

#include "listviews.h"

#include "models/sqllistmodel.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>

void ListViews::setUp(QTableView *table, SqlListModel *model)
{
    table->setModel(model);
    table->hideColumn(0);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    table->resizeColumnsToContents();
    for (int column = 1; column < model->columnCount(); ++column)
        table->setColumnWidth(column, qBound(90, table->columnWidth(column) + 12, 300));
    header->setSectionResizeMode(model->stretchColumn(), QHeaderView::Stretch);
}

void ListViews::connectFilter(QLineEdit *filter, SqlListModel *model,
                              std::function<void()> filtered)
{
    auto *timer = new QTimer(filter);
    timer->setSingleShot(true);
    timer->setInterval(150);
    QObject::connect(filter, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    QObject::connect(timer, &QTimer::timeout, filter, [filter, model, filtered] {
        model->setFilterText(filter->text());
        filtered();
    });
}

void ListViews::addFindShortcut(QWidget *page, QLineEdit *filter)
{
    auto *find = new QShortcut(QKeySequence::Find, page, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QShortcut::activated, filter, [filter] {
        filter->setFocus();
        filter->selectAll();
    });
}

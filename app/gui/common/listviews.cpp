#include "listviews.h"

#include "rolegate.h"
#include "core/catalogue.h"

#include "storage/store.h"

#include "models/sqllistmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
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
    // Widths from the rows a screen shows, not from the whole first page; a set minimum spares
    // measuring the widest glyph of the font.
    header->setResizeContentsPrecision(25);
    header->setMinimumSectionSize(40);
    table->resizeColumnsToContents();
    for (int column = 1; column < model->columnCount(); ++column)
        table->setColumnWidth(column, qBound(90, table->columnWidth(column) + 12, 300));
    header->setSectionResizeMode(model->stretchColumn(), QHeaderView::Stretch);
}

void ListViews::connectFilter(
    QLineEdit *filter, SqlListModel *model, std::function<void()> filtered)
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

QShortcut *ListViews::addShortcuts(QWidget *page, QLineEdit *filter, const Actions &actions)
{
    const auto add = [page](const QKeySequence &keys, std::function<void()> slot) -> QShortcut * {
        if (!slot)
            return nullptr;
        auto *shortcut
            = new QShortcut(keys, page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, page, slot);
        return shortcut;
    };
    add(QKeySequence(Qt::Key_Escape), [filter] {
        if (filter->hasFocus())
            filter->clear();
    });
    add(QKeySequence(Qt::Key_F2), actions.edit);
    if (actions.remove) {
        return add(QKeySequence::Delete, [filter, remove = actions.remove] {
            if (!filter->hasFocus())
                remove();
        });
    }
    return nullptr;
}

void ListViews::focusFilter(QLineEdit *filter)
{
    filter->setFocus(Qt::ShortcutFocusReason);
    filter->selectAll();
}

void ListViews::showFailure(QLabel *label, const QString &sentence)
{
    // Every page has one, hidden while its list reads well: a palette, not a style sheet, which
    // would restyle the label on every page that opens.
    label->setText(sentence);
    label->setVisible(!sentence.isEmpty());
    if (sentence.isEmpty())
        return;
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xaa, 0x11, 0x11));
    label->setPalette(palette);
}

void ListViews::refill(
    QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QVariant());
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

bool ListViews::confirmAndRemove(QWidget *page, Store *store, const QString &table, qint64 id,
    const QString &name, const QString &question)
{
    // Asked before the question: a role that may not delete is told so, not asked first.
    const Catalogue::Table *described = Catalogue::table(table);
    if (described && !RoleGate::demand(page, store, described->writtenWith))
        return false;
    QMessageBox confirm(QMessageBox::Question, QCoreApplication::translate("ListViews", "Delete"),
        question, QMessageBox::Yes | QMessageBox::Cancel, page);
    confirm.setInformativeText(QCoreApplication::translate("ListViews", "This cannot be undone."));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    const Store::Result result = store->remove(table, id);
    if (result.ok() || result.outcome == Store::Outcome::Gone)
        return true;
    QMessageBox::warning(page, QCoreApplication::translate("ListViews", "Not deleted"),
        result.outcome == Store::Outcome::Changed ? QCoreApplication::translate("ListViews",
            "“%1” was changed in another window meanwhile; look at it again before "
            "deleting it.")
                                                        .arg(name)
                                                  : result.error);
    return false;
}

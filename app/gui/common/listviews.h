#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QComboBox;
class Store;
class QLabel;
class QLineEdit;
class QShortcut;
class QTableView;
class QWidget;
class SqlListModel;

// What every list page does with its table and its quick filter.
namespace ListViews {
// Shows the model without its id column, sorted as the model is, columns sized to what the first
// rows hold (within limits), the longest text taking the room that is left.
void setUp(QTableView *table, SqlListModel *model);
// Runs the quick filter in SQL after a short pause in typing (smooth on long lists), then calls
// `filtered`.
void connectFilter(QLineEdit *filter, SqlListModel *model, std::function<void()> filtered);
// The keys of a list page: Esc in the quick filter clears it; F2 and Delete (outside the filter)
// call the page's actions, where it has them. (Ctrl+F and Ctrl+N are the main window's.)
struct Actions
{
    std::function<void()> edit;
    std::function<void()> remove;
};
// Puts the cursor in the filter, its text selected.
void focusFilter(QLineEdit *filter);
// Shows the sentence of a list that could not be read, above the list (hidden when empty).
void showFailure(QLabel *label, const QString &sentence);
// Returns the Delete key's shortcut (nullptr without `remove`), for the page to gate it.
QShortcut *addShortcuts(QWidget *page, QLineEdit *filter, const Actions &actions = {});
// Fills a filter's choices again ("all", then the items as (text, value)), keeping what was
// chosen where it is still offered, without a signal.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &items);
// Asks `question` before a record named `name` is deleted ("This cannot be undone.", Cancel by
// default), deletes it, and shows a refusal with its sentence. True when the record is gone.
bool confirmAndRemove(QWidget *page, Store *store, const QString &table, qint64 id,
    const QString &name, const QString &question);
}

#pragma once

#include "models/workdue.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class StartPage;
}
class QTreeWidgetItem;
class Store;

// Việc cần làm: what is due today, the first page of the window. One group per WorkDue kind,
// its header with the whole count, its 20 most urgent lines (what, whom, due date, how late),
// "and N more…" leading to the whole list; an overdue line carries the warning icon. Enter or a
// double click opens the line's record. Read again when shown and when the window says records
// changed (refresh()).
class StartPage : public QWidget
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit StartPage(Store *store, QWidget *parent = nullptr);
    ~StartPage() override;

    void refresh();
    // Opens the current line's record (Edit › Open record), as Enter does.
    void openCurrent();
    const WorkDue::Summary &summary() const { return m_summary; }
    // Every group's whole count together (the navigation's count of this page).
    int totalCount() const;

signals:
    void openRecord(const QString &table, qint64 id);
    // "and N more…": the whole list of the group.
    void showList(WorkDue::Kind kind);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);

    std::unique_ptr<Ui::StartPage> m_ui;
    Store *m_store;
    WorkDue::Summary m_summary;
    // What the page was read against: it is read again when shown only if a record changed
    // since, or the day did (opening the window reads it once, not twice).
    QDate m_readOn;
    bool m_stale = true;
};

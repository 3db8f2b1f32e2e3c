#pragma once

#include "gui/common/listpage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FollowUpPage;
}
class FollowUpList;
class RemedyHistoryDialog;
class Store;

// Kết luận kiểm tra: following up the recommendations of every inspection. One lazy list of all
// of them (FollowUpList), overdue ones marked; filters for overdue, due within 30 days, status,
// target unit, inspection and responsible unit, and the quick filter; the count "N kiến nghị · M
// quá hạn". Enter or a double click opens the recommendation's history, where a remedy report, a
// reminder or a re-check is recorded.
class FollowUpPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit FollowUpPage(Store *store, QWidget *parent = nullptr);
    ~FollowUpPage() override;

    FollowUpList *listModel() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);
    // Opens the selected recommendation's history window-modal and returns it at once.
    RemedyHistoryDialog *openHistory();
    // The history of that recommendation, whatever the list shows (the start page's lines).
    RemedyHistoryDialog *openHistory(qint64 id);
    // The list's own filters, as the start page's "and N more…" asks for them.
    void setOverdueOnly(bool only);
    void setDueSoonOnly(bool only);
    void refresh();
    QString countText() const;

    void focusFilter() override;
    QTableView *exportView() const override;

signals:
    void changed();

private:
    void fillFilters();
    void updateState();

    std::unique_ptr<Ui::FollowUpPage> m_ui;
    Store *m_store;
    FollowUpList *m_model;
};

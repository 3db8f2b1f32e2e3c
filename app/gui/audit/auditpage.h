#pragma once

#include "gui/common/listpage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AuditPage;
}
class SqlListModel;
class Store;

// Nhật ký thay đổi: every change of the database, newest first, in words; filtered by record,
// kind of record, who, and dates; and a check that the log is whole.
class AuditPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit AuditPage(Store *store, QWidget *parent = nullptr);
    ~AuditPage() override;

    SqlListModel *listModel() const { return m_model; }
    void refresh();
    // The sentences of the check, empty when the log is whole; shown to the user.
    QStringList verify();
    void setTable(const QString &table);
    void setUser(const QString &user);
    void setDates(const QDate &from, const QDate &to);

    void focusFilter() override;
    QTableView *exportView() const override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void applyDates();
    void updateCount();

    std::unique_ptr<Ui::AuditPage> m_ui;
    Store *m_store;
    SqlListModel *m_model;
    bool m_stale = false; // something was logged while the page was not shown
};

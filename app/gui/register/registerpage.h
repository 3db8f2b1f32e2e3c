#pragma once

#include "gui/common/listpage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RegisterPage;
}
class SqlListModel;
class Store;

// The outgoing document register (sổ văn bản đi): every number given, filtered by year and type;
// reprint a document with its number; cancel a number (it stays used and shows as cancelled).
class RegisterPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit RegisterPage(Store *store, QWidget *parent = nullptr);
    ~RegisterPage() override;

    SqlListModel *listModel() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);
    void setYear(int year); // 0: every year
    void setType(const QString &typeCode);
    void reprint();
    // Asks for a reason, then cancels the selected number.
    bool cancelNumber(const QString &reason = QString());
    void refresh();

    void focusFilter() override;
    QTableView *exportView() const override;

signals:
    void changed();

private:
    void fillFilters();
    void updateState();

    std::unique_ptr<Ui::RegisterPage> m_ui;
    Store *m_store;
    SqlListModel *m_model;
};

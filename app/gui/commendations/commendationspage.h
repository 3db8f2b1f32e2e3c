#pragma once

#include "gui/common/documentactions.h"
#include "gui/common/listpage.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class CommendationsPage;
}
class RecordEditor;
class SqlListModel;
class Store;

// The commendations (Khen thưởng), from the proposal to the decision: the list with its
// recipients accepted out of those listed, its filters, and the printed documents of the
// commendation selected (whatever kinds the reports offer for a commendation).
class CommendationsPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit CommendationsPage(Store *store, QWidget *parent = nullptr);
    ~CommendationsPage() override;

    SqlListModel *listModel() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);
    QString reportKind() const;

    void preview();
    void print();
    void exportDocument();
    bool issueNumber(const QDate &date = QDate());
    void refresh();

    void focusFilter() override;
    QTableView *exportView() const override;
    bool canAddRecords() const override;
    void addRecord() override { newCommendation(); }

    // The record actions; editors open window-modal and return at once.
    RecordEditor *newCommendation();
    RecordEditor *editCurrent();
    RecordEditor *openCommendation(qint64 id);
    // Asks first; a decided commendation is refused with the store's sentence.
    void deleteCurrent();
    void setYear(int year);
    void setBody(qint64 bodyId);
    // A form's id; -1 for every form, 0 for the rounds of Party membership badges.
    void setForm(qint64 formId);
    void setStatus(const QString &status);

signals:
    void changed();

private:
    void updateState();
    void fillFilters();
    void selectFirst();
    DocumentActions::Subject subject() const;
    DocumentActions::Wording wording() const;

    std::unique_ptr<Ui::CommendationsPage> m_ui;
    Store *m_store;
    SqlListModel *m_model;
};

#pragma once

#include "gui/common/documentactions.h"
#include "gui/common/listpage.h"
#include "reports/reports.h"

#include <QDate>

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConferencesPage;
}
class RecordEditor;
class SqlListModel;
class Store;

// The conferences (this version: the list and its printed documents — preview, print, export,
// and a number from the outgoing document register).
class ConferencesPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit ConferencesPage(Store *store, QWidget *parent = nullptr);
    ~ConferencesPage() override;

    SqlListModel *listModel() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);
    QString reportKind() const;

    // The selected conference's document; the sentence is shown when it cannot be built.
    std::optional<Reports::Built> buildCurrent();
    void preview();
    void print();
    void exportDocument();
    // Takes the next number for the selected document, dated `date` (today when not given),
    // after asking.
    bool issueNumber(const QDate &date = QDate());
    void refresh();

    void focusFilter() override;
    QTableView *exportView() const override;
    bool canAddRecords() const override;
    void addRecord() override { newConference(); }

    // The record actions; editors open window-modal and return at once.
    RecordEditor *newConference();
    RecordEditor *editCurrent();
    void deleteCurrent();
    // Opens a copy of the selected conference (next year's briefing), stored only when saved.
    RecordEditor *duplicateCurrent();
    // The conference's editor, whatever the list shows (the start page opens its lines so).
    RecordEditor *openEditor(qint64 id);
    void setYear(int year);
    void setKind(const QString &kind);

signals:
    void changed();

private:
    void updateState();
    DocumentActions::Subject subject() const;
    DocumentActions::Wording wording() const;
    void fillFilters();

    std::unique_ptr<Ui::ConferencesPage> m_ui;
    Store *m_store;
    SqlListModel *m_model;
};

#pragma once

#include "reports/reports.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConferencesPage;
}
class RecordEditor;
class SqlListModel;

// The conferences (this version: the list and its printed documents — preview, print, export,
// and a number from the outgoing document register).
class ConferencesPage : public QWidget
{
    Q_OBJECT

public:
    ConferencesPage(const QSqlDatabase &db, const QString &databasePath, QWidget *parent = nullptr);
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
    // Takes the next number for the selected document, dated `date`, after asking.
    bool issueNumber(const QDate &date = QDate::currentDate());
    void refresh();

    // The record actions; editors open window-modal and return at once.
    RecordEditor *newConference();
    RecordEditor *editCurrent();
    void deleteCurrent();
    // Copies the selected conference (next year's briefing) and opens the copy.
    RecordEditor *duplicateCurrent();
    void setYear(int year);
    void setKind(const QString &kind);

signals:
    void changed();

private:
    void updateState();
    void fillFilters();
    RecordEditor *openEditor(qint64 id);

    std::unique_ptr<Ui::ConferencesPage> m_ui;
    QSqlDatabase m_db;
    QString m_databasePath;
    SqlListModel *m_model;
};

#pragma once

#include "gui/common/documentactions.h"
#include "gui/common/listpage.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class InspectionsPage;
}
class RecordEditor;
class SqlListModel;
class Store;

// The inspections (Đoàn kiểm tra): the list with its counts of targets and of open and overdue
// recommendations, its filters, and the printed documents of an inspection and of its targets.
class InspectionsPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    explicit InspectionsPage(Store *store, QWidget *parent = nullptr);
    ~InspectionsPage() override;

    SqlListModel *listModel() const { return m_model; }
    qint64 currentId() const;
    void selectId(qint64 id);
    // The documents offered: the kinds whose subject is an inspection or one of its targets.
    QStringList reportKinds() const;
    QString reportKind() const;
    void setReportKind(const QString &kind);

    void preview();
    void print();
    void exportDocument();
    bool issueNumber(const QDate &date = QDate());
    void refresh();

    void focusFilter() override;
    QTableView *exportView() const override;
    bool canAddRecords() const override;
    void addRecord() override { newInspection(); }

    RecordEditor *newInspection();
    RecordEditor *editCurrent();
    // The inspection's editor, whatever the list shows.
    RecordEditor *openEditor(qint64 id);
    // Asks first; an inspection whose targets have recommendations is refused with a sentence.
    void deleteCurrent();
    void setYear(int year);
    void setBody(qint64 bodyId);
    void setStatus(const QString &status);
    void setOverdueOnly(bool only);

    // Which target a document of a target is printed for: asks when the inspection has more
    // than one (tests answer it themselves).
    using TargetChooser = std::function<qint64(const QList<std::pair<qint64, QString>> &targets)>;
    void setTargetChooser(TargetChooser chooser) { m_chooseTarget = std::move(chooser); }

signals:
    void changed();

private:
    void updateState();
    void fillFilters();
    void applyOverdue();
    // The record the chosen document is printed for: the inspection, or one of its targets;
    // nullopt when there is none (or the user cancelled).
    std::optional<DocumentActions::Subject> subject(bool draft);
    bool isTargetKind() const;
    DocumentActions::Wording wording() const;

    std::unique_ptr<Ui::InspectionsPage> m_ui;
    Store *m_store;
    SqlListModel *m_model;
    TargetChooser m_chooseTarget;
};

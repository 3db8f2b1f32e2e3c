#pragma once

#include "gui/common/listpage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DirectoryPage;
}
class RecordEditor;
class SqlListModel;
class Store;
class UnitTreeModel;

// A directory (Danh mục) page: a lazy list with a diacritic-insensitive quick filter and
// Vietnamese sort, an editor per record, deletion that asks first and refuses what is in use.
class DirectoryPage : public QWidget, public ListPage
{
    Q_OBJECT

public:
    bool hasHeightForWidth() const override { return false; } // as PlaceholderPage
    enum class Kind { Units, People, Documents, IssuingBodies, CommendationForms };

    DirectoryPage(Kind kind, Store *store, QWidget *parent = nullptr);
    ~DirectoryPage() override;

    Kind kind() const { return m_kind; }
    QString title() const { return title(m_kind); }
    static QString title(Kind kind);
    SqlListModel *listModel() const { return m_model; }

    qint64 currentId() const;
    void selectId(qint64 id);

    // Opens the editor (non-modal to the caller: it is window-modal and returns at once).
    RecordEditor *newRecord();
    RecordEditor *editCurrent();
    // The record's editor, whatever the list shows (the start page opens its lines so).
    RecordEditor *openEditor(qint64 id);
    // Asks for confirmation, then deletes or explains why not.
    void deleteCurrent();
    void refresh();
    // People and units: previews a CSV file (picked in a file dialog when `path` is empty) and
    // adds its rows to the directory; the number added (0 when cancelled or refused).
    int importFile(const QString &path = QString());

    void focusFilter() override;
    QTableView *exportView() const override;
    bool canAddRecords() const override { return true; }
    void addRecord() override { newRecord(); }

signals:
    void changed();

private:
    QString tableName() const;
    QString currentName() const;
    void updateCount();
    void updateButtons();
    void selectFirstIfNone();

    std::unique_ptr<Ui::DirectoryPage> m_ui;
    Kind m_kind;
    Store *m_store;
    SqlListModel *m_model;
    UnitTreeModel *m_treeModel = nullptr;
};

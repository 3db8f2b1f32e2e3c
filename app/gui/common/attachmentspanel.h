#pragma once

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AttachmentsPanel;
}
class QAbstractItemModel;
class Store;

// The files a record keeps with it (invitation, report, photos…), as a tab of its editor. Like
// the editor's other child rows, changes stay in memory until the editor's Save, which calls
// save() inside its transaction; Cancel drops them. Files are read when they are added, so a
// file moved or deleted afterwards is still saved as it was chosen.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { FileNameColumn, KindColumn, SizeColumn, AddedColumn, NoteColumn, ColumnCount };

    explicit AttachmentsPanel(QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    // ownerColumn: "conference_id", "inspection_team_id", "inspection_target_id", "finding_id",
    // "remedy_event_id" or "commendation_id";
    // ownerId 0 for a record not saved yet (files added now are written on its first save).
    void load(Store *store, const QString &ownerColumn, qint64 ownerId);
    // Inside the editor's transaction, once the record has its id: deletes what was removed,
    // writes what was added or edited. Leaves the panel as it is: the editor loads it again after
    // the commit, and after a rollback everything is still here to be saved again.
    bool save(qint64 ownerId, QString *error) const;
    bool isDirty() const;
    // Drops every change since load().
    void revert();

    // Reads the files now and adds them as `kind`. A file that is unreadable, empty, too large
    // or already attached is left out with a sentence in the panel; the others are added.
    // True when every file was added.
    bool addFiles(const QStringList &paths, const QString &kind);
    // Takes the row off the list (deleted from the store on save). Does not ask.
    bool removeRow(int row);
    // Shows the file in the system's viewer, from a read-only copy in the temporary folder.
    bool openRow(int row);
    bool saveCopy(int row, const QString &path);

    QAbstractItemModel *model() const;
    int currentRow() const;
    QString message() const;

signals:
    // A change made here (a file added or removed, a kind or note edited); not on load/revert.
    void changed();

protected:
    // Files dropped from the file manager are added as the chosen kind.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    class Model;

    std::optional<QByteArray> bytesOf(int row, QString *error) const;
    void addFromDialog();
    void askAndRemoveCurrent();
    void fitColumns();
    void saveCurrentAs();
    void showMessage(const QString &sentence);
    void updateState();

    std::unique_ptr<Ui::AttachmentsPanel> m_ui;
    Model *m_model;
    Store *m_store = nullptr;
    QString m_ownerColumn;
    qint64 m_ownerId = 0;
    QString m_lastFolder;
};

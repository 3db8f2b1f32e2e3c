#pragma once

#include "models/childrowsmodel.h"
#include "storage/store.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

#include <optional>

class QDataWidgetMapper;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class RecordModel;

// The pattern of every editor: a Designer form bound through QDataWidgetMapper (OnManualSubmit)
// to a RecordModel that keeps the record as read apart from what the form holds.
//
// Save writes the record, the records made on the spot for it, and the rows it owns, in one
// transaction; it returns true only when all of that is stored, and the form then shows what was
// stored. A refused save (a rule, a full disk, a record changed in another window meanwhile)
// shows the sentence and leaves everything typed as it was, ready to be saved again. Cancel, Esc
// and closing the window ask before unsaved changes are lost; Esc never edits a field.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    ~RecordEditor() override;

    Store *store() const { return m_store; }
    qint64 recordId() const { return m_id; }
    // True when the form or the rows differ from what is stored.
    bool isDirty();
    QString message() const;

    bool save();
    // Puts back what was last saved.
    void revert();

    // A record made on the spot for another one ("Cán bộ mới…" in a conference): Save checks the
    // form and hands its values over (collected()) without writing; the other editor writes
    // them when it is saved, and not at all when it is not.
    void setDeferred(bool deferred) { m_deferred = deferred; }
    QVariantMap collectedValues() const { return m_collected; }

    void showHistory();
    // True once the editor was shown read-only because the role may not change its record.
    bool isReadOnlyForRole() const { return m_readOnlyRole; }

    // What the editor does when a save meets a record changed (or deleted) in another window
    // since it was opened.
    enum class ConflictChoice {
        Reload, // drop what was typed, show the record as it is stored now
        KeepMine, // keep what was typed; the next Save writes it over the other change
        Cancel,
    };

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    // What writing this record is for the store (its table's writtenWith: Edit, Configure…).
    Access::Action writeAction() const;

signals:
    void saved(qint64 id);
    void collected(const QVariantMap &values);

protected:
    RecordEditor(Store *store, const QString &table, qint64 id, QWidget *parent);

    // For subclass constructors, after setupUi.
    void bind(QWidget *widget, const char *column);
    // Watches a widget that is not bound (a table's model) for the unsaved-changes mark.
    void watch(QWidget *widget);
    void finishSetup(QDialogButtonBox *buttons, QLabel *messageLabel, QTabWidget *tabs = nullptr);
    // A new record starts from these values (defaults, or a copy of another record).
    void setInitialValues(const QVariantMap &values);

    // A required field, a format: on failure sets the sentence and the widget to focus.
    virtual bool validate(QString *sentence, QWidget **focus) const;
    // After the row is loaded (new or existing): load the rows the record owns, and so on.
    virtual void loaded() { }
    // Inside the save's transaction, once the record has its id: write the rows it owns.
    virtual bool saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
        std::optional<ChildRowsModel::Conflict> *conflict);
    virtual bool childrenDirty() const { return false; }
    // After a conflict the user chose to keep: the rows' stored state becomes their base.
    virtual void rebaseChildren() { }
    // Asks what to do about a conflict; tests answer it themselves.
    virtual ConflictChoice askConflict(const QString &sentence);

    // A record made on the spot (a person, a document), written just before this one when it is
    // saved. Returns the value that stands for its id until then.
    QVariant addPending(const QString &table, const QVariantMap &values);
    // The stored id of a value that stands for a pending record; other values as they are.
    QVariant resolve(const QVariant &value) const;
    static bool isPending(const QVariant &value);

    // A table of rows the record owns: an edit of its rows marks the window changed and calls
    // rowsChanged(); Alt+Up and Alt+Down move the current row.
    void setUpRows(QTableView *view, ChildRowsModel *model);
    // Moves the view's current row one place up (-1) or down (1); it stays the current one.
    void moveCurrentRow(QTableView *view, int step);
    void removeCurrentRow(QTableView *view);
    // After any edit of the rows of a table set up with setUpRows (the counts beside it…).
    virtual void rowsChanged() { }

    void showMessage(const QString &sentence, QWidget *focus = nullptr);
    bool isNew() const { return m_id == 0; }
    bool isLoading() const { return m_loading; }
    RecordModel *model() const { return m_model; }
    // Marks the window as changed (or not) after any edit.
    void updateDirty();
    // The record as the form shows it: the stored values, with those of every bound field as
    // the field holds them now (read from the fields, so that nothing is written back into a
    // field while the user types in it).
    QVariantMap formValues() const;

private:
    void load();
    bool checkFields(QString *sentence, QWidget **focus) const;
    void takeOthersChanges(const Store::Record &stored);
    bool resolveConflict(const QString &what, bool deleted, const QDateTime &at, const QString &by);
    void cleanInput(QWidget *widget);

    struct Pending
    {
        QString table;
        QVariantMap values;
    };

    Store *m_store;
    QString m_table;
    qint64 m_id;
    RecordModel *m_model;
    QDataWidgetMapper *m_mapper;
    QList<std::pair<QWidget *, QString>> m_bound;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_title;
    QVariantMap m_initial;
    QList<Pending> m_pending;
    QHash<int, qint64> m_pendingIds; // during a save only
    QVariantMap m_collected;
    bool m_deferred = false;
    bool m_loading = false;
    bool m_dirtyShown = false;
    bool m_gated = false;
    bool m_readOnlyRole = false;
};

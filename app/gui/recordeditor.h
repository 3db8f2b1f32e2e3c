#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDataWidgetMapper;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSqlRecord;
class QSqlTableModel;

// The pattern of every editor: a Designer form bound through QDataWidgetMapper (OnManualSubmit)
// to one row of a QSqlTableModel; Save writes it in one transaction; Cancel, Esc and closing the
// window ask before unsaved changes are lost; a refused save shows the sentence inline and keeps
// what was typed.
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    ~RecordEditor() override;

    qint64 recordId() const { return m_id; }
    bool isDirty() const { return m_dirty; }
    QString message() const;

    // Validates and writes; false (with the sentence shown) when refused.
    bool save();
    // Puts back what was last saved.
    void revert();

public slots:
    void reject() override;

signals:
    void saved(qint64 id);

protected:
    RecordEditor(const QSqlDatabase &db, const QString &table, qint64 id, QWidget *parent);

    // For subclass constructors, after setupUi.
    void bind(QWidget *widget, const char *column);
    void finishSetup(QDialogButtonBox *buttons, QLabel *messageLabel);

    // A required field, a format: on failure sets the sentence and the widget to focus.
    virtual bool validate(QString *sentence, QWidget **focus) const;
    // After the row is loaded (new or existing): load the rows the record owns, and so on.
    virtual void loaded() { }
    // Inside the save's transaction, once the record has its id: write the rows it owns.
    virtual bool saveChildren(qint64 id, QString *error);

    void showMessage(const QString &sentence, QWidget *focus = nullptr);
    bool isNew() const { return m_id == 0; }
    QSqlDatabase database() const { return m_db; }
    void setDirty(bool dirty);
    bool isLoading() const { return m_loading; }

    QDataWidgetMapper *mapper() const { return m_mapper; }

private:
    void load();
    void restoreTyped(const QSqlRecord &typed);
    void watch(QWidget *widget);

    QSqlDatabase m_db;
    QString m_table;
    qint64 m_id;
    QSqlTableModel *m_model;
    QDataWidgetMapper *m_mapper;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QString m_title;
    bool m_dirty = false;
    bool m_loading = false;
};

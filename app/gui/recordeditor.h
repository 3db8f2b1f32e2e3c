#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDataWidgetMapper;
class QDialogButtonBox;
class QLabel;
class QPushButton;
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
    // After the row is loaded (new or existing), e.g. to exclude the record from its own lists.
    virtual void loaded() { }

    void showMessage(const QString &sentence, QWidget *focus = nullptr);
    bool isNew() const { return m_id == 0; }
    QSqlDatabase database() const { return m_db; }
    void setDirty(bool dirty);
    bool isLoading() const { return m_loading; }

private:
    void load();
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

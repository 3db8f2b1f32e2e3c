#include "recordeditor.h"

#include "unsavedchanges.h"

#include "storage/recordstore.h"
#include "storage/storeerrors.h"
#include "storage/transaction.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>

RecordEditor::RecordEditor(const QSqlDatabase &db, const QString &table, qint64 id,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(table)
    , m_id(id)
    , m_model(new QSqlTableModel(this, db))
    , m_mapper(new QDataWidgetMapper(this))
{
    m_model->setTable(table);
    m_model->setEditStrategy(QSqlTableModel::OnManualSubmit);
    connect(m_model, &QSqlTableModel::beforeInsert, this,
            [this](QSqlRecord &record) { RecordStore::prepare(m_table, record); });
    connect(m_model, &QSqlTableModel::beforeUpdate, this,
            [this](int, QSqlRecord &record) { RecordStore::prepare(m_table, record); });
    m_mapper->setModel(m_model);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::bind(QWidget *widget, const char *column)
{
    m_mapper->addMapping(widget, m_model->fieldIndex(QLatin1String(column)));
    watch(widget);
}

void RecordEditor::watch(QWidget *widget)
{
    const auto changed = [this] {
        if (!m_loading)
            setDirty(true);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *dateEdit = qobject_cast<QDateTimeEdit *>(widget))
        connect(dateEdit, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
}

void RecordEditor::finishSetup(QDialogButtonBox *buttons, QLabel *messageLabel)
{
    m_title = windowTitle();
    m_messageLabel = messageLabel;
    m_messageLabel->hide();

    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    QPushButton *cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setToolTip(tr("Close without saving (Esc)"));
    m_revertButton = buttons->addButton(tr("&Undo changes"), QDialogButtonBox::ResetRole);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Put back what was last saved"));

    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancelButton, &QPushButton::clicked, this, &RecordEditor::reject);
    connect(m_revertButton, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (save())
            accept();
    });
    load();
}

void RecordEditor::load()
{
    m_loading = true;
    // The id is a number of our own, never user text.
    m_model->setFilter(isNew() ? QStringLiteral("0") : QStringLiteral("id = %1").arg(m_id));
    m_model->select();
    if (isNew())
        m_model->insertRow(0);
    m_mapper->toFirst();
    loaded();
    m_loading = false;
    setDirty(false);
}

void RecordEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    setWindowTitle(dirty ? m_title + QStringLiteral(" *") : m_title);
    if (m_revertButton)
        m_revertButton->setEnabled(dirty);
}

QString RecordEditor::message() const
{
    return m_messageLabel && !m_messageLabel->isHidden() ? m_messageLabel->text() : QString();
}

void RecordEditor::showMessage(const QString &sentence, QWidget *focus)
{
    m_messageLabel->setText(sentence);
    m_messageLabel->setVisible(!sentence.isEmpty());
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool RecordEditor::validate(QString *, QWidget **) const
{
    return true;
}

bool RecordEditor::saveChildren(qint64, QString *)
{
    return true;
}

void RecordEditor::restoreTyped(const QSqlRecord &typed)
{
    // After a rolled-back save the model has re-read the store: give the form back what the
    // user typed, still unsaved.
    m_loading = true;
    if (m_model->rowCount() == 0)
        m_model->insertRow(0);
    for (int i = 0; i < typed.count(); ++i) {
        if (typed.isGenerated(i) && typed.fieldName(i) != QLatin1String("id"))
            m_model->setData(m_model->index(0, i), typed.value(i));
    }
    m_mapper->toFirst();
    m_loading = false;
    setDirty(true);
}

bool RecordEditor::save()
{
    QString sentence;
    QWidget *focus = nullptr;
    if (!validate(&sentence, &focus)) {
        showMessage(sentence, focus);
        return false;
    }
    if (!m_mapper->submit()) {
        showMessage(tr("The form could not be read; nothing was saved."));
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        showMessage(transaction.errorString());
        return false;
    }
    const QSqlRecord typed = m_model->record(0);
    if (!m_model->submitAll()) {
        showMessage(StoreErrors::explain(m_model->lastError()));
        return false;
    }
    qint64 id = m_id;
    if (isNew()) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("SELECT last_insert_rowid()"));
        id = query.next() ? query.value(0).toLongLong() : 0;
    }
    QString error;
    if (!saveChildren(id, &error) || !transaction.commit(&error)) {
        transaction.rollback();
        restoreTyped(typed);
        showMessage(error);
        return false;
    }
    m_id = id;
    showMessage(QString());
    load();
    emit saved(m_id);
    return true;
}

void RecordEditor::revert()
{
    m_model->revertAll();
    showMessage(QString());
    load();
}

void RecordEditor::reject()
{
    if (m_dirty) {
        switch (UnsavedChanges::ask(this, m_title,
                                    tr("This record has changes that are not saved yet."))) {
        case QMessageBox::Save:
            if (save())
                accept();
            return;
        case QMessageBox::Discard:
            m_model->revertAll();
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

#include "recordeditor.h"

#include "datelineedit.h"
#include "historydialog.h"
#include "rolegate.h"
#include "core/catalogue.h"
#include "unsavedchanges.h"
#include "valuecombobox.h"
#include "models/recordmodel.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QHeaderView>
#include <QTimer>

namespace {

const QString pendingPrefix = QStringLiteral("pending:");

// The mapper's delegate, but for Esc: Qt's delegate takes Esc in a mapped field to put the
// field's last value back (wiping what was just typed) and keeps the key from the dialog. Here Esc
// goes to the dialog, which closes through its unsaved-changes question.
class FormDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress
            && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Cancel))
            return false;
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

// The tab page a widget lies on, so that a refused field can be shown.
void bringToFront(QWidget *widget)
{
    for (QWidget *child = widget; child && child->parentWidget(); child = child->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(child->parentWidget())) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(child);
        }
    }
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

} // namespace

RecordEditor::RecordEditor(Store *store, const QString &table, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(table)
    , m_id(id)
    , m_model(new RecordModel(table, this))
    , m_mapper(new QDataWidgetMapper(this))
{
    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(new FormDelegate(m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
}

RecordEditor::~RecordEditor() = default;

void RecordEditor::bind(QWidget *widget, const char *column)
{
    m_mapper->addMapping(widget, m_model->column(QLatin1String(column)));
    m_bound.append({widget, QLatin1String(column)});
    watch(widget);
}

void RecordEditor::watch(QWidget *widget)
{
    const auto changed = [this, widget] {
        if (m_loading)
            return;
        cleanInput(widget);
        updateDirty();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentTextChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
}

void RecordEditor::cleanInput(QWidget *widget)
{
    // What the form shows is what will be stored: control characters and bidirectional
    // overrides (pasted from elsewhere) go as they come in.
    int removed = 0;
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        if (qobject_cast<QComboBox *>(edit->parentWidget()))
            return;
        const QString cleaned = VietnameseText::clean(edit->text(), false, &removed);
        if (cleaned != edit->text()) {
            const int cursor = edit->cursorPosition();
            edit->setText(cleaned);
            edit->setCursorPosition(qMin(cursor, int(cleaned.size())));
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        const QString plain = text->toPlainText();
        const QString cleaned = VietnameseText::clean(plain, true, &removed);
        if (cleaned != plain) {
            QTextCursor cursor = text->textCursor();
            const int position = cursor.position();
            text->setPlainText(cleaned);
            cursor = text->textCursor();
            cursor.setPosition(qMin(position, int(cleaned.size())));
            text->setTextCursor(cursor);
        }
    }
    if (removed > 0)
        showMessage(tr("%n invisible control character(s) were removed from what was typed or "
                       "pasted.",
            nullptr, removed));
}

void RecordEditor::finishSetup(QDialogButtonBox *buttons, QLabel *messageLabel, QTabWidget *tabs)
{
    m_title = windowTitle();
    m_messageLabel = messageLabel;
    m_messageLabel->hide();
    m_messageLabel->setWordWrap(true);
    m_tabs = tabs;

    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    QPushButton *cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setToolTip(tr("Close without saving (Esc)"));
    m_revertButton = buttons->addButton(tr("&Undo changes"), QDialogButtonBox::ResetRole);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Put back what was last saved"));
    QPushButton *historyButton = buttons->addButton(tr("&History…"), QDialogButtonBox::HelpRole);
    historyButton->setObjectName(QStringLiteral("historyButton"));
    historyButton->setToolTip(tr("Who changed this record, when, and what (Ctrl+H)"));

    const auto saveAndClose = [this] {
        if (save())
            accept();
    };
    connect(m_saveButton, &QPushButton::clicked, this, saveAndClose);
    connect(cancelButton, &QPushButton::clicked, this, &RecordEditor::reject);
    connect(m_revertButton, &QPushButton::clicked, this, &RecordEditor::revert);
    connect(historyButton, &QPushButton::clicked, this, &RecordEditor::showHistory);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, saveAndClose);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this), &QShortcut::activated, this,
        &RecordEditor::showHistory);
    if (m_tabs) {
        // A window shortcut, so that a combo box with the focus does not take Ctrl+PgDn as
        // "next item".
        const auto step = [this](int by) {
            const int count = m_tabs->count();
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + count) % count);
        };
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this),
            &QShortcut::activated, this, [step] { step(1); });
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated,
            this, [step] { step(-1); });
    }
    if (m_store->isReadOnly()) {
        m_saveButton->setEnabled(false);
        m_revertButton->setEnabled(false);
    }
    load();
}

void RecordEditor::setInitialValues(const QVariantMap &values)
{
    m_initial = values;
    if (isNew()) {
        m_loading = true;
        m_model->setNew(values);
        m_mapper->toFirst();
        m_loading = false;
        updateDirty();
    }
}

void RecordEditor::load()
{
    m_loading = true;
    QString error;
    if (isNew()) {
        m_model->setNew(m_initial);
    } else if (const std::optional<Store::Record> record = m_store->read(m_table, m_id, &error)) {
        m_model->setRecord(*record);
    } else {
        showMessage(error);
    }
    m_mapper->toFirst();
    loaded();
    m_loading = false;
    updateDirty();
    if (m_store->isReadOnly())
        showMessage(m_store->readOnlyReason());
}

QVariantMap RecordEditor::formValues() const
{
    QVariantMap values = m_model->values();
    for (const auto &[widget, column] : m_bound)
        values.insert(column, widget->metaObject()->userProperty().read(widget));
    return values;
}

bool RecordEditor::isDirty()
{
    if (!m_pending.isEmpty() || childrenDirty())
        return true;
    const QVariantMap base = isNew() ? m_initial : m_model->base().values;
    QVariantMap shown = formValues();
    // A new record's fields that were never set and are still empty compare with nothing.
    if (isNew()) {
        for (auto it = shown.begin(); it != shown.end();) {
            if (!base.contains(it.key())
                && m_store->normalized(m_table, {{it.key(), it.value()}})
                       .value(it.key())
                       .toString()
                       .isEmpty())
                it = shown.erase(it);
            else
                ++it;
        }
    }
    return m_store->normalized(m_table, shown) != m_store->normalized(m_table, base);
}

void RecordEditor::updateDirty()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_dirtyShown = dirty;
    setWindowTitle(dirty ? m_title + QStringLiteral(" *") : m_title);
    if (m_revertButton)
        m_revertButton->setEnabled(dirty && !m_store->isReadOnly());
}

QString RecordEditor::message() const
{
    return m_messageLabel && !m_messageLabel->isHidden() ? m_messageLabel->text() : QString();
}

void RecordEditor::showMessage(const QString &sentence, QWidget *focus)
{
    m_messageLabel->setText(sentence);
    m_messageLabel->setVisible(!sentence.isEmpty());
    if (focus) {
        bringToFront(focus);
        focus->setFocus(Qt::OtherFocusReason);
    }
}

bool RecordEditor::validate(QString *, QWidget **) const
{
    return true;
}

bool RecordEditor::saveChildren(
    qint64, const ChildRowsModel::Resolver &, QString *, std::optional<ChildRowsModel::Conflict> *)
{
    return true;
}

bool RecordEditor::checkFields(QString *sentence, QWidget **focus) const
{
    // Every date and every choice of the form, before anything the editor itself checks.
    for (const auto &[widget, column] : m_bound) {
        if (auto *date = qobject_cast<DateLineEdit *>(widget); date && !date->isValid()) {
            *sentence = date->errorString();
            *focus = date;
            return false;
        }
        if (auto *combo = qobject_cast<ValueComboBox *>(widget); combo && !combo->hasValidText()) {
            *sentence = tr("“%1” is not in the list; choose one of its entries.")
                            .arg(combo->currentText());
            *focus = combo;
            return false;
        }
    }
    return true;
}

QVariant RecordEditor::addPending(const QString &table, const QVariantMap &values)
{
    m_pending.append({table, values});
    updateDirty();
    return pendingPrefix + QString::number(m_pending.size() - 1);
}

bool RecordEditor::isPending(const QVariant &value)
{
    return value.typeId() == QMetaType::QString && value.toString().startsWith(pendingPrefix);
}

QVariant RecordEditor::resolve(const QVariant &value) const
{
    if (!isPending(value))
        return value;
    const int index = value.toString().mid(pendingPrefix.size()).toInt();
    return m_pendingIds.contains(index) ? QVariant(m_pendingIds.value(index)) : QVariant();
}

RecordEditor::ConflictChoice RecordEditor::askConflict(const QString &sentence)
{
    QMessageBox box(QMessageBox::Warning, m_title, sentence, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Nothing was saved. Load the record as it is stored now (what you "
                              "typed is dropped), or keep your copy: the fields you did not "
                              "change take the other window's values, and Save writes yours "
                              "over theirs."));
    QPushButton *reload
        = box.addButton(tr("&Load the stored record"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep my copy"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::Reload;
    if (box.clickedButton() == keep)
        return ConflictChoice::KeepMine;
    return ConflictChoice::Cancel;
}

bool RecordEditor::resolveConflict(
    const QString &what, bool deleted, const QDateTime &at, const QString &by)
{
    const QString name = VietnameseText::elide(what, 120);
    QString sentence;
    if (deleted)
        sentence = at.isValid()
            ? tr("“%1” was deleted in another window at %2 (by %3).").arg(name, when(at), by)
            : tr("“%1” was deleted in another window.").arg(name);
    else
        sentence = at.isValid()
            ? tr("“%1” was changed in another window at %2 (by %3).").arg(name, when(at), by)
            : tr("“%1” was changed in another window.").arg(name);
    switch (askConflict(sentence)) {
    case ConflictChoice::Reload:
        m_pending.clear();
        if (!isNew() && !m_store->read(m_table, m_id)) {
            // Nothing is left to load: the editor closes.
            QDialog::reject();
            return false;
        }
        load();
        showMessage(tr("The record is shown as it is stored now."));
        return false;
    case ConflictChoice::KeepMine:
        if (const std::optional<Store::Record> stored = m_store->read(m_table, m_id))
            takeOthersChanges(*stored);
        else
            m_id = 0; // saved again, as a new record
        rebaseChildren();
        showMessage(sentence + QLatin1Char(' ')
            + tr("Your copy is kept, with the other window's changes to the fields you did not "
                 "change: Save writes your changes over theirs."));
        return false;
    case ConflictChoice::Cancel:
        break;
    }
    showMessage(sentence + QLatin1Char(' ') + tr("Nothing was saved."));
    return false;
}

void RecordEditor::takeOthersChanges(const Store::Record &stored)
{
    // A field this window left as it was opened shows what the other window saved; a field
    // changed here keeps what was typed.
    const QVariantMap opened = m_store->normalized(m_table, m_model->base().values);
    const QVariantMap shown = m_store->normalized(m_table, formValues());
    const QVariantMap now = m_store->normalized(m_table, stored.values);
    m_loading = true;
    for (const auto &[widget, column] : std::as_const(m_bound)) {
        if (shown.value(column) == opened.value(column)
            && now.value(column) != opened.value(column))
            widget->metaObject()->userProperty().write(widget, stored.values.value(column));
    }
    m_loading = false;
    m_model->rebase(stored);
    updateDirty();
}

bool RecordEditor::save()
{
    QString sentence;
    QWidget *focus = nullptr;
    if (m_store->isReadOnly()) {
        showMessage(m_store->readOnlyReason());
        return false;
    }
    // A role that may not change the record is refused before anything is written (the store
    // would refuse the rows anyway), and the refusal is logged.
    if (!m_deferred && !m_store->demand(writeAction(), &sentence)) {
        showMessage(sentence);
        return false;
    }
    if (!checkFields(&sentence, &focus) || !validate(&sentence, &focus)) {
        showMessage(sentence, focus);
        return false;
    }
    if (m_deferred) {
        m_collected = formValues();
        emit collected(m_collected);
        return true;
    }

    Store::Write write(m_store);
    if (!write.isActive()) {
        showMessage(write.errorString());
        return false;
    }
    QString error;
    m_pendingIds.clear();
    for (int i = 0; i < m_pending.size(); ++i) {
        QVariantMap values = m_pending.at(i).values;
        for (auto it = values.begin(); it != values.end(); ++it)
            it.value() = resolve(it.value());
        const std::optional<qint64> id = m_store->insert(m_pending.at(i).table, values, &error);
        if (!id) {
            m_pendingIds.clear();
            showMessage(error);
            return false;
        }
        m_pendingIds.insert(i, *id);
    }
    QVariantMap values = formValues();
    for (auto it = values.begin(); it != values.end(); ++it)
        it.value() = resolve(it.value());

    qint64 id = m_id;
    const QString name = m_store->nameOf(m_table, values);
    if (isNew()) {
        const std::optional<qint64> inserted = m_store->insert(m_table, values, &error);
        if (!inserted) {
            m_pendingIds.clear();
            showMessage(error);
            return false;
        }
        id = *inserted;
    } else {
        const Store::Result result = m_store->update(m_model->base(), values);
        if (result.outcome == Store::Outcome::Changed || result.outcome == Store::Outcome::Gone) {
            write.rollback();
            m_pendingIds.clear();
            return resolveConflict(
                name, result.outcome == Store::Outcome::Gone, result.changedAt, result.changedBy);
        }
        if (!result.ok()) {
            m_pendingIds.clear();
            showMessage(result.error);
            return false;
        }
    }
    std::optional<ChildRowsModel::Conflict> conflict;
    const auto resolver = [this](const QVariant &value) { return resolve(value); };
    if (!saveChildren(id, resolver, &error, &conflict)) {
        write.rollback();
        m_pendingIds.clear();
        if (conflict)
            return resolveConflict(
                conflict->rowName, conflict->deleted, conflict->at, conflict->by);
        showMessage(error);
        return false;
    }
    if (!write.commit(&error)) {
        m_pendingIds.clear();
        showMessage(error);
        return false;
    }
    m_pendingIds.clear();
    m_pending.clear();
    m_id = id;
    showMessage(QString());
    load();
    emit saved(m_id);
    return true;
}

void RecordEditor::revert()
{
    m_pending.clear();
    showMessage(QString());
    load();
}

void RecordEditor::showHistory()
{
    if (isNew()) {
        showMessage(tr("A record has a history once it is saved."));
        return;
    }
    HistoryDialog dialog(m_store, m_table, m_id, windowTitle(), this);
    dialog.exec();
}

Access::Action RecordEditor::writeAction() const
{
    const Catalogue::Table *described = Catalogue::table(m_table);
    return described ? described->writtenWith : Access::Action::Edit;
}

void RecordEditor::showEvent(QShowEvent *event)
{
    // Once every widget is made (the subclass's too): a role that may only read gets the record
    // read-only.
    if (!m_gated) {
        m_gated = true;
        QString why;
        if (RoleGate::makeReadOnly(this, m_store, writeAction(), &why)) {
            m_readOnlyRole = true;
            showMessage(tr("Read only: %1").arg(why));
        }
    }
    QDialog::showEvent(event);
}

void RecordEditor::reject()
{
    if (!m_store->isReadOnly() && !m_readOnlyRole && isDirty()) {
        switch (UnsavedChanges::ask(
            this, m_title, tr("This record has changes that are not saved yet."))) {
        case QMessageBox::Save:
            if (save())
                accept();
            return;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

void RecordEditor::setUpRows(QTableView *view, ChildRowsModel *model)
{
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    const auto changed = [this] {
        updateDirty();
        rowsChanged();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    const auto move = [this, view](const QKeySequence &keys, int step) {
        auto *shortcut = new QShortcut(keys, view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this,
            [this, view, step] { moveCurrentRow(view, step); });
    };
    move(QKeySequence(Qt::ALT | Qt::Key_Up), -1);
    move(QKeySequence(Qt::ALT | Qt::Key_Down), 1);
}

void RecordEditor::moveCurrentRow(QTableView *view, int step)
{
    auto *rows = static_cast<ChildRowsModel *>(view->model());
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (to < 0 || to >= rows->rowCount() || !rows->moveRow(current.row(), to))
        return;
    view->setCurrentIndex(rows->index(to, current.column()));
}

void RecordEditor::removeCurrentRow(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        view->model()->removeRow(current.row());
}

#include "rolegate.h"

#include "storage/store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QShortcut>
#include <QTabBar>
#include <QTextEdit>

#include <functional>

namespace {

// Lives as a child of its target: follows the store's account and the page's own wishes.
class Gate : public QObject
{
public:
    struct Target
    {
        std::function<bool()> enabled; // as the page set it (not as a parent makes it)
        std::function<void(bool)> setEnabled;
        std::function<QString()> toolTip;
        std::function<void(const QString &)> setToolTip;
    };

    Gate(QObject *target, Target access)
        : QObject(target)
        , m_target(std::move(access))
        , m_wanted(m_target.enabled())
        , m_ownTip(m_target.toolTip())
    {
        setObjectName(QStringLiteral("roleGate"));
    }

    void bind(Store *store, Access::Action action)
    {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        m_action = action;
        if (store)
            connect(store, &Store::accountChanged, this, &Gate::apply);
        apply();
    }

    // The page enabled or disabled the target, or gave it another tooltip.
    void enabledChanged()
    {
        if (m_applying)
            return;
        m_wanted = m_target.enabled();
        if (m_refused && m_wanted)
            apply();
    }
    void toolTipChanged()
    {
        if (m_applying || m_target.toolTip() == m_why)
            return;
        m_ownTip = m_target.toolTip();
        if (m_refused)
            apply();
    }

    void apply()
    {
        m_applying = true;
        QString why;
        const bool allowed = !m_store || m_store->allows(m_action, &why);
        if (allowed) {
            if (m_refused)
                m_target.setToolTip(m_ownTip);
            m_target.setEnabled(m_wanted);
            m_why.clear();
        } else {
            m_target.setEnabled(false);
            m_why = why;
            m_target.setToolTip(why);
        }
        m_refused = !allowed;
        m_applying = false;
    }

    bool refused() const { return m_refused; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent()) {
            if (event->type() == QEvent::EnabledChange)
                enabledChanged();
            else if (event->type() == QEvent::ToolTipChange)
                toolTipChanged();
        }
        return false;
    }

private:
    Target m_target;
    QPointer<Store> m_store;
    Access::Action m_action = Access::Action::Read;
    bool m_wanted;
    QString m_ownTip;
    QString m_why;
    bool m_refused = false;
    bool m_applying = false;
};

Gate *existing(const QObject *target)
{
    // Only gates bear the name (they have no meta-object of their own to cast by).
    return static_cast<Gate *>(
        target->findChild<QObject *>(QStringLiteral("roleGate"), Qt::FindDirectChildrenOnly));
}

} // namespace

void RoleGate::gate(QAction *target, Store *store, Access::Action action)
{
    Gate *gate = existing(target);
    if (!gate) {
        // The action's own tooltip, as the form gave it (empty: the action's text).
        target->setProperty("roleGateToolTip", target->toolTip());
        gate = new Gate(target,
            {[target] { return target->isEnabled(); },
                [target](bool on) { target->setEnabled(on); },
                [target] { return target->property("roleGateToolTip").toString(); },
                [target](const QString &tip) {
                    target->setToolTip(tip);
                    target->setProperty("roleGateToolTip", tip);
                }});
        QObject::connect(target, &QAction::enabledChanged, gate, &Gate::enabledChanged);
    }
    gate->bind(store, action);
}

void RoleGate::gate(QAbstractButton *target, Store *store, Access::Action action)
{
    Gate *gate = existing(target);
    if (!gate) {
        gate = new Gate(target,
            {[target] { return !target->testAttribute(Qt::WA_Disabled); },
                [target](bool on) { target->setEnabled(on); },
                [target] { return target->toolTip(); },
                [target](const QString &tip) { target->setToolTip(tip); }});
        target->installEventFilter(gate);
    }
    gate->bind(store, action);
}

void RoleGate::gate(QShortcut *target, Store *store, Access::Action action)
{
    Gate *gate = existing(target);
    if (!gate)
        gate = new Gate(target,
            {[target] { return target->isEnabled(); },
                [target](bool on) { target->setEnabled(on); }, [] { return QString(); },
                [](const QString &) {}});
    gate->bind(store, action);
}

bool RoleGate::isRefused(const QObject *target)
{
    const Gate *gate = target ? existing(target) : nullptr;
    return gate && gate->refused();
}

bool RoleGate::makeReadOnly(QWidget *editor, Store *store, Access::Action action, QString *why)
{
    QString sentence;
    if (!store || store->allows(action, &sentence))
        return false;
    if (why)
        *why = sentence;
    for (QLineEdit *line : editor->findChildren<QLineEdit *>()) {
        // A combo box's own line edit goes with its combo box.
        if (!qobject_cast<QComboBox *>(line->parentWidget())
            && !qobject_cast<QAbstractSpinBox *>(line->parentWidget()))
            line->setReadOnly(true);
    }
    for (QTextEdit *text : editor->findChildren<QTextEdit *>())
        text->setReadOnly(true);
    for (QPlainTextEdit *text : editor->findChildren<QPlainTextEdit *>())
        text->setReadOnly(true);
    for (QAbstractSpinBox *spin : editor->findChildren<QAbstractSpinBox *>())
        spin->setReadOnly(true);
    for (QComboBox *combo : editor->findChildren<QComboBox *>()) {
        combo->setEnabled(false);
        combo->setToolTip(sentence);
    }
    for (QAbstractItemView *view : editor->findChildren<QAbstractItemView *>())
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAbstractButton *button : editor->findChildren<QAbstractButton *>()) {
        const QString name = button->objectName();
        if (existing(button) || button->property(readOnlyKeeps).toBool()
            || qobject_cast<QTabBar *>(button->parentWidget())
            || name == QLatin1String("cancelButton") || name == QLatin1String("historyButton"))
            continue;
        gate(button, store, action);
    }
    // Save, and the keys that move or remove rows; reading keys (history, tabs) stay.
    const QList<QKeySequence> reading {QKeySequence(Qt::CTRL | Qt::Key_H),
        QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_PageUp)};
    for (QShortcut *shortcut : editor->findChildren<QShortcut *>()) {
        if (!reading.contains(shortcut->key()))
            gate(shortcut, store, action);
    }
    return true;
}

bool RoleGate::demand(QWidget *parent, Store *store, Access::Action action)
{
    QString error;
    if (!store || store->demand(action, &error))
        return true;
    QMessageBox::warning(parent, QCoreApplication::translate("RoleGate", "Not allowed"), error);
    return false;
}

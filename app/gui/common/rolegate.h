#pragma once

#include "core/access.h"

class QAbstractButton;
class QAction;
class QShortcut;
class QWidget;
class Store;

// What a role may not do is not offered: a button, menu action or shortcut the store would
// refuse is disabled, its tooltip saying why, and enabled again when someone who may logs in.
// The page goes on enabling and disabling it as it likes (a record selected or not): the gate
// only ever takes away, and gives back what the page last asked for. A disabled QAction also
// disables its shortcut.
namespace RoleGate {
void gate(QAction *target, Store *store, Access::Action action);
void gate(QAbstractButton *target, Store *store, Access::Action action);
void gate(QShortcut *target, Store *store, Access::Action action);
// Whether the target is held disabled by its gate just now.
bool isRefused(const QObject *target);

// A button a read-only editor leaves as it is (opening an attachment to read it): a property
// set to true on it.
inline constexpr char readOnlyKeeps[] = "roleGateReadOnlyKeeps";

// Makes an editor read-only for a role that may not take `action` (its table's writes): text
// fields read-only, choices and the buttons that change something disabled with the store's
// sentence (gated), tables not editable. Buttons already gated (Approve) and those marked
// readOnlyKeeps stay as they are, and so do the dialog's Cancel and History. True when the
// editor was made read-only; *why is the sentence.
bool makeReadOnly(QWidget *editor, Store *store, Access::Action action, QString *why = nullptr);

// At the start of every handler of an action a role may lack (a path the gates missed, a call
// from elsewhere): true when the store's user may take it; otherwise the store logs the refusal
// and a message box shows its sentence.
bool demand(QWidget *parent, Store *store, Access::Action action);
} // namespace RoleGate

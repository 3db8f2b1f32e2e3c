#pragma once

#include <QMessageBox>

// What a secretary is asked before typed work would be left: Save (the default), Discard, Cancel.
namespace UnsavedChanges {
QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text);
}

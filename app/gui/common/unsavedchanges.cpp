#include "unsavedchanges.h"

#include <QCoreApplication>

QMessageBox::StandardButton UnsavedChanges::ask(
    QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(
        QCoreApplication::translate("UnsavedChanges", "Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    return QMessageBox::StandardButton(box.exec());
}

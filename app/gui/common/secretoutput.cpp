#include "secretoutput.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

QString SecretOutput::printQuestion(const QString &mark, int copies)
{
    return tr("This document is %1. Print %n copies?", nullptr, copies).arg(mark);
}

std::optional<int> SecretOutput::askCopies(const QString &mark, QWidget *parent, int copies)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("secretPrintDialog"));
    dialog.setWindowTitle(tr("Print a secret document"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *question = new QLabel(&dialog);
    question->setObjectName(QStringLiteral("questionLabel"));
    question->setWordWrap(true);
    question->setMinimumWidth(380);
    layout->addWidget(question);
    auto *form = new QFormLayout;
    auto *count = new QSpinBox(&dialog);
    count->setObjectName(QStringLiteral("copiesSpinBox"));
    count->setRange(1, 99);
    count->setValue(qBound(1, copies, 99));
    form->addRow(tr("&Copies:"), count);
    layout->addLayout(form);
    auto *note = new QLabel(
        tr("Each copy is numbered on its pages (“Bản số: 01/03”), and the print is written in "
           "the audit log."),
        &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print"));
    layout->addWidget(buttons);
    const auto update = [&] { question->setText(printQuestion(mark, count->value())); };
    QObject::connect(count, &QSpinBox::valueChanged, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    count->setFocus();
    count->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return count->value();
}

bool SecretOutput::confirmExport(const QString &mark, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Export a secret document"),
        tr("This document is %1. Export it to a file?").arg(mark),
        QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("secretExportMessageBox"));
    box.setInformativeText(tr("Only your own account on this computer will be able to read the "
                              "file; the export is written in the audit log."));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

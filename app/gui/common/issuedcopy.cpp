#include "issuedcopy.h"

#include "datelineedit.h"
#include "documentprinter.h"
#include "filedialogs.h"
#include "io/safefile.h"
#include "reports/documentrenderer.h"

#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

bool IssuedCopy::paint(const QByteArray &pdf, QPrinter *printer, const Numbering &numbering)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0)
        return false;
    // The sheet of the file's own pages (A4 for a Party document), the whole of it: the file
    // carries its margins.
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(document.pagePointSize(0), QPageSize::Point));
    printer->setPageMargins(QMarginsF());
    // Numbered copies are painted one by one: the printer's own count would repeat one number.
    const int copies = qMax(1, numbering.copies);
    if (numbering.copies > 0)
        printer->setCopyCount(1);
    QPainter painter(printer);
    for (int copy = 1; copy <= copies; ++copy) {
        for (int page = 0; page < document.pageCount(); ++page) {
            if (page > 0 || copy > 1)
                printer->newPage();
            // At the printer's resolution, keeping the page's proportions.
            const QSize size = document.pagePointSize(page).toSize().scaled(
                painter.viewport().size(), Qt::KeepAspectRatio);
            painter.drawImage(QRect(QPoint(0, 0), size), document.render(page, size));
            if (numbering.copies > 0) {
                // Under the mark the file has on its pages (in its header on the first).
                const double perMm
                    = size.width() / (document.pagePointSize(page).width() / 72 * 25.4);
                DocumentRenderer::paintSecrecy(&painter, printer, numbering.family,
                    numbering.marginsMm.left() * perMm, numbering.marginsMm.top() * perMm,
                    numbering.mark, false, copy, numbering.copies);
            }
        }
    }
    return true;
}

void IssuedCopy::preview(const QByteArray &pdf, const QString &title, QWidget *parent, bool secret)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Issued copy — %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&pdf](QPrinter *target) { paint(pdf, target); });
    if (secret)
        DocumentPrinter::withoutPrinting(&dialog);
    dialog.exec();
}

void IssuedCopy::print(const QByteArray &pdf, const QString &title, QWidget *parent,
    const Numbering &numbering, const std::function<bool(QPrinter *, QString *)> &before)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (before && !before(&printer, &error))
        QMessageBox::critical(parent, title, error);
    else if (!paint(pdf, &printer, numbering))
        QMessageBox::critical(parent, title, tr("The issued copy could not be read."));
}

bool IssuedCopy::save(const QByteArray &pdf, const QString &suggestedName, QWidget *parent,
    const std::function<bool(const QString &, QString *)> &before)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialogs::saveFile(parent, tr("Save the issued copy"),
        QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (before && !before(path, &error)) {
        QMessageBox::critical(parent, tr("Save the issued copy"), error);
        return false;
    }
    if (!SafeFile::write(path, pdf, &error)) {
        QMessageBox::critical(parent, tr("Save the issued copy"), error);
        return false;
    }
    return true;
}

QDate IssuedCopy::askDate(const QDate &today,
    const std::function<QStringList(const QDate &)> &warnings, const QString &title,
    QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *date = new DateLineEdit(&dialog);
    date->setObjectName(QStringLiteral("issueDateEdit"));
    date->setValue(today);
    form->addRow(tr("Date of the &document:"), date);
    layout->addLayout(form);
    auto *notes = new QLabel(&dialog);
    notes->setObjectName(QStringLiteral("issueDateWarnings"));
    notes->setWordWrap(true);
    notes->setMinimumWidth(420);
    layout->addWidget(notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    layout->addWidget(buttons);
    const auto update = [&] {
        const bool valid = date->isValid() && !date->isEmpty();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
        notes->setText(valid ? warnings(date->date()).join(QLatin1Char('\n'))
                             : (date->errorString().isEmpty() ? tr("Type the date of the document.")
                                                              : date->errorString()));
        // A dialog keeps the size it opened with: grown to the warning's lines, or they are cut.
        dialog.adjustSize();
    };
    QObject::connect(date, &QLineEdit::textChanged, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    date->selectAll();
    return dialog.exec() == QDialog::Accepted ? date->date() : QDate();
}

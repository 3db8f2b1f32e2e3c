#include "documentprinter.h"

#include "reports/documentrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace {
void preparePrinter(const Reports::Built &built, QPrinter *printer)
{
    // The profile's margins are painted by the renderer: the printer gives the whole sheet.
    QPageLayout page = built.profile.pageLayout();
    page.setMargins(QMarginsF());
    printer->setFullPage(true);
    printer->setPageLayout(page);
    printer->setDocName(built.title);
}
} // namespace

void DocumentPrinter::paint(const Reports::Built &built, QPrinter *printer)
{
    const auto document = Reports::document(built, printer->resolution());
    DocumentRenderer::layout(document.get(), built.profile, printer);
    QPainter painter(printer);
    DocumentRenderer::paint(document.get(), built.profile, printer, &painter);
}

void DocumentPrinter::preview(const Reports::Built &built, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(built, &printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(built.title.left(80)));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&built](QPrinter *target) { paint(built, target); });
    dialog.exec();
}

void DocumentPrinter::print(const Reports::Built &built, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(built, &printer);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paint(built, &printer);
}

bool DocumentPrinter::exportTo(const Reports::Built &built, const QString &suggestedName,
                               QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
            parent, tr("Export document"), QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
            tr("PDF (*.pdf);;OpenDocument text for last edits (*.odt);;Web page (*.html)"),
            &selected);
    if (path.isEmpty())
        return false;
    QString error;
    if (!Reports::write(built, path, &error)) {
        QMessageBox::critical(parent, tr("Export document"), error);
        return false;
    }
    return true;
}

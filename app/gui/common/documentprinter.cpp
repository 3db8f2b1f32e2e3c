#include "documentprinter.h"

#include "filedialogs.h"
#include "reports/documentrenderer.h"
#include "reports/sheets.h"
#include "text/vietnamesetext.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QTextDocument>

void DocumentPrinter::withoutPrinting(QPrintPreviewDialog *dialog)
{
    // The preview's own Print would bypass the question, the numbering and the audit log.
    const QString print = QCoreApplication::translate("QPrintPreviewDialog", "Print");
    for (QAction *action : dialog->findChildren<QAction *>()) {
        if (action->text() == print)
            action->setVisible(false);
    }
}

void DocumentPrinter::prepare(const Reports::Built &built, QPrinter *printer)
{
    // The profile's margins are painted by the renderer: the printer gives the whole sheet.
    QPageLayout page = built.sheets.isEmpty() ? built.profile.pageLayout()
                                              : Sheets::pageLayout(built.sheets.first().sizeMm);
    page.setMargins(QMarginsF());
    printer->setFullPage(true);
    printer->setPageLayout(page);
    printer->setDocName(built.title);
}

void DocumentPrinter::paint(const Reports::Built &built, QPrinter *printer, int copies)
{
    if (!built.sheets.isEmpty()) {
        QPainter painter(printer);
        Sheets::paint(built.sheets, built.font, printer, &painter);
        return;
    }
    const auto document = Reports::document(built, printer->resolution());
    DocumentRenderer::layout(document.get(), built.profile, printer);
    // Numbered copies are painted one by one: the printer's own count would repeat one number.
    if (copies > 0)
        printer->setCopyCount(1);
    QPainter painter(printer);
    if (copies <= 0) {
        DocumentRenderer::paint(document.get(), built.profile, printer, &painter);
        return;
    }
    for (int copy = 1; copy <= copies; ++copy) {
        if (copy > 1)
            printer->newPage();
        DocumentRenderer::setCopy(document.get(), copy, copies);
        DocumentRenderer::paint(document.get(), built.profile, printer, &painter);
    }
}

void DocumentPrinter::preview(const Reports::Built &built, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(built, &printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(VietnameseText::elide(built.title, 80)));
    // As tall as a page wants, within the screen the window is on (office screens are often
    // 768 pixels high).
    const QScreen *screen = parent && parent->screen() ? parent->screen() : dialog.screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    dialog.resize(qMin(900, available.width() * 9 / 10), qMin(1000, available.height() * 9 / 10));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&built](QPrinter *target) { paint(built, target); });
    if (built.isSecret())
        withoutPrinting(&dialog);
    dialog.exec();
}

void DocumentPrinter::print(
    const Reports::Built &built, QWidget *parent, const std::function<void(QPrinter *)> &paintWith)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(built, &printer);
    QPrintDialog dialog(&printer, parent);
    // Printing to a file would open Qt's own file dialog, which reads the files it lists (the
    // database's journal too); Export writes PDF files.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (paintWith)
        paintWith(&printer);
    else
        paint(built, &printer);
}

bool DocumentPrinter::exportTo(const Reports::Built &built, const QString &suggestedName,
    QWidget *parent, const std::function<bool(const QString &, QString *)> &beforeWrite)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = FileDialogs::saveFile(parent, tr("Export document"),
        QDir(folder).filePath(suggestedName + QStringLiteral(".pdf")),
        // Text placed on its sheets (certificates) is a PDF or nothing.
        built.sheets.isEmpty() ? tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text "
                                    "(*.odt);;Web page (*.html)")
                               : tr("PDF (*.pdf)"),
        &selected);
    if (path.isEmpty())
        return false;
    // A name typed without its suffix takes the one of the kind chosen.
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) {
        const QRegularExpression suffix(QStringLiteral("\\*(\\.[a-z]+)"));
        target += suffix.match(selected).captured(1);
    }
    QString error;
    if (beforeWrite && !beforeWrite(target, &error)) {
        QMessageBox::critical(parent, tr("Export document"), error);
        return false;
    }
    if (!Reports::write(built, target, &error)) {
        QMessageBox::critical(parent, tr("Export document"), error);
        return false;
    }
    return true;
}

#pragma once

#include "reports/reports.h"

#include <QCoreApplication>

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

// Print preview, printing and export of a built document, on the same painting code as the PDF.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // The document's sheet, whole (the renderer paints the margins), and its name.
    static void prepare(const Reports::Built &built, QPrinter *printer);
    static void preview(const Reports::Built &built, QWidget *parent);
    // After the print dialog, `paintWith` paints (and may refuse, having said why) instead of
    // paint() when given.
    static void print(const Reports::Built &built, QWidget *parent,
        const std::function<void(QPrinter *)> &paintWith = {});
    // Asks for a file (PDF, DOCX, ODT or HTML) and writes it; false when refused or cancelled.
    // `beforeWrite`, when given, is asked with the chosen file first: false (with the sentence)
    // writes nothing.
    static bool exportTo(const Reports::Built &built, const QString &suggestedName, QWidget *parent,
        const std::function<bool(const QString &, QString *)> &beforeWrite = {});
    // copies > 0: that many copies one after the other, each numbered on its pages
    // ("Bản số: 01/03"), the printer making one of each.
    static void paint(const Reports::Built &built, QPrinter *printer, int copies = 0);
    // Hides a preview's own Print of a secret document: Print asks, numbers and logs.
    static void withoutPrinting(QPrintPreviewDialog *dialog);
};

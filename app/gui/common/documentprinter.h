#pragma once

#include "reports/reports.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

// Print preview, printing and export of a built document, on the same painting code as the PDF.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    static void preview(const Reports::Built &built, QWidget *parent);
    static void print(const Reports::Built &built, QWidget *parent);
    // Asks for a file (PDF, DOCX, ODT or HTML) and writes it; false when refused or cancelled.
    static bool exportTo(
        const Reports::Built &built, const QString &suggestedName, QWidget *parent);
    static void paint(const Reports::Built &built, QPrinter *printer);
};

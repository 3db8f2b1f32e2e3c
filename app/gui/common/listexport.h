#pragma once

#include "io/spreadsheet.h"

#include <QCoreApplication>
#include <QString>

class QTableView;
class QWidget;
class Store;

// File › Export list to Excel: the list a page shows, as it shows it (the visible columns in the
// header's order, their header texts, the rows as filtered and sorted), to .xlsx or .csv.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    // The table of the view: every row of its model (fetched to the end), the columns shown.
    static Spreadsheet::Table tableOf(QTableView *view, const QString &title);
    // Asks for the file (a secret list asks first whether to write it at all), writes it and logs
    // it; the status bar's sentence ("Exported 12 rows to …"), empty when nothing was written
    // (cancelled, or refused with a message).
    static QString exportList(
        QWidget *parent, Store *store, QTableView *view, const QString &title);
    // The same to a file already chosen, without a question; false with *error when not written.
    static bool exportTo(Store *store, QTableView *view, const QString &title, const QString &path,
        int *rows, QString *error);
    // Asks where to write a table (.xlsx or .csv, in the Documents folder under `name`): the path,
    // with the suffix of the kind chosen when the name was typed without one; empty when
    // cancelled.
    static QString askPath(QWidget *parent, const QString &caption, const QString &name);
    // The sentence of the status bar after an export.
    static QString exported(int rows, const QString &path);
};

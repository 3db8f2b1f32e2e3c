#pragma once

#include "io/spreadsheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class SqlListModel;
class Store;

// A list of the store leaving the program as a spreadsheet, from a page or the command line: its
// rows (those the user may read, as filtered), its secrecy mark, an entry in the audit log.
class ListOutput
{
    Q_DECLARE_TR_FUNCTIONS(ListOutput)

public:
    // The table of the model's columns (in that order), every row, titled, marked with the
    // highest secrecy of its rows.
    static Spreadsheet::Table table(
        SqlListModel *model, const QList<int> &columns, const QString &title);
    // The columns a list shows by default: all but the id and those without a header.
    static QList<int> shownColumns(const SqlListModel &model);
    // Logs the export (a list holding secret rows is logged or not written at all), then writes
    // the file. False with a sentence when nothing was written.
    static bool write(Store &store, const SqlListModel &model, const Spreadsheet::Table &table,
        const QString &path, QString *error);
    // The lists of `secretariat export LIST`: conferences, people, units, documents,
    // inspections, recommendations, commendations, register, audit.
    static QStringList names();
    // The model of a named list, as its page builds it (nullptr for an unknown name), and its
    // title as the page shows it.
    static SqlListModel *model(const QString &name, Store *store, QObject *parent = nullptr);
    static QString title(const QString &name);

    // "Hội nghị 2026-12-03": the file name offered for a list exported on that day.
    static QString suggestedName(const QString &title, const QDate &day);
};

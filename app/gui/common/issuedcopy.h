#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

// The file of an issued document as it was signed (a PDF kept in the database): previewed,
// printed and saved as those bytes, never made again from the record.
class IssuedCopy
{
    Q_DECLARE_TR_FUNCTIONS(IssuedCopy)

public:
    static void preview(const QByteArray &pdf, const QString &title, QWidget *parent);
    static void print(const QByteArray &pdf, const QString &title, QWidget *parent);
    // Asks where, and writes the bytes whole; false when cancelled or refused.
    static bool save(const QByteArray &pdf, const QString &suggestedName, QWidget *parent);
    // Paints the pages, each scaled to the printer's page; false when the bytes are no PDF.
    static bool paint(const QByteArray &pdf, QPrinter *printer);

    // Asks for the date of a document about to be issued (today by default), showing the
    // warnings for the date as it is typed. An invalid date when cancelled.
    static QDate askDate(const QDate &today,
        const std::function<QStringList(const QDate &)> &warnings, const QString &title,
        QWidget *parent);
};

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

// The copies of a secret document, numbered on their pages under the mark the file carries:
// where the profile puts the mark (its margins), in its font.
struct IssuedCopyNumbering
{
    int copies = 0; // 0: one copy, not numbered
    QString mark; // "TỐI MẬT"
    QString family;
    QMarginsF marginsMm;
};

// The file of an issued document as it was signed (a PDF kept in the database): previewed,
// printed and saved as those bytes, never made again from the record.
class IssuedCopy
{
    Q_DECLARE_TR_FUNCTIONS(IssuedCopy)

public:
    using Numbering = IssuedCopyNumbering;

    static void preview(
        const QByteArray &pdf, const QString &title, QWidget *parent, bool secret = false);
    // After the print dialog, `before` is asked first (a secret record's audit entry): false
    // prints nothing, having said why.
    static void print(const QByteArray &pdf, const QString &title, QWidget *parent,
        const Numbering &numbering = {},
        const std::function<bool(QPrinter *, QString *)> &before = {});
    // Asks where, and writes the bytes whole; false when cancelled or refused. `before` is asked
    // with the chosen file first: false writes nothing.
    static bool save(const QByteArray &pdf, const QString &suggestedName, QWidget *parent,
        const std::function<bool(const QString &, QString *)> &before = {});
    // Paints the pages, each scaled to the printer's page; false when the bytes are no PDF.
    static bool paint(const QByteArray &pdf, QPrinter *printer, const Numbering &numbering = {});

    // Asks for the date of a document about to be issued (today by default), showing the
    // warnings for the date as it is typed. An invalid date when cancelled.
    static QDate askDate(const QDate &today,
        const std::function<QStringList(const QDate &)> &warnings, const QString &title,
        QWidget *parent);
};

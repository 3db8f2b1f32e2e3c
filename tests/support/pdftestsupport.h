#pragma once

// What report tests read back from a PDF, with poppler-utils, as a person checking a page would.

#include "reports/reports.h"

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace PdfTestSupport {

// The program's standard output, or nothing when it failed.
inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text as laid out on the page; pages first..last when given.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments {QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}

// The text cell by cell, as pdftotext reads it without -layout: for a table's rows, whose cells
// a layout would interleave line by line.
inline QString pdfCells(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
}

// A document built from the store and written as a PDF of a name of its own in `folder`; empty,
// with the sentence, when it cannot be.
inline QString writeReport(const Store &store, const QString &folder, const QString &kind,
    qint64 id, QString *error, Reports::Draft draft = Reports::Draft::No,
    const QVariantMap &parameters = {})
{
    static int count = 0;
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(++count));
    const auto built = Reports::build(store, kind, id, error, draft, parameters);
    if (!built || !Reports::write(*built, path, error))
        return QString();
    return path;
}

// The text in the order it was written, cell by cell (pdftotext -raw), white space made single
// spaces: a table's row reads across its cells; pages first..last when given.
inline QString pdfRaw(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments {QStringLiteral("-raw")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")).simplified();
}

// Each piece found after the one before; else which one is not, and the whole text in the log
// (QTest shortens a failure's message).
inline bool inOrder(const QString &text, const QStringList &pieces, QString *missing)
{
    qsizetype at = -1;
    for (const QString &piece : pieces) {
        const qsizetype found = text.indexOf(piece, at + 1);
        if (found < 0) {
            qWarning().noquote() << text;
            *missing = QStringLiteral("“%1” missing or out of order").arg(piece);
            return false;
        }
        at = found;
    }
    return true;
}

inline int pageCount(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

inline QString firstLine(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return QString();
}

} // namespace PdfTestSupport

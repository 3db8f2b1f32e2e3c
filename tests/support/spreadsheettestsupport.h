#pragma once

// Spreadsheets read back as another program reads them: LibreOffice Calc converts them to CSV.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace SpreadsheetTestSupport {

// Calc's CSV (fields quoted where they need it) as rows of fields.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// Every file's first sheet as Calc shows its cells (one soffice for all of them), by file path.
// A CSV file is read as UTF-8 with commas.
inline QMap<QString, QList<QStringList>> readWithLibreOffice(
    const QStringList &files, QString *failure)
{
    QTemporaryDir out;
    const QString profile = QStringLiteral("-env:UserInstallation=file://%1/lo-%2")
                                .arg(QDir::tempPath())
                                .arg(QCoreApplication::applicationPid());
    QStringList arguments {profile, QStringLiteral("--headless")};
    if (!files.isEmpty() && files.first().endsWith(QLatin1String(".csv")))
        arguments << QStringLiteral("--infilter=CSV:44,34,76,1");
    // Comma, double quote, UTF-8 (76), from the first line.
    arguments << QStringLiteral("--convert-to")
              << QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1")
              << QStringLiteral("--outdir") << out.path() << files;
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"), arguments);
    if (!soffice.waitForFinished(180000) || soffice.exitCode() != 0) {
        *failure = QStringLiteral("soffice failed: ") + soffice.readAllStandardError();
        return {};
    }
    QMap<QString, QList<QStringList>> sheets;
    for (const QString &path : files) {
        QFile file(QDir(out.path()).filePath(QFileInfo(path).completeBaseName() + ".csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            *failure = QStringLiteral("no CSV from soffice for %1: %2")
                           .arg(path, QString::fromUtf8(soffice.readAllStandardError()));
            return {};
        }
        sheets.insert(path, parseCsv(QString::fromUtf8(file.readAll())));
    }
    return sheets;
}

} // namespace SpreadsheetTestSupport

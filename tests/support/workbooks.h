#pragma once

// Excel workbooks for the tests of imports, written as Excel stores them (the sheets' text in
// shared strings, cells by reference), so that a test can give a dialog an .xlsx file.

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <utility>

namespace TestSupport {

// A workbook as Excel stores it: the sheets' text in shared strings, cells by reference.
inline QByteArray workbook(const QList<std::pair<QString, QList<QStringList>>> &sheets)
{
    QStringList strings;
    QByteArray book = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/"
                      "officeDocument/2006/relationships/sharedStrings\" "
                      "Target=\"sharedStrings.xml\"/>";
    QList<std::pair<QString, QByteArray>> parts;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QByteArray n = QByteArray::number(s + 1);
        book += "<sheet name=\"" + sheets.at(s).first.toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n
            + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                           "<sheetData>";
        const QList<QStringList> &rows = sheets.at(s).second;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                if (rows.at(r).at(c).isEmpty())
                    continue;
                strings << rows.at(r).at(c);
                sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r + 1)
                    + "\" t=\"s\"><v>" + QByteArray::number(strings.size() - 1) + "</v></c>";
            }
            sheet += "</row>";
        }
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1),
            sheet + "</sheetData></worksheet>"});
    }
    QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &text : std::as_const(strings))
        shared += "<si><t>" + text.toHtmlEscaped().toUtf8() + "</t></si>";
    parts.append({QStringLiteral("xl/workbook.xml"), book + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>"});
    parts.append({QStringLiteral("xl/sharedStrings.xml"), shared + "</sst>"});
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    for (const auto &[name, content] : std::as_const(parts)) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(content) < 0)
            qFatal("cannot write %s", qPrintable(name));
        file.close();
    }
    archive.close();
    return bytes;
}

} // namespace TestSupport

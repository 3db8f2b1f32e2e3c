#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Finishes a PDF that QPdfWriter made, in memory: copied text keeps its spaces, and the
// document's information names its author. Qt's FreeType engine gives the tab the space's glyph
// and its font subset maps each glyph back to the lowest code point that uses it, so the space
// glyph reads as U+0009 in the ToUnicode table and text copied from most viewers has tabs
// between its words; QPdfWriter has no author. The objects are kept, the changed ones rewritten
// and the cross-reference table made again; a file not laid out as Qt writes is refused.
class PdfRewriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfRewriter)

public:
    static std::optional<QByteArray> finish(
        const QByteArray &pdf, const QString &author, QString *error);

    // A ToUnicode CMap whose glyphs that read as a tab read as a space; `changed` tells whether
    // there was one.
    static QByteArray spacesAsSpaces(const QByteArray &cmap, bool *changed);
};

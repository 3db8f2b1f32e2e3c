#pragma once

#include "core/labels.h"
#include "text/vietnamesetext.h"

#include <QString>
#include <QStringList>

#include <cstddef>

// The words an imported file may use for a stored choice ("Vắng mặt" for absent, "Chi bộ" for a
// party organization): the importers' vocabulary, shared so that each reads a cell the same way.
namespace ImportWords {

struct Word
{
    const char *text; // UTF-8, compared folded
    const char *code;
};

// The stored code a cell means, compared folded: the file's words first, then the interface's
// own labels and the stored codes; empty when none matches.
template <std::size_t N>
QString codeFor(const Word (&words)[N], Labels::Enum which, const QString &text)
{
    const QString folded = VietnameseText::fold(text);
    for (const Word &word : words) {
        if (folded == VietnameseText::fold(QString::fromUtf8(word.text)))
            return QLatin1String(word.code);
    }
    for (const Labels::Choice &choice : Labels::choices(which)) {
        if (folded == VietnameseText::fold(choice.label)
            || folded == VietnameseText::fold(choice.code))
            return choice.code;
    }
    return QString();
}

// The first word of each code, for a message that says what a cell may hold.
template <std::size_t N> QString suggestedWords(const Word (&words)[N])
{
    QStringList suggested;
    QStringList seen;
    for (const Word &word : words) {
        if (!seen.contains(QLatin1String(word.code))) {
            seen << QLatin1String(word.code);
            suggested << QString::fromUtf8(word.text);
        }
    }
    return suggested.join(QStringLiteral(", "));
}

} // namespace ImportWords

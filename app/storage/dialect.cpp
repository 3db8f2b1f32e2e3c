#include "dialect.h"

#include "text/vietnamesetext.h"

QVector<SearchTerm> searchTerms(const QString &text)
{
    // The words as the engines' tokenizers cut the folded text: letters and digits, anything
    // else separates. A part in double quotes is a phrase of exact words ("uy ban" finds "Ủy
    // ban", not "Ủy viên ... Ban"; an unclosed quote reads to the end); a code typed with '-'
    // or '/' ("39-ct", "ct/tw") is a phrase of its parts, the last a prefix, so it does not find
    // every "39".
    QVector<SearchTerm> terms;
    QStringList parts;
    QString word;
    bool quoted = false;
    const auto endWord = [&] {
        if (!word.isEmpty())
            parts << word;
        word.clear();
    };
    const auto endTerm = [&] {
        endWord();
        if (!parts.isEmpty())
            terms.append(SearchTerm {parts, !quoted});
        parts.clear();
    };
    const QString folded = VietnameseText::fold(text) + QLatin1Char(' ');
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c == QLatin1Char('"')) {
            endTerm();
            quoted = !quoted;
        } else if (quoted) {
            endWord();
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('/')) && !word.isEmpty()) {
            endWord();
        } else {
            endTerm();
        }
    }
    endTerm(); // an unclosed quote reads to the end
    return terms;
}

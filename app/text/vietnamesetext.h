#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Vietnamese text rules in one place: normalization, search folding, sorting, personal names,
// dates and numbers as Party documents and forms write them.
namespace VietnameseText {

// Unicode NFC (text is stored NFC). Does not trim.
QString nfc(const QString &text);

// Search folding: NFC-independent (accepts NFD input), lower case, every mark removed,
// đ/Đ -> d, runs of whitespace collapsed to one space, trimmed.
// "Điện Biên" -> "dien bien"; "hoà" and "hòa" -> "hoa"; "UỶ" -> "uy"; "thuý" == "thúy" -> "thuy".
QString fold(const QString &text);

// A binary-comparable sort key (compare with plain memcmp / SQLite BINARY on its UTF-8) that
// orders strings the Vietnamese way: letters a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t
// u ư v w x y z are distinct letters at the primary level; digits come before letters; tones
// only at the secondary level, in the CLDR Vietnamese order (no tone, huyền, hỏi, ngã, sắc,
// nặng); case only at the tertiary level (lower before upper); punctuation is ignored, while
// whitespace and dashes separate words; old and new tone placement give the same key
// ("hoà" == "hòa"). Words compare word by word, so a shorter string that is a prefix sorts
// first ("An" < "An Bình" < "Anh"). The key uses only characters U+0001..U+007E.
QString collationKey(const QString &text);

// What tells two names apart when a list is matched against the directory: the collation key
// without its case level. Tones count ("Hà" != "Hạ", "Anh" != "Ánh") and belong to the syllable
// ("Thuỷ" == "Thủy"); case, NFC/NFD, spacing and punctuation do not.
QString matchKey(const QString &text);

// Key for people: given name, then middle name, then family name, compared the same way at
// each level (all primary differences of all three parts first, then tones, then case).
QString personCollationKey(const QString &family, const QString &middle, const QString &given);

struct NameParts
{
    QString family;
    QString middle;
    QString given;
};

// "Nguyễn Văn Sơn" -> {"Nguyễn", "Văn", "Sơn"}; "Lê Thị Kim Dung" -> {"Lê", "Thị Kim", "Dung"};
// one word -> given only; trims and collapses spaces; NFC.
NameParts splitFullName(const QString &fullName);

// "ngày 05 tháng 02 năm 2026": leading zero for days 1–9 and for months 1 and 2 only
// (Vietnamese document rule: "ngày 05 tháng 02", "ngày 18 tháng 8", "ngày 01 tháng 12").
// An invalid date gives an empty string.
QString documentDate(const QDate &date);

// Citation inside running text: "18/8/2014", "8/2/2022" (no leading zeros).
QString citationDate(const QDate &date);

// Forms: "05/02/2026" (dd/MM/yyyy).
QString formDate(const QDate &date);

// Parses what a secretary types in a date field: d/M/yyyy or dd/MM/yyyy with '/', '-' or '.'
// separators (the same one twice), spaces around the text or the separators allowed; the digits
// alone (27052024, 270524); an ISO date (2024-05-27). A two-digit year ("27-5-24") is read within
// eighty years before and twenty after pivotYear (the current year), and refused without one.
// Returns nullopt with a sentence in *error (may be null): one for empty text, one for text that
// is not a date in that form, and one naming the typed date for a day the calendar does not have.
std::optional<QDate> parseFormDate(
    const QString &text, QString *error = nullptr, int pivotYear = 0);

// Text as it is kept: control characters (but line breaks in multi-line text, as LF), NUL, lone
// surrogates, byte-order marks and the bidirectional embeddings, overrides and isolates
// (U+202A-U+202E, U+2066-U+2069, which reverse what follows them on a printed page) are removed;
// a tab becomes a space, a line break in single-line text a space. *removed counts what was
// removed.
QString clean(const QString &text, bool multiline, int *removed = nullptr);

// A long text cut for a dialog or a list: at most `maxChars` characters, cut at a word, with "…".
QString elide(const QString &text, int maxChars);

// Vietnamese number formatting: 2611 -> "2.611", -1234567 -> "-1.234.567", 0 -> "0".
QString formatInteger(qint64 value);

// 12.5 -> "12,5"; decimals = maximum digits after the comma, trailing zeros dropped;
// grouping with dots in the integer part: 1234.5 -> "1.234,5".
QString formatDecimal(double value, int decimals = 2);

} // namespace VietnameseText

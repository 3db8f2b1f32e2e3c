#include "vietnamesetext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <cmath>

namespace VietnameseText {

namespace {

// Characters below this bound are classified once into tables; Latin, Greek, Cyrillic, the
// combining diacritics and Latin Extended Additional (all precomposed Vietnamese) live there.
constexpr char32_t kTableSize = 0x2000;

constexpr char16_t kSmallDStroke = 0x0111;
constexpr char16_t kCapitalDStroke = 0x0110;

// 0 means "drop", ' ' means "whitespace".
char32_t foldCodePoint(char32_t c)
{
    if (c == 0)
        return 0;
    if (QChar::isSpace(c))
        return u' ';
    if (c == kSmallDStroke || c == kCapitalDStroke)
        return u'd';
    if (QChar::decompositionTag(c) == QChar::Canonical) {
        const QList<uint> parts = QChar::decomposition(c).toUcs4();
        bool restAreMarks = !parts.isEmpty();
        for (qsizetype i = 1; i < parts.size() && restAreMarks; ++i)
            restAreMarks = QChar::combiningClass(parts.at(i)) > 0;
        // Hangul and a few Indic vowels decompose into letters, not base + marks: keep them.
        if (restAreMarks)
            return foldCodePoint(parts.first());
    }
    if (QChar::combiningClass(c) > 0)
        return 0;
    return QChar::toLower(c);
}

const std::array<char16_t, kTableSize> &foldTable()
{
    static const std::array<char16_t, kTableSize> table = [] {
        std::array<char16_t, kTableSize> t {};
        for (char32_t c = 0; c < kTableSize; ++c) {
            const char32_t f = foldCodePoint(c);
            t[c] = f > 0xFFFF ? char16_t(c) : char16_t(f);
        }
        return t;
    }();
    return table;
}

// Primary weights: 0..9 are the digits, then the 33 Vietnamese letters in dictionary order.
enum Primary : quint8 {
    PA = 10,
    PAbreve,
    PAcirc,
    PB,
    PC,
    PD,
    PDstroke,
    PE,
    PEcirc,
    PF,
    PG,
    PH,
    PI,
    PJ,
    PK,
    PL,
    PM,
    PN,
    PO,
    POcirc,
    POhorn,
    PP,
    PQ,
    PR,
    PS,
    PT,
    PU,
    PUhorn,
    PV,
    PW,
    PX,
    PY,
    PZ,
    POther = 0xFF // any other letter, keyed by its code point
};

constexpr quint8 kAsciiPrimary[26] = {PA, PB, PC, PD, PE, PF, PG, PH, PI, PJ, PK, PL, PM, PN, PO,
    PP, PQ, PR, PS, PT, PU, PV, PW, PX, PY, PZ};

// Tones in the CLDR Vietnamese secondary order; 0 is "no tone".
enum Tone : quint8 { NoTone = 0, Grave, Hook, Tilde, Acute, DotBelow };
enum Shape : quint8 { NoShape = 0, Breve, Circumflex, Horn };

enum class UnitKind : quint8 { Ignorable, Separator, Letter, Mark };

struct Unit
{
    UnitKind kind = UnitKind::Ignorable;
    quint8 primary = 0;
    quint8 tone = NoTone;
    quint8 shape = NoShape;
    bool upper = false;
    char32_t other = 0;
};

// Key alphabet. The level separator sorts below the part separator, which sorts below the word
// separator, which sorts below every weight: so a string that ends (at any level, part or word)
// sorts before one that goes on, which gives "An" < "An Bình" < "Anh".
constexpr char kLevelSeparator = '\x01';
constexpr char kPartSeparator = '\x02';
constexpr char kWordSeparator = '\x03';
constexpr char kPrimaryBase = '0'; // '0'..'Z' for the 43 primaries
constexpr char kOtherPrefix = '~'; // above every primary; followed by four base-64 digits
constexpr char kToneBase = '0';
constexpr char kLower = '0';
constexpr char kUpper = '1';

quint8 withShape(quint8 primary, quint8 shape)
{
    switch (shape) {
    case Breve:
        return primary == PA ? quint8(PAbreve) : primary;
    case Circumflex:
        if (primary == PA)
            return PAcirc;
        if (primary == PE)
            return PEcirc;
        return primary == PO ? quint8(POcirc) : primary;
    case Horn:
        if (primary == PO)
            return POhorn;
        return primary == PU ? quint8(PUhorn) : primary;
    default:
        return primary;
    }
}

Unit letterUnit(quint8 primary, bool upper)
{
    Unit u;
    u.kind = UnitKind::Letter;
    u.primary = primary;
    u.upper = upper;
    return u;
}

Unit markUnit(quint8 tone, quint8 shape)
{
    Unit u;
    u.kind = UnitKind::Mark;
    u.tone = tone;
    u.shape = shape;
    return u;
}

Unit classify(char32_t c)
{
    if (QChar::isSpace(c) || QChar::category(c) == QChar::Punctuation_Dash) {
        Unit u;
        u.kind = UnitKind::Separator;
        return u;
    }
    if (c >= u'a' && c <= u'z')
        return letterUnit(kAsciiPrimary[c - u'a'], false);
    if (c >= u'A' && c <= u'Z')
        return letterUnit(kAsciiPrimary[c - u'A'], true);
    if (c >= u'0' && c <= u'9')
        return letterUnit(quint8(c - u'0'), false);
    if (c == kSmallDStroke || c == kCapitalDStroke)
        return letterUnit(PDstroke, c == kCapitalDStroke);

    switch (c) {
    case 0x0300:
        return markUnit(Grave, NoShape);
    case 0x0309:
        return markUnit(Hook, NoShape);
    case 0x0303:
        return markUnit(Tilde, NoShape);
    case 0x0301:
        return markUnit(Acute, NoShape);
    case 0x0323:
        return markUnit(DotBelow, NoShape);
    case 0x0306:
        return markUnit(NoTone, Breve);
    case 0x0302:
        return markUnit(NoTone, Circumflex);
    case 0x031B:
        return markUnit(NoTone, Horn);
    default:
        break;
    }

    if (QChar::decompositionTag(c) == QChar::Canonical) {
        const QList<uint> parts = QChar::decomposition(c).toUcs4();
        if (parts.size() == 1)
            return classify(parts.first());
        if (!parts.isEmpty()) {
            Unit base = classify(parts.first());
            bool restAreMarks = base.kind == UnitKind::Letter;
            for (qsizetype i = 1; i < parts.size() && restAreMarks; ++i)
                restAreMarks = QChar::combiningClass(parts.at(i)) > 0;
            if (restAreMarks) {
                for (qsizetype i = 1; i < parts.size(); ++i) {
                    const Unit mark = classify(parts.at(i));
                    if (mark.tone != NoTone && base.tone == NoTone)
                        base.tone = mark.tone;
                    if (base.primary != POther)
                        base.primary = withShape(base.primary, mark.shape);
                }
                return base;
            }
        }
    }

    // A mark we do not weigh still belongs to its letter, so a Vietnamese mark after it attaches.
    if (QChar::combiningClass(c) > 0)
        return markUnit(NoTone, NoShape);
    if (QChar::isDigit(c)) {
        const int value = QChar::digitValue(c);
        if (value >= 0 && value <= 9)
            return letterUnit(quint8(value), false);
    }
    if (QChar::isLetterOrNumber(c)) {
        Unit u = letterUnit(POther, QChar::isUpper(c));
        u.other = QChar::toLower(c);
        return u;
    }
    return Unit {};
}

const std::array<Unit, kTableSize> &unitTable()
{
    static const std::array<Unit, kTableSize> table = [] {
        std::array<Unit, kTableSize> t {};
        for (char32_t c = 0; c < kTableSize; ++c)
            t[c] = classify(c);
        return t;
    }();
    return table;
}

using Buffer = QVarLengthArray<char, 128>;

// Writes the three levels side by side while walking the text once. Tones belong to the
// syllable, not to the vowel that carries them, which makes "hoà" and "hòa" equal.
class KeyWriter
{
public:
    void addPart(const QString &text)
    {
        if (partCount++ > 0) {
            closeWord();
            primary.append(kPartSeparator);
            secondary.append(kPartSeparator);
            tertiary.append(kPartSeparator);
        }
        partHasWord = false;
        canAttach = false;

        const std::array<Unit, kTableSize> &table = unitTable();
        const QChar *data = text.constData();
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            char32_t c = data[i].unicode();
            if (c < kTableSize) {
                add(table[c]);
                continue;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(char16_t(c), data[i + 1].unicode());
                ++i;
            }
            add(classify(c));
        }
        closeWord();
    }

    QString key(bool withCase = true)
    {
        Buffer all;
        all.reserve(primary.size() + secondary.size() + tertiary.size() + 2);
        all.append(primary.constData(), primary.size());
        all.append(kLevelSeparator);
        all.append(secondary.constData(), secondary.size());
        if (withCase) {
            all.append(kLevelSeparator);
            all.append(tertiary.constData(), tertiary.size());
        }
        return QString::fromLatin1(all.constData(), all.size());
    }

private:
    void add(const Unit &unit)
    {
        switch (unit.kind) {
        case UnitKind::Letter:
            addLetter(unit);
            break;
        case UnitKind::Mark:
            addMark(unit);
            break;
        case UnitKind::Separator:
            closeWord();
            break;
        case UnitKind::Ignorable:
            canAttach = false;
            break;
        }
    }

    void addLetter(const Unit &unit)
    {
        if (!wordOpen) {
            if (partHasWord) {
                primary.append(kWordSeparator);
                secondary.append(kWordSeparator);
            }
            wordOpen = true;
            partHasWord = true;
        }
        if (unit.primary == POther) {
            lastPrimary = -1;
            primary.append(kOtherPrefix);
            for (int shift = 18; shift >= 0; shift -= 6)
                primary.append(char('0' + ((unit.other >> shift) & 0x3F)));
        } else {
            lastPrimary = primary.size();
            primary.append(char(kPrimaryBase + unit.primary));
        }
        if (unit.tone != NoTone)
            tones.append(char(kToneBase + unit.tone));
        tertiary.append(unit.upper ? kUpper : kLower);
        canAttach = true;
    }

    void addMark(const Unit &unit)
    {
        if (!canAttach)
            return;
        if (unit.tone != NoTone)
            tones.append(char(kToneBase + unit.tone));
        if (unit.shape != NoShape && lastPrimary >= 0) {
            char &weight = primary[lastPrimary];
            weight = char(kPrimaryBase + withShape(quint8(weight - kPrimaryBase), unit.shape));
        }
    }

    void closeWord()
    {
        if (wordOpen) {
            if (tones.isEmpty())
                secondary.append(char(kToneBase + NoTone));
            else
                secondary.append(tones.constData(), tones.size());
            tones.clear();
            wordOpen = false;
        }
        canAttach = false;
    }

    Buffer primary;
    Buffer secondary;
    Buffer tertiary;
    QVarLengthArray<char, 8> tones;
    qsizetype lastPrimary = -1;
    int partCount = 0;
    bool wordOpen = false;
    bool partHasWord = false;
    bool canAttach = false;
};

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString groupDigits(const QString &digits)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype size = digits.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (i > 0 && (size - i) % 3 == 0)
            out.append(QLatin1Char('.'));
        out.append(digits.at(i));
    }
    return out;
}

bool isSeparator(QChar c)
{
    return c == u'/' || c == u'-' || c == u'.';
}

// Reads 1..maxDigits ASCII digits at pos; returns the number of digits read.
int readNumber(const QString &text, qsizetype &pos, int maxDigits, int &value)
{
    int count = 0;
    value = 0;
    while (pos < text.size() && count < maxDigits + 1) {
        const char16_t c = text.at(pos).unicode();
        if (c < u'0' || c > u'9')
            break;
        value = value * 10 + (c - u'0');
        ++count;
        ++pos;
    }
    return count;
}

void skipSpaces(const QString &text, qsizetype &pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
}

} // namespace

QString nfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString fold(const QString &text)
{
    const std::array<char16_t, kTableSize> &table = foldTable();
    const QChar *data = text.constData();
    const qsizetype size = text.size();

    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = data[i].unicode();
        char32_t f;
        if (c < kTableSize) {
            f = table[c];
        } else {
            if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(char16_t(c), data[i + 1].unicode());
                ++i;
            }
            f = foldCodePoint(c);
        }
        if (f == 0)
            continue;
        if (f == u' ') {
            pendingSpace = n > 0;
            continue;
        }
        // Room for the pending space and a surrogate pair; only a lower case that leaves the
        // BMP could ever need it.
        if (n + 3 > out.size()) {
            out.resize(out.size() * 2 + 3);
            dst = out.data();
        }
        if (pendingSpace) {
            dst[n++] = QLatin1Char(' ');
            pendingSpace = false;
        }
        if (QChar::requiresSurrogates(f)) {
            dst[n++] = QChar(QChar::highSurrogate(f));
            dst[n++] = QChar(QChar::lowSurrogate(f));
        } else {
            dst[n++] = QChar(char16_t(f));
        }
    }
    out.truncate(n);
    return out;
}

QString collationKey(const QString &text)
{
    KeyWriter writer;
    writer.addPart(text);
    return writer.key();
}

QString matchKey(const QString &text)
{
    KeyWriter writer;
    writer.addPart(text);
    return writer.key(false);
}

QString personCollationKey(const QString &family, const QString &middle, const QString &given)
{
    KeyWriter writer;
    writer.addPart(given);
    writer.addPart(middle);
    writer.addPart(family);
    return writer.key();
}

NameParts splitFullName(const QString &fullName)
{
    // simplified() first, so tabs and no-break spaces separate words too.
    QStringList clean = nfc(fullName).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NameParts parts;
    if (clean.isEmpty())
        return parts;
    parts.given = clean.takeLast();
    if (clean.isEmpty())
        return parts;
    parts.family = clean.takeFirst();
    parts.middle = clean.join(QLatin1Char(' '));
    return parts;
}

QString documentDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    const int day = date.day();
    const int month = date.month();
    // Document text is Vietnamese whatever the interface language, so it is not translated.
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(twoDigits(day), month <= 2 ? twoDigits(month) : QString::number(month),
            QString::number(date.year()));
}

QString citationDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1/%2/%3").arg(date.day()).arg(date.month()).arg(date.year());
}

QString formDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1/%2/%3")
        .arg(twoDigits(date.day()), twoDigits(date.month()))
        .arg(date.year(), 4, 10, QLatin1Char('0'));
}

std::optional<QDate> parseFormDate(const QString &text, QString *error, int pivotYear)
{
    const auto fail = [error](const QString &sentence) -> std::optional<QDate> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString typed = text.trimmed();
    //: Shown under an empty date field; dd/MM/yyyy is the format to type.
    if (typed.isEmpty())
        return fail(QCoreApplication::translate("VietnameseText", "Enter a date as dd/MM/yyyy."));

    //: %1 is what the user typed in a date field; dd/MM/yyyy is the format to type.
    const QString notADate = QCoreApplication::translate(
        "VietnameseText", "\"%1\" is not a date in the form dd/MM/yyyy.")
                                 .arg(typed);
    int day = 0;
    int month = 0;
    int year = 0;
    int yearDigits = 0;
    qsizetype pos = 0;
    const int first = readNumber(typed, pos, 8, day);
    if (pos == typed.size() && (first == 8 || first == 6)) {
        // Typed without separators: ddMMyyyy or ddMMyy.
        day = typed.left(2).toInt();
        month = typed.mid(2, 2).toInt();
        year = typed.mid(4).toInt();
        yearDigits = first - 4;
    } else if (first == 4) {
        // yyyy-MM-dd, as a date pasted from a spreadsheet or a file name reads.
        year = day;
        yearDigits = 4;
        int second = 0;
        int third = 0;
        const bool iso = pos < typed.size() && typed.at(pos) == u'-'
            && readNumber(typed, ++pos, 2, second) == 2 && pos < typed.size()
            && typed.at(pos) == u'-' && readNumber(typed, ++pos, 2, third) == 2
            && pos == typed.size();
        if (!iso)
            return fail(notADate);
        month = second;
        day = third;
    } else {
        bool wellFormed = first >= 1 && first <= 2;
        QChar separator;
        if (wellFormed) {
            skipSpaces(typed, pos);
            wellFormed = pos < typed.size() && isSeparator(typed.at(pos));
        }
        if (wellFormed) {
            separator = typed.at(pos++);
            skipSpaces(typed, pos);
            const int digits = readNumber(typed, pos, 2, month);
            wellFormed = digits >= 1 && digits <= 2;
        }
        if (wellFormed) {
            skipSpaces(typed, pos);
            wellFormed = pos < typed.size() && typed.at(pos) == separator;
        }
        if (wellFormed) {
            ++pos;
            skipSpaces(typed, pos);
            yearDigits = readNumber(typed, pos, 4, year);
            wellFormed = (yearDigits == 4 || yearDigits == 2) && pos == typed.size();
        }
        if (!wellFormed)
            return fail(notADate);
    }
    if (yearDigits == 2) {
        // "27-5-24": the year within eighty years before and twenty after the reference year.
        if (pivotYear <= 0)
            return fail(notADate);
        year += (pivotYear / 100) * 100;
        if (year > pivotYear + 20)
            year -= 100;
        else if (year <= pivotYear - 80)
            year += 100;
    }

    const QDate date(year, month, day);
    if (date.isValid())
        return date;
    const QString shown = typed;
    if (month >= 1 && month <= 12 && day >= 1) {
        //: %1 the typed date (31/02/2024), %2 its month, %3 its year, %4 the days that month has.
        return fail(QCoreApplication::translate(
            "VietnameseText", "There is no day %1: month %2 of %3 has %4 days.")
                        .arg(shown)
                        .arg(month)
                        .arg(year)
                        .arg(QDate(year, month, 1).daysInMonth()));
    }
    //: %1 is the date as the user typed it, e.g. 31/02/2026.
    return fail(QCoreApplication::translate("VietnameseText", "There is no day %1 in the calendar.")
                    .arg(shown));
}

QString clean(const QString &text, bool multiline, int *removed)
{
    QString result;
    result.reserve(text.size());
    int dropped = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                result.append(text.at(i));
                result.append(text.at(++i));
            } else {
                ++dropped;
            }
            continue;
        }
        if (QChar::isLowSurrogate(c)) {
            ++dropped;
            continue;
        }
        if (c == u'\r') {
            // CR LF and a lone CR are both one line break.
            if (i + 1 < size && text.at(i + 1) == u'\n')
                continue;
            result.append(multiline ? u'\n' : u' ');
            continue;
        }
        if (c == u'\n') {
            result.append(multiline ? u'\n' : u' ');
            continue;
        }
        if (c == u'\t') {
            result.append(u' ');
            continue;
        }
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        // Embeddings, overrides and isolates reorder what follows them on a printed page.
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        const bool nonCharacter = c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
        if (control || bidi || nonCharacter) {
            ++dropped;
            continue;
        }
        result.append(QChar(c));
    }
    if (removed)
        *removed = dropped;
    return result;
}

QString elide(const QString &text, int maxChars)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    QString cut = simple.left(maxChars - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars * 2 / 3)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isPunct() || cut.back().isSpace()))
        cut.chop(1);
    return cut + QChar(0x2026);
}

QString formatInteger(qint64 value)
{
    // Through the unsigned magnitude, so the most negative value does not overflow.
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    const QString grouped = groupDigits(QString::number(magnitude));
    return value < 0 ? QLatin1Char('-') + grouped : grouped;
}

QString formatDecimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString::number(value);
    decimals = qBound(0, decimals, 15);

    QString fixed = QString::number(std::fabs(value), 'f', decimals);
    QString fraction;
    const qsizetype point = fixed.indexOf(QLatin1Char('.'));
    if (point >= 0) {
        fraction = fixed.mid(point + 1);
        fixed.truncate(point);
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
    }
    QString out = groupDigits(fixed);
    if (!fraction.isEmpty())
        out += QLatin1Char(',') + fraction;
    // -0.001 rounded to two places is zero, and "-0" would read as a real negative.
    const bool isZero = fraction.isEmpty() && fixed.count(QLatin1Char('0')) == fixed.size();
    if (value < 0 && !isZero)
        out.prepend(QLatin1Char('-'));
    return out;
}

} // namespace VietnameseText

#include "text/legacyencoding.h"

#include "core/appresources.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

namespace {

struct Tables
{
    QHash<QChar, QString> tcvn3; // glyph -> letter
    QHash<QString, QString> vni; // one or two glyphs -> letter
    QHash<uchar, QChar> cp1258; // byte -> character
    QString tcvn3Toned; // TCVN3 glyphs of letters with a tone (case unknown)
};

QList<QStringList> tableRows(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() == 2)
            rows << parts;
    }
    return rows;
}

const Tables &tables()
{
    static const Tables loaded = [] {
        AppResources::ensureLoaded();
        Tables t;
        for (const QStringList &row : tableRows(QStringLiteral(":/encodings/tcvn3.txt"))) {
            t.tcvn3.insert(row[0].at(0), row[1]);
            const QString base = row[1].normalized(QString::NormalizationForm_D);
            if (base.size() > 1 && base.at(1) != QChar(0x0302) && base.at(1) != QChar(0x0306)
                && base.at(1) != QChar(0x031B))
                t.tcvn3Toned += row[0];
            else if (base.size() > 2)
                t.tcvn3Toned += row[0];
        }
        for (const QStringList &row : tableRows(QStringLiteral(":/encodings/vni.txt")))
            t.vni.insert(row[0], row[1]);
        for (const QStringList &row : tableRows(QStringLiteral(":/encodings/cp1258.txt"))) {
            bool ok = false;
            const uint byte = row[0].toUInt(&ok, 16);
            if (ok && !row[1].isEmpty())
                t.cp1258.insert(uchar(byte), row[1].at(0));
        }
        return t;
    }();
    return loaded;
}

bool isToneMark(QChar c)
{
    const ushort u = c.unicode();
    return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
}

QString tcvn3ToUnicode(const QString &text)
{
    const Tables &t = tables();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const auto found = t.tcvn3.constFind(c);
        if (found == t.tcvn3.constEnd()) {
            out += c;
            continue;
        }
        QString letter = *found;
        // .VnTimeH capitals use the lower-case codes: a toned letter between capitals is one.
        if (t.tcvn3Toned.contains(c)) {
            const bool prevUpper = i > 0 && text.at(i - 1).isUpper();
            const bool nextUpper = i + 1 < text.size() && text.at(i + 1).isUpper();
            const bool nextLetter = i + 1 < text.size() && text.at(i + 1).isLetter();
            if ((prevUpper && (nextUpper || !nextLetter) && i > 1 && text.at(i - 2).isUpper())
                || (prevUpper && nextUpper))
                letter = letter.toUpper();
        }
        out += letter;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString vniToUnicode(const QString &text)
{
    const Tables &t = tables();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i + 1 < text.size()) {
            const auto pair = t.vni.constFind(text.mid(i, 2));
            if (pair != t.vni.constEnd()) {
                out += *pair;
                ++i;
                continue;
            }
        }
        const auto single = t.vni.constFind(text.mid(i, 1));
        out += single == t.vni.constEnd() ? text.mid(i, 1) : *single;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString cp1258ToUnicode(const QByteArray &bytes)
{
    const Tables &t = tables();
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const uchar b = uchar(ch);
        if (b < 0x80)
            out += QLatin1Char(ch);
        else
            out += t.cp1258.value(b, QChar(0xFFFD));
    }
    return out.normalized(QString::NormalizationForm_C);
}

// Latin-1 code points of the bytes, as old fonts drew them (0x80..0x9F as Windows-1252).
QString glyphs(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-1252");
    QString text = decoder.isValid() ? decoder.decode(bytes) : QString::fromLatin1(bytes);
    return text;
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral("[\\s,.;:!?()\\[\\]\"'“”‘’/0-9\\-–—_=+*&%#@<>|\\\\]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool hasUnicodeVietnamese(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x1EA0 && u <= 0x1EF9) || u == 0x0103 || u == 0x0102 || u == 0x0111 || u == 0x0110
            || u == 0x01A1 || u == 0x01A0 || u == 0x01B0 || u == 0x01AF || isToneMark(c))
            return true;
    }
    return false;
}

bool hasNonAscii(const QString &word)
{
    for (const QChar c : word) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

// How many more of the words with non-ASCII characters are syllables after the conversion, and
// how many of them there are. A conversion wins when it makes most of them syllables.
struct Score
{
    int gained = 0;
    int validAfter = 0;
    int candidates = 0;
    bool wins() const { return gained >= 1 && validAfter * 10 >= candidates * 6; }
};

Score score(const QString &before, const QString &after)
{
    Score s;
    const QStringList a = words(before);
    const QStringList b = words(after);
    if (a.size() != b.size()) {
        // A conversion never changes word boundaries; compare in bulk.
        for (const QString &w : b) {
            if (hasNonAscii(w) && legacy::isVietnameseSyllable(w))
                ++s.validAfter;
        }
        int validBefore = 0;
        for (const QString &w : a) {
            if (hasNonAscii(w)) {
                ++s.candidates;
                if (legacy::isVietnameseSyllable(w))
                    ++validBefore;
            }
        }
        s.gained = s.validAfter - validBefore;
        return s;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!hasNonAscii(a[i]) || a[i] == b[i])
            continue;
        ++s.candidates;
        const bool validBefore = legacy::isVietnameseSyllable(a[i]);
        const bool validAfter = legacy::isVietnameseSyllable(b[i]);
        if (validAfter)
            ++s.validAfter;
        s.gained += int(validAfter) - int(validBefore);
    }
    return s;
}

} // namespace

namespace legacy {

QString name(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QStringLiteral("TCVN3 (ABC)");
    case LegacyEncoding::Vni:
        return QStringLiteral("VNI Windows");
    case LegacyEncoding::Windows1258:
        return QStringLiteral("Windows-1258");
    case LegacyEncoding::None:
        break;
    }
    return {};
}

bool isVietnameseSyllable(const QString &word)
{
    // Tone marks counted and removed; the letter marks (circumflex, breve, horn) kept.
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString bare;
    int tones = 0;
    for (const QChar c : decomposed) {
        if (isToneMark(c))
            ++tones;
        else
            bare += c;
    }
    if (tones > 1)
        return false;
    bare = bare.normalized(QString::NormalizationForm_C);
    static const QRegularExpression syllable(QStringLiteral(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
        "(iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|uêu|oao|"
        "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
        "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
        "(ch|nh|ng|c|m|n|p|t)?$"));
    return syllable.match(bare).hasMatch();
}

LegacyEncoding detect(const QString &text)
{
    if (hasUnicodeVietnamese(text))
        return LegacyEncoding::None;
    LegacyEncoding best = LegacyEncoding::None;
    int bestValid = 0;
    for (const LegacyEncoding candidate : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni}) {
        const Score s = score(text, toUnicode(text, candidate));
        if (s.wins() && s.validAfter > bestValid) {
            best = candidate;
            bestValid = s.validAfter;
        }
    }
    return best;
}

LegacyEncoding detect(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes);
    if (!utf8.hasError())
        return detect(asUtf8);
    const QString asGlyphs = glyphs(bytes);
    LegacyEncoding best = LegacyEncoding::None;
    int bestValid = 0;
    for (const LegacyEncoding candidate :
        {LegacyEncoding::Windows1258, LegacyEncoding::Tcvn3, LegacyEncoding::Vni}) {
        const Score s = score(asGlyphs, toUnicode(bytes, candidate));
        if (s.wins() && s.validAfter > bestValid) {
            best = candidate;
            bestValid = s.validAfter;
        }
    }
    return best;
}

QString toUnicode(const QByteArray &bytes, LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Windows1258:
        return cp1258ToUnicode(bytes);
    case LegacyEncoding::Tcvn3:
    case LegacyEncoding::Vni:
        return toUnicode(glyphs(bytes), encoding);
    case LegacyEncoding::None:
        break;
    }
    return QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C);
}

QString toUnicode(const QString &text, LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return tcvn3ToUnicode(text);
    case LegacyEncoding::Vni:
        return vniToUnicode(text);
    case LegacyEncoding::Windows1258:
        return cp1258ToUnicode(text.toLatin1());
    case LegacyEncoding::None:
        break;
    }
    return text.normalized(QString::NormalizationForm_C);
}

QString fixLegacyText(const QString &text, LegacyEncoding *found)
{
    const LegacyEncoding encoding = detect(text);
    if (found)
        *found = encoding;
    return encoding == LegacyEncoding::None ? text : toUnicode(text, encoding);
}

} // namespace legacy

// Legacy Vietnamese encodings: every letter of TCVN3 and VNI from lists written here from the
// published tables (not from the converter's resources), whole articles encoded and converted
// back, and detection that never fires on Unicode Vietnamese, ASCII or French/German text.
#include "text/legacyencoding.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

namespace {

// Tones in the order of the rows below: none, huyền, hỏi, ngã, sắc, nặng.
const char16_t *const toneMarks[6] = {u"", u"\u0300", u"\u0309", u"\u0303", u"\u0301", u"\u0323"};

struct Row
{
    const char16_t *letter; // the vowel without tone (NFC)
    const char16_t *tcvn3; // six TCVN3 codes (Latin-1 code points), lower case
    const char16_t *vni[6]; // six VNI spellings, lower case
};

// TCVN 5712:1993 VN3 and VNI Windows, one row per vowel.
const Row rows[] = {
    {u"a", u"a\u00B5\u00B6\u00B7\u00B8\u00B9", {u"a", u"aø", u"aû", u"aõ", u"aù", u"aï"}},
    {u"ă", u"\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6", {u"aê", u"aè", u"aú", u"aü", u"aé", u"aë"}},
    {u"â", u"\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB", {u"aâ", u"aà", u"aå", u"aã", u"aá", u"aä"}},
    {u"e", u"e\u00CC\u00CE\u00CF\u00D0\u00D1", {u"e", u"eø", u"eû", u"eõ", u"eù", u"eï"}},
    {u"ê", u"\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6", {u"eâ", u"eà", u"eå", u"eã", u"eá", u"eä"}},
    {u"i", u"i\u00D7\u00D8\u00DC\u00DD\u00DE", {u"i", u"ì", u"æ", u"ó", u"í", u"ò"}},
    {u"o", u"o\u00DF\u00E1\u00E2\u00E3\u00E4", {u"o", u"oø", u"oû", u"oõ", u"où", u"oï"}},
    {u"ô", u"\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9", {u"oâ", u"oà", u"oå", u"oã", u"oá", u"oä"}},
    {u"ơ", u"\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE", {u"ô", u"ôø", u"ôû", u"ôõ", u"ôù", u"ôï"}},
    {u"u", u"u\u00EF\u00F1\u00F2\u00F3\u00F4", {u"u", u"uø", u"uû", u"uõ", u"uù", u"uï"}},
    {u"ư", u"\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9", {u"ö", u"öø", u"öû", u"öõ", u"öù", u"öï"}},
    {u"y", u"y\u00FA\u00FB\u00FC\u00FD\u00FE", {u"y", u"yø", u"yû", u"yõ", u"yù", u"î"}},
};
// TCVN3 capitals without tone have codes of their own.
const QHash<QString, QString> tcvn3Capitals = {{u"Ă"_qs, u"\u00A1"_qs}, {u"Â"_qs, u"\u00A2"_qs},
    {u"Ê"_qs, u"\u00A3"_qs}, {u"Ô"_qs, u"\u00A4"_qs}, {u"Ơ"_qs, u"\u00A5"_qs},
    {u"Ư"_qs, u"\u00A6"_qs}, {u"Đ"_qs, u"\u00A7"_qs}};

QString letterOf(int row, int tone)
{
    return (QString::fromUtf16(rows[row].letter) + QString::fromUtf16(toneMarks[tone]))
        .normalized(QString::NormalizationForm_C);
}

// Unicode letter -> legacy spelling, from the lists above.
QHash<QString, QString> encoder(LegacyEncoding encoding)
{
    QHash<QString, QString> map;
    for (int r = 0; r < 12; ++r) {
        for (int t = 0; t < 6; ++t) {
            const QString letter = letterOf(r, t);
            if (encoding == LegacyEncoding::Tcvn3) {
                const QString code(QChar(rows[r].tcvn3[t]));
                map.insert(letter, code);
                map.insert(letter.toUpper(),
                    tcvn3Capitals.value(letter.toUpper(), t == 0 ? letter.toUpper() : code));
            } else {
                const QString code = QString::fromUtf16(rows[r].vni[t]);
                map.insert(letter, code);
                map.insert(letter.toUpper(), code.toUpper());
            }
        }
    }
    if (encoding == LegacyEncoding::Tcvn3) {
        map.insert(u"đ"_qs, u"\u00AE"_qs);
        map.insert(u"Đ"_qs, u"\u00A7"_qs);
    } else {
        map.insert(u"đ"_qs, u"ñ"_qs);
        map.insert(u"Đ"_qs, u"Ñ"_qs);
    }
    return map;
}

QString encode(const QString &text, LegacyEncoding encoding)
{
    const QHash<QString, QString> map = encoder(encoding);
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C))
        out += map.value(QString(c), QString(c));
    return out;
}

QStringList articles()
{
    QStringList texts;
    const QDir dir(QStringLiteral(SECRETARIAT_TEST_DATA "/articles"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    return texts;
}

// Only the characters an old font could carry: the articles' Vietnamese and ASCII.
QString vietnameseOnly(const QString &text, const QHash<QString, QString> &map)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.unicode() < 0x80 || map.contains(QString(c)))
            out += c;
    }
    return out;
}

} // namespace

class TestLegacyEncoding : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(legacy::name(LegacyEncoding::Tcvn3), u"TCVN3 (ABC)"_qs);
        QCOMPARE(legacy::name(LegacyEncoding::Vni), u"VNI Windows"_qs);
        QCOMPARE(legacy::name(LegacyEncoding::Windows1258), u"Windows-1258"_qs);
    }

    void everyLetterTcvn3()
    {
        int checked = 0;
        for (int r = 0; r < 12; ++r) {
            for (int t = 0; t < 6; ++t) {
                const QString letter = letterOf(r, t);
                const QString code(QChar(rows[r].tcvn3[t]));
                QCOMPARE(legacy::toUnicode(code, LegacyEncoding::Tcvn3), letter);
                QCOMPARE(legacy::toUnicode(code.toLatin1(), LegacyEncoding::Tcvn3), letter);
                // Capitals: own codes without tone; toned capitals in a word of capitals
                // (.VnTimeH) take the lower-case code.
                const QString upper = letter.toUpper();
                const QString upperCode = tcvn3Capitals.value(upper, t == 0 ? upper : code);
                QCOMPARE(legacy::toUnicode(u"T"_qs + upperCode + u"N"_qs, LegacyEncoding::Tcvn3),
                    u"T"_qs + upper + u"N"_qs);
                checked += 2;
            }
        }
        QCOMPARE(legacy::toUnicode(u"\u00AE\u00A7"_qs, LegacyEncoding::Tcvn3), u"đĐ"_qs);
        checked += 2;
        QCOMPARE(checked, 146); // 134 with tone and đ, plus the 12 plain vowels twice
        QCOMPARE(legacy::toUnicode(u"Hµ Néi"_qs, LegacyEncoding::Tcvn3), u"Hà Nội"_qs);
    }

    void everyLetterVni()
    {
        for (int r = 0; r < 12; ++r) {
            for (int t = 0; t < 6; ++t) {
                const QString letter = letterOf(r, t);
                const QString code = QString::fromUtf16(rows[r].vni[t]);
                QCOMPARE(legacy::toUnicode(code, LegacyEncoding::Vni), letter);
                QCOMPARE(legacy::toUnicode(code.toUpper(), LegacyEncoding::Vni), letter.toUpper());
                QCOMPARE(legacy::toUnicode(code.toLatin1(), LegacyEncoding::Vni), letter);
            }
        }
        QCOMPARE(legacy::toUnicode(u"ñÑ"_qs, LegacyEncoding::Vni), u"đĐ"_qs);
        QCOMPARE(legacy::toUnicode(u"Haø Noäi"_qs, LegacyEncoding::Vni), u"Hà Nội"_qs);
    }

    void windows1258()
    {
        // "Hà Nội" in Windows-1258: à precomposed, ô + combining dot below.
        const QByteArray bytes("H\xE0 N\xF4\xF2i");
        QCOMPARE(legacy::toUnicode(bytes, LegacyEncoding::Windows1258), u"Hà Nội"_qs);
        const QByteArray sentence("Ph\xF3 B\xED th\xFD Ti\xD2nh u\xD2y");
        QCOMPARE(
            legacy::toUnicode(sentence, LegacyEncoding::Windows1258), u"Phó Bí thư Tỉnh ủy"_qs);
        QCOMPARE(legacy::detect(sentence), LegacyEncoding::Windows1258);
    }

    void articlesRoundTrip()
    {
        const QStringList texts = articles();
        QCOMPARE(texts.size(), 5);
        for (const LegacyEncoding encoding : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni}) {
            const QHash<QString, QString> map = encoder(encoding);
            for (const QString &article : texts) {
                const QString original = vietnameseOnly(article, map);
                const QString legacyText = encode(original, encoding);
                QVERIFY(legacyText != original);
                QCOMPARE(legacy::detect(legacyText), encoding);
                QCOMPARE(legacy::detect(legacyText.toLatin1()), encoding);
                const QString back = legacy::toUnicode(legacyText, encoding);
                // TCVN3 has no codes for toned capitals: case is guessed from the neighbours.
                if (encoding == LegacyEncoding::Tcvn3)
                    QCOMPARE(back.toLower(), original.toLower());
                else
                    QCOMPARE(back, original);
                QCOMPARE(legacy::fixLegacyText(legacyText).toLower(), original.toLower());
            }
        }
    }

    void neverOnUnicode()
    {
        for (const QString &article : articles()) {
            QCOMPARE(legacy::detect(article), LegacyEncoding::None);
            QCOMPARE(legacy::detect(article.toUtf8()), LegacyEncoding::None);
            QCOMPARE(legacy::fixLegacyText(article), article);
        }
        // An article without its capitals' marks still is not legacy text.
        QCOMPARE(legacy::detect(u"Ban Thuong vu Tinh uy Thanh Hoa"_qs), LegacyEncoding::None);
        QCOMPARE(
            legacy::detect(QByteArray("Plain ASCII, 2026; nothing else.")), LegacyEncoding::None);
    }

    void neverOnOtherLanguages()
    {
        const QStringList lines = {u"Le café de la gare, élève très doué à Genève."_qs,
            u"Jürgen Müller aus Köln, Straße der Einheit, schön."_qs, u"François Lefèvre"_qs,
            u"Noël à Besançon, où l'hôtel était fermé."_qs, u"Grüße aus München"_qs};
        for (const QString &line : lines) {
            QCOMPARE(legacy::detect(line), LegacyEncoding::None);
            QCOMPARE(legacy::detect(line.toLatin1()), LegacyEncoding::None);
            QCOMPARE(legacy::fixLegacyText(line), line);
        }
    }

    void syllables()
    {
        QVERIFY(legacy::isVietnameseSyllable(u"nghiêng"_qs));
        QVERIFY(legacy::isVietnameseSyllable(u"Người"_qs));
        QVERIFY(legacy::isVietnameseSyllable(u"khuyến"_qs));
        QVERIFY(!legacy::isVietnameseSyllable(u"Müller"_qs));
        QVERIFY(!legacy::isVietnameseSyllable(u"Néi"_qs));
        QVERIFY(!legacy::isVietnameseSyllable(u"áà"_qs));
    }
};

QTEST_GUILESS_MAIN(TestLegacyEncoding)
#include "tst_legacyencoding.moc"

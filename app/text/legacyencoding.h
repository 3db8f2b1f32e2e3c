#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Vietnamese typed before Unicode: the 8-bit code pages of old fonts (TCVN3/ABC for .VnTime,
// VNI Windows for VNI-Times, the Windows-1258 code page) and the same glyph codes carried as
// Unicode text (a sheet typed in .VnTime and saved as UTF-8 reads "Hµ Néi" for "Hà Nội"). The
// tables are data in resources/encodings/. Detection scores how many words become Vietnamese
// syllables after conversion; it does not fire on Unicode Vietnamese, ASCII or other languages.
enum class LegacyEncoding { None, Tcvn3, Vni, Windows1258 };

namespace legacy {

// "TCVN3 (ABC)", "VNI Windows", "Windows-1258"; empty for None.
QString name(LegacyEncoding encoding);

// The encoding of bytes that are not UTF-8 (Windows-1258, TCVN3 or VNI), or of UTF-8 bytes whose
// text is legacy glyphs; None when the bytes are best read as they are.
LegacyEncoding detect(const QByteArray &bytes);
// The legacy glyph encoding of Unicode text (TCVN3 or VNI), None when it is ordinary text.
LegacyEncoding detect(const QString &text);

// Bytes in the encoding to NFC Unicode (None: UTF-8).
QString toUnicode(const QByteArray &bytes, LegacyEncoding encoding);
// Text of legacy glyphs to NFC Unicode (Windows-1258 text: its characters taken as the bytes).
QString toUnicode(const QString &text, LegacyEncoding encoding);

// Whether one word (any case, NFC or NFD) is a Vietnamese syllable: initial consonant, vowel
// nucleus with at most one tone mark, final consonant.
bool isVietnameseSyllable(const QString &word);

// The hook for imports: text as read (from a CSV or a spreadsheet cell) converted when it is
// legacy glyphs; *found tells which encoding was found (None: unchanged).
QString fixLegacyText(const QString &text, LegacyEncoding *found = nullptr);

} // namespace legacy

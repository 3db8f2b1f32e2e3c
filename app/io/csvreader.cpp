#include "csvreader.h"

#include "storage/livefiles.h"
#include "text/vietnamesetext.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

} // namespace

QString CsvReader::notUtf8(const QString &fileName)
{
    return tr("The file “%1” is not UTF-8; save it as CSV UTF-8 in Excel "
              "(File › Save As › CSV UTF-8) and choose it again.")
        .arg(fileName);
}

bool CsvReader::inAnotherEncoding(const QList<Record> &records)
{
    int nonAscii = 0;
    int invalid = 0;
    for (const Record &record : records) {
        if (record.isBlank() || !record.hasNonAscii())
            continue;
        ++nonAscii;
        for (const QByteArray &field : record.fields) {
            if (!decoded(field)) {
                ++invalid;
                break;
            }
        }
    }
    return invalid > 0 && invalid == nonAscii;
}

std::optional<QByteArray> CsvReader::readFile(const QString &path, QString *error)
{
    if (LiveFiles::refuse(path, error))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
            tr("The file “%1” cannot be read: %2")
                .arg(QFileInfo(path).fileName(), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

QString CsvReader::convertedNotice(LegacyEncoding legacy)
{
    return tr("The file uses the %1 encoding — converted to Unicode").arg(legacy::name(legacy));
}

std::optional<QList<CsvReader::Record>> CsvReader::records(
    const QByteArray &content, const QString &fileName, QString *error, LegacyEncoding *legacy)
{
    QByteArray data = content;
    // CSV structure is ASCII, which every legacy encoding keeps: the whole file is converted.
    const LegacyEncoding found
        = legacy::detect(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data);
    if (legacy)
        *legacy = found;
    if (found != LegacyEncoding::None) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
        const QString text = utf8.decode(body);
        data = (utf8.hasError() ? legacy::toUnicode(body, found) : legacy::toUnicode(text, found))
                   .toUtf8();
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode Text" is UTF-16.
        fail(error, notUtf8(fileName));
        return std::nullopt;
    }
    char delimiter = 0;
    // Excel understands (and some exports write) a first line "sep=;" naming the delimiter; it
    // does not show that line, so the rows are numbered without it.
    if (data.size() >= 5 && data.left(4).toLower() == "sep="
        && (data.size() == 5 || data.at(5) == '\r' || data.at(5) == '\n')) {
        delimiter = data.at(4);
        const qsizetype end = data.indexOf('\n');
        data.remove(0, end < 0 ? data.size() : end + 1);
    }
    if (!delimiter)
        delimiter = guessDelimiter(data);

    QList<Record> records = splitRecords(data, delimiter);
    while (!records.isEmpty() && records.first().isBlank())
        records.removeFirst();
    if (records.isEmpty()) {
        fail(error, tr("The file “%1” is empty.").arg(fileName));
        return std::nullopt;
    }
    return records;
}

char CsvReader::guessDelimiter(const QByteArray &data)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool started = false; // blank lines above the header do not count
    for (const char c : data) {
        const bool lineEnd = c == '\n' || c == '\r';
        if (lineEnd && !quoted && started)
            break;
        started = started || !lineEnd;
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return ';';
    if (tabs > commas)
        return '\t';
    return ',';
}

QList<CsvReader::Record> CsvReader::splitRecords(const QByteArray &data, char delimiter)
{
    QList<Record> records;
    Record record;
    record.fileRow = 1;
    QByteArray field;
    bool quoted = false;
    bool inField = false; // something of the current field has been read
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < size && data.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            inField = true;
        } else if (c == delimiter) {
            record.fields << field;
            field.clear();
            inField = true; // a trailing delimiter still ends in an (empty) field
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < size && data.at(i + 1) == '\n')
                ++i;
            record.fields << field;
            records << record;
            record = Record();
            record.fileRow = records.size() + 1;
            field.clear();
            inField = false;
        } else {
            field += c;
            inField = true;
        }
    }
    if (inField || quoted) {
        record.fields << field;
        record.unclosedQuote = quoted;
        records << record;
    }
    return records;
}

std::optional<QString> CsvReader::decoded(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString CsvReader::cellText(const QByteArray &bytes, int *removed)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    int dropped = 0;
    const QString text = VietnameseText::clean(QString(decoder.decode(bytes)), false, &dropped);
    *removed += dropped;
    return VietnameseText::nfc(text).simplified();
}

#include "xlsxreader.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QTime>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <cmath>

namespace {

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

// The folder of a part ("xl/workbook.xml" -> "xl/"), where its relations' targets start.
QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relationsOf(const QString &part)
{
    return folderOf(part) + QStringLiteral("_rels/") + part.mid(folderOf(part).size())
        + QStringLiteral(".rels");
}

QString resolve(const QString &source, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(folderOf(source) + target);
}

// OOXML writes characters XML cannot hold as _xHHHH_ (Excel: a line break in a cell as _x000D_).
QString unescaped(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size()
            && text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// The text of a string item (<si> or <is>): its <t>, or its rich-text runs' <t> joined; the
// phonetic guides (<rPh>) are not part of it. The reader is on the item's start element.
QString itemText(QXmlStreamReader &xml)
{
    QString text;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.name() == QLatin1String("rPh")
                || xml.name() == QLatin1String("phoneticPr"))
                xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == endName) {
            break;
        }
    }
    return unescaped(text);
}

// The relationship id of an element (r:id, whatever the prefix).
QString relationId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.prefix().isEmpty())
            return attribute.value().toString();
    }
    return QString();
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

bool XlsxReader::isZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool XlsxReader::isOle2(const QByteArray &head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

XlsxReader::XlsxReader(const QByteArray &content, const QString &fileName)
    : m_content(content)
    , m_fileName(fileName)
{ }

QString XlsxReader::damaged() const
{
    return tr("The workbook “%1” is damaged; open it in Excel or LibreOffice Calc, save it again "
              "and choose it again.")
        .arg(m_fileName);
}

std::optional<QByteArray> XlsxReader::entry(const QString &name, QString *error)
{
    QBuffer buffer(&m_content);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name, QuaZip::csInsensitive)) {
        fail(error, damaged());
        return std::nullopt;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, damaged());
        return std::nullopt;
    }
    // The sizes in the zip's directory may lie: what is unpacked is counted as it comes.
    QByteArray data;
    char chunk[65536];
    for (;;) {
        const qint64 read = file.read(chunk, sizeof chunk);
        if (read < 0) {
            fail(error, damaged());
            return std::nullopt;
        }
        if (read == 0)
            break;
        m_unpacked += read;
        if (m_unpacked > maxUnpackedBytes) {
            fail(error,
                tr("The workbook “%1” unpacks to more than %2 MiB: that is not a list to import. "
                   "Copy the sheet you need into a new workbook and choose that one.")
                    .arg(m_fileName)
                    .arg(maxUnpackedBytes / (1024 * 1024)));
            return std::nullopt;
        }
        data.append(chunk, read);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        fail(error, damaged());
        return std::nullopt;
    }
    return data;
}

bool XlsxReader::open(QString *error)
{
    if (isOle2(m_content)) {
        // An .xlsx with a password is an OLE2 file holding the encrypted package; an .xls is an
        // OLE2 file holding a "Workbook" stream. The directory names are UTF-16.
        const QString encrypted = QStringLiteral("EncryptedPackage");
        const QByteArray name(
            reinterpret_cast<const char *>(encrypted.utf16()), encrypted.size() * 2);
        if (m_content.contains(name))
            return fail(error,
                tr("The workbook “%1” is protected by a password. Open it in Excel, remove the "
                   "password (File › Info › Protect Workbook), save it and choose it again.")
                    .arg(m_fileName));
        return fail(error,
            tr("The file “%1” is an old Excel workbook (.xls). Open it in Excel or LibreOffice "
               "Calc, save it as .xlsx (Excel Workbook) and choose it again.")
                .arg(m_fileName));
    }
    if (!isZip(m_content))
        return fail(error, tr("The file “%1” is not an Excel workbook (.xlsx).").arg(m_fileName));

    QBuffer buffer(&m_content);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(error, damaged());
    qint64 declared = 0;
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    for (const QuaZipFileInfo64 &info : infos) {
        declared += qint64(info.uncompressedSize);
        m_entries << info.name;
    }
    zip.close();
    if (declared > maxUnpackedBytes)
        return fail(error,
            tr("The workbook “%1” unpacks to more than %2 MiB: that is not a list to import. "
               "Copy the sheet you need into a new workbook and choose that one.")
                .arg(m_fileName)
                .arg(maxUnpackedBytes / (1024 * 1024)));

    const auto has
        = [this](const QString &part) { return m_entries.contains(part, Qt::CaseInsensitive); };
    QString workbook;
    if (has(QStringLiteral("_rels/.rels"))) {
        QHash<QString, QString> byType;
        if (!readRelations(QStringLiteral("_rels/.rels"), nullptr, &byType, error))
            return false;
        workbook = byType.value(QStringLiteral("officeDocument"));
    }
    if (workbook.isEmpty() || !has(workbook))
        workbook = QStringLiteral("xl/workbook.xml");
    if (!has(workbook))
        return fail(error,
            tr("The file “%1” is a zip archive but holds no Excel workbook; choose an .xlsx or a "
               ".csv file.")
                .arg(m_fileName));
    return readWorkbook(workbook, error);
}

bool XlsxReader::readRelations(const QString &part, QHash<QString, QString> *targets,
    QHash<QString, QString> *byType, QString *error)
{
    const std::optional<QByteArray> data = entry(part, error);
    if (!data)
        return false;
    // The source of "_rels/.rels" is the package root; of "xl/_rels/workbook.xml.rels",
    // "xl/workbook.xml".
    QString source = part;
    source.remove(QStringLiteral("_rels/"));
    source.chop(int(qstrlen(".rels")));
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString target
            = resolve(source, attributes.value(QLatin1String("Target")).toString());
        if (targets)
            targets->insert(attributes.value(QLatin1String("Id")).toString(), target);
        if (byType) {
            const QString type = attributes.value(QLatin1String("Type")).toString();
            const QString kind = type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
            if (!byType->contains(kind))
                byType->insert(kind, target);
        }
    }
    if (xml.hasError())
        return fail(error, damaged());
    return true;
}

bool XlsxReader::readWorkbook(const QString &part, QString *error)
{
    QHash<QString, QString> targets;
    QHash<QString, QString> byType;
    if (m_entries.contains(relationsOf(part), Qt::CaseInsensitive)
        && !readRelations(relationsOf(part), &targets, &byType, error))
        return false;
    const std::optional<QByteArray> data = entry(part, error);
    if (!data)
        return false;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            const QString target = targets.value(relationId(xml.attributes()));
            m_sheetNames << xml.attributes().value(QLatin1String("name")).toString();
            m_sheetParts << target;
        }
    }
    if (xml.hasError())
        return fail(error, damaged());
    if (m_sheetNames.isEmpty())
        return fail(error, tr("The workbook “%1” has no sheet.").arg(m_fileName));
    // Read with the first sheet: the names alone are asked for before a sheet is picked.
    m_sharedPart = byType.value(QStringLiteral("sharedStrings"));
    m_stylesPart = byType.value(QStringLiteral("styles"));
    return true;
}

bool XlsxReader::readParts(QString *error)
{
    if (m_partsRead)
        return true;
    if (!m_sharedPart.isEmpty() && m_entries.contains(m_sharedPart, Qt::CaseInsensitive)
        && !readSharedStrings(m_sharedPart, error))
        return false;
    if (!m_stylesPart.isEmpty() && m_entries.contains(m_stylesPart, Qt::CaseInsensitive)
        && !readStyles(m_stylesPart, error))
        return false;
    m_partsRead = true;
    return true;
}

bool XlsxReader::readSharedStrings(const QString &part, QString *error)
{
    const std::optional<QByteArray> data = entry(part, error);
    if (!data)
        return false;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_sharedStrings << itemText(xml);
    }
    if (xml.hasError())
        return fail(error, damaged());
    return true;
}

void XlsxReader::formatShows(const QString &formatCode, bool *date, bool *time)
{
    *date = false;
    *time = false;
    if (formatCode.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return;
    bool day = false;
    bool month = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i).toLower();
        if (c == QLatin1Char(';')) {
            break; // the first section says what the cell is
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = formatCode.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? formatCode.size() : end;
        } else if (c == QLatin1Char('[')) {
            // Colours, conditions, locales ([$-42A]); but [h], [mm], [ss] are elapsed time.
            const qsizetype end = formatCode.indexOf(QLatin1Char(']'), i + 1);
            const QString inside
                = formatCode.mid(i + 1, (end < 0 ? formatCode.size() : end) - i - 1).toLower();
            if (!inside.isEmpty() && inside.count(inside.at(0)) == inside.size()
                && QStringLiteral("hms").contains(inside.at(0)))
                *time = true;
            i = end < 0 ? formatCode.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, a space as wide as one, a fill
        } else if (formatCode.mid(i, 5).compare(QLatin1String("AM/PM"), Qt::CaseInsensitive) == 0) {
            *time = true;
            i += 4;
        } else if (formatCode.mid(i, 3).compare(QLatin1String("A/P"), Qt::CaseInsensitive) == 0) {
            *time = true;
            i += 2;
        } else if (c == QLatin1Char('d') || c == QLatin1Char('y')) {
            day = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            *time = true;
        }
    }
    // "mm" beside hours or seconds is minutes.
    *date = day || (month && !*time);
}

bool XlsxReader::readStyles(const QString &part, QString *error)
{
    const std::optional<QByteArray> data = entry(part, error);
    if (!data)
        return false;
    QHash<int, Shows> formats;
    for (int id = 14; id <= 17; ++id)
        formats.insert(id, Shows::Date);
    for (const int id : {18, 19, 20, 21, 45, 46, 47})
        formats.insert(id, Shows::Time);
    formats.insert(22, Shows::DateTime);
    QXmlStreamReader xml(*data);
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            bool date = false;
            bool time = false;
            formatShows(attributes.value(QLatin1String("formatCode")).toString(), &date, &time);
            formats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                date && time ? Shows::DateTime
                    : date   ? Shows::Date
                    : time   ? Shows::Time
                             : Shows::Number);
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = true;
        } else if (inCellFormats && xml.name() == QLatin1String("xf")) {
            m_styles << formats.value(
                attributes.value(QLatin1String("numFmtId")).toInt(), Shows::Number);
        }
    }
    if (xml.hasError())
        return fail(error, damaged());
    return true;
}

int XlsxReader::columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z')
            break;
        column = column * 26 + (u - 'A' + 1);
        if (column > 16384) // XFD, Excel's last column
            return -1;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString XlsxReader::numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    // Excel keeps 15 significant digits; what lies beyond is binary noise (0.1 + 0.2).
    QString text = QString::number(value, 'g', 15);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QString XlsxReader::dateText(double serial, bool date1904, bool withDate, bool withTime)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // past 31/12/9999
        return numberText(serial);
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QStringList parts;
    if (withDate) {
        if (date1904)
            parts << QDate(1904, 1, 1).addDays(days).toString(QStringLiteral("dd/MM/yyyy"));
        else if (days == 60) // Lotus 1-2-3's leap day, which Excel keeps
            parts << QStringLiteral("29/02/1900");
        else
            parts << QDate(1899, 12, days < 60 ? 31 : 30)
                         .addDays(days)
                         .toString(QStringLiteral("dd/MM/yyyy"));
    }
    if (withTime) {
        const QTime time = QTime(0, 0).addSecs(int(seconds));
        parts << time.toString(seconds % 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    }
    return parts.join(QLatin1Char(' '));
}

std::optional<QList<CsvReader::Record>> XlsxReader::records(
    int sheet, QString *error, const Progress &progress)
{
    m_legacy = LegacyEncoding::None;
    if (sheet < 0 || sheet >= m_sheetNames.size()) {
        fail(error, damaged());
        return std::nullopt;
    }
    const QString name = m_sheetNames.at(sheet);
    const QString empty = tr("The sheet “%1” of “%2” is empty.").arg(name, m_fileName);
    const QString part = m_sheetParts.at(sheet);
    if (part.isEmpty() || !m_entries.contains(part, Qt::CaseInsensitive)) {
        fail(error, empty);
        return std::nullopt;
    }
    if (!readParts(error))
        return std::nullopt;
    const std::optional<QByteArray> data = entry(part, error);
    if (!data)
        return std::nullopt;

    QList<CsvReader::Record> records;
    // Text cells with letters beyond ASCII, which may be TCVN3 or VNI glyphs.
    struct Place
    {
        qsizetype record;
        qsizetype field;
    };
    QList<Place> texts;
    QList<QString> textValues;

    CsvReader::Record record;
    QList<qsizetype> rowTexts; // fields of the row that hold text
    int rowNumber = 0;
    int nextColumn = 0;
    QString type;
    int style = -1;
    int column = 0;
    QString value;
    bool inlineSeen = false;
    bool inRow = false;

    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView element = xml.name();
            if (element == QLatin1String("row")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const int r = attributes.value(QLatin1String("r")).toInt();
                rowNumber = r > 0 ? r : rowNumber + 1;
                record = CsvReader::Record();
                record.fileRow = rowNumber;
                rowTexts.clear();
                nextColumn = 0;
                inRow = true;
            } else if (element == QLatin1String("c") && inRow) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const int at = columnIndex(attributes.value(QLatin1String("r")));
                column = at >= 0 ? at : nextColumn;
                type = attributes.value(QLatin1String("t")).toString();
                const QStringView s = attributes.value(QLatin1String("s"));
                style = s.isEmpty() ? -1 : s.toInt();
                value.clear();
                inlineSeen = false;
            } else if (element == QLatin1String("v")) {
                value = xml.readElementText();
            } else if (element == QLatin1String("is")) {
                value = itemText(xml);
                inlineSeen = true;
            } else if (element == QLatin1String("f")) {
                xml.skipCurrentElement(); // the formula; its cached value is in <v>
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView element = xml.name();
            if (element == QLatin1String("c") && inRow) {
                QString text;
                bool isText = false;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (ok && index >= 0 && index < m_sharedStrings.size())
                        text = m_sharedStrings.at(index);
                    isText = true;
                } else if (type == QLatin1String("inlineStr") || inlineSeen) {
                    text = value;
                    isText = true;
                } else if (type == QLatin1String("str")) {
                    text = unescaped(value);
                    isText = true;
                } else if (type == QLatin1String("b")) {
                    text = value.isEmpty() ? QString()
                        : isTrue(value)    ? QStringLiteral("TRUE")
                                           : QStringLiteral("FALSE");
                } else if (type == QLatin1String("e")) {
                    text = value;
                } else if (type == QLatin1String("d")) {
                    // An ISO 8601 date (Strict workbooks).
                    const QDateTime when = QDateTime::fromString(value, Qt::ISODate);
                    const QDate day
                        = when.isValid() ? when.date() : QDate::fromString(value, Qt::ISODate);
                    text = day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : value;
                } else if (!value.isEmpty()) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    const Shows shows = style >= 0 && style < m_styles.size() ? m_styles.at(style)
                                                                              : Shows::Number;
                    if (!ok)
                        text = value;
                    else if (shows == Shows::Number)
                        text = numberText(number);
                    else
                        text = dateText(number, m_date1904, shows != Shows::Time,
                            shows == Shows::Time
                                || (shows == Shows::DateTime && number != std::floor(number)));
                }
                if (record.fields.size() <= column)
                    record.fields.resize(column + 1);
                record.fields[column] = text.toUtf8();
                if (isText && record.fields.at(column).size() != text.size())
                    rowTexts << column;
                nextColumn = column + 1;
            } else if (element == QLatin1String("row") && inRow) {
                inRow = false;
                if (record.isBlank() && records.isEmpty())
                    continue; // blank rows above the first one with a value
                if (record.isBlank())
                    continue;
                if (progress && records.size() % 1000 == 999
                    && !progress(int(xml.characterOffset() / 1024), int(data->size() / 1024))) {
                    fail(error,
                        tr("Reading “%1” was stopped; nothing was imported.").arg(m_fileName));
                    return std::nullopt;
                }
                for (const qsizetype field : std::as_const(rowTexts)) {
                    texts.append({records.size(), field});
                    textValues << QString::fromUtf8(record.fields.at(field));
                }
                records << record;
            }
        }
    }
    if (xml.hasError()) {
        fail(error, damaged());
        return std::nullopt;
    }
    if (records.isEmpty()) {
        fail(error, empty);
        return std::nullopt;
    }

    // Text typed in .VnTime or VNI fonts: judged on the whole sheet, where it is plain; in a
    // sheet that mixes Unicode and legacy cells, cell by cell.
    if (!textValues.isEmpty()) {
        const LegacyEncoding whole = legacy::detect(textValues.join(QLatin1Char('\n')));
        QHash<LegacyEncoding, int> votes;
        QList<LegacyEncoding> found(textValues.size(), whole);
        if (whole == LegacyEncoding::None) {
            for (qsizetype i = 0; i < textValues.size(); ++i) {
                found[i] = legacy::detect(textValues.at(i));
                if (found.at(i) != LegacyEncoding::None)
                    ++votes[found.at(i)];
            }
        }
        m_legacy = whole;
        for (auto vote = votes.cbegin(); vote != votes.cend(); ++vote) {
            if (m_legacy == LegacyEncoding::None || vote.value() > votes.value(m_legacy))
                m_legacy = vote.key();
        }
        if (m_legacy != LegacyEncoding::None) {
            for (qsizetype i = 0; i < textValues.size(); ++i) {
                if (found.at(i) != m_legacy)
                    continue;
                const Place &place = texts.at(i);
                records[place.record].fields[place.field]
                    = legacy::toUnicode(textValues.at(i), m_legacy).toUtf8();
            }
        }
    }
    return records;
}

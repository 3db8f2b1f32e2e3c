#include "pdfrewriter.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace {

struct Entry
{
    qint64 offset = 0;
    int generation = 0;
    bool used = false;
};

struct Layout
{
    QList<Entry> entries; // by object number
    qsizetype xref = 0;
    QByteArray trailer; // the dictionary, from "<<" to ">>"
};

// The cross-reference table and trailer of a file as QPdfWriter writes it: one table, no
// streams of objects, no incremental updates.
std::optional<Layout> readLayout(const QByteArray &pdf)
{
    const qsizetype start = pdf.lastIndexOf("startxref");
    if (!pdf.startsWith("%PDF-") || start < 0)
        return std::nullopt;
    bool ok = false;
    const qsizetype xref
        = pdf.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= start || !pdf.mid(xref).startsWith("xref"))
        return std::nullopt;
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (trailer < 0 || trailer > start)
        return std::nullopt;
    Layout layout;
    layout.xref = xref;
    const QList<QByteArray> tokens = pdf.mid(xref + 4, trailer - xref - 4).simplified().split(' ');
    qsizetype i = 0;
    while (i + 1 < tokens.size()) {
        const int first = tokens.at(i).toInt(&ok);
        const int count = ok ? tokens.at(i + 1).toInt(&ok) : 0;
        if (!ok || first < 0 || count < 0 || i + 2 + 3 * qsizetype(count) > tokens.size())
            return std::nullopt;
        i += 2;
        if (layout.entries.size() < first + count)
            layout.entries.resize(first + count);
        for (int n = 0; n < count; ++n, i += 3) {
            Entry &entry = layout.entries[first + n];
            entry.offset = tokens.at(i).toLongLong();
            entry.generation = tokens.at(i + 1).toInt();
            entry.used = tokens.at(i + 2) == "n";
            if (entry.used && (entry.offset <= 0 || entry.offset >= xref))
                return std::nullopt;
        }
    }
    if (i != tokens.size())
        return std::nullopt;
    const qsizetype open = pdf.indexOf("<<", trailer);
    const qsizetype close = pdf.lastIndexOf(">>", start);
    if (open < 0 || close < open)
        return std::nullopt;
    layout.trailer = pdf.mid(open, close + 2 - open);
    // Every object where the table says.
    for (qsizetype n = 0; n < layout.entries.size(); ++n) {
        const Entry &entry = layout.entries.at(n);
        if (entry.used
            && !pdf.mid(entry.offset, 32)
                    .startsWith(QByteArray::number(n) + ' ' + QByteArray::number(entry.generation)
                        + " obj"))
            return std::nullopt;
    }
    return layout;
}

// "<FEFF…>": a text string in UTF-16, as PDF wants text outside ASCII.
QByteArray textString(const QString &text)
{
    QByteArray bytes = "<FEFF";
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray inflate(const QByteArray &data)
{
    // qUncompress reads zlib data behind its expected length, a big-endian 32-bit number.
    QByteArray sized(4, '\0');
    qToBigEndian<quint32>(
        quint32(std::min<qsizetype>(data.size() * 16 + 4096, 64 << 20)), sized.data());
    return qUncompress(sized + data);
}

// A ToUnicode stream object with its tabs read as spaces; empty when it needs no change.
QByteArray fixedToUnicode(const QByteArray &object, const QMap<int, QByteArray> &objects)
{
    const qsizetype keyword = object.indexOf("stream");
    if (keyword < 0)
        return {};
    const QByteArray dictionary = object.left(keyword);
    qsizetype dataStart = keyword + 6;
    if (object.mid(dataStart, 2) == "\r\n")
        dataStart += 2;
    else if (object.at(dataStart) == '\n')
        dataStart += 1;
    static const QRegularExpression lengthPattern(
        QStringLiteral("/Length\\s+(\\d+)(\\s+(\\d+)\\s+\\d+\\s+R)?"));
    const QRegularExpressionMatch length = lengthPattern.match(QString::fromLatin1(dictionary));
    if (!length.hasMatch())
        return {};
    qsizetype size = length.captured(1).toLongLong();
    if (!length.captured(2).isEmpty()) {
        // An indirect length: the number in its own object.
        const QByteArray held = objects.value(length.captured(1).toInt());
        static const QRegularExpression value(QStringLiteral("obj\\s+(\\d+)\\s+endobj"));
        const QRegularExpressionMatch found = value.match(QString::fromLatin1(held));
        if (!found.hasMatch())
            return {};
        size = found.captured(1).toLongLong();
    }
    if (dataStart + size > object.size())
        return {};
    const bool deflated = dictionary.contains("/FlateDecode");
    if (dictionary.contains("/Filter") && !deflated)
        return {};
    QByteArray data = object.mid(dataStart, size);
    if (deflated)
        data = inflate(data);
    bool changed = false;
    data = PdfRewriter::spacesAsSpaces(data, &changed);
    if (!changed)
        return {};
    if (deflated)
        data = qCompress(data).mid(4);
    QString head = QString::fromLatin1(dictionary);
    head.replace(length.capturedStart(), length.capturedLength(),
        QStringLiteral("/Length %1").arg(data.size()));
    return head.toLatin1().trimmed() + "\nstream\n" + data + "\nendstream\nendobj\n";
}

} // namespace

QByteArray PdfRewriter::spacesAsSpaces(const QByteArray &cmap, bool *changed)
{
    *changed = false;
    QByteArray fixed = cmap;
    const QString text = QString::fromLatin1(cmap);
    const auto replaceTab = [&fixed, changed](qsizetype at, qsizetype length) {
        // "<0009>" becomes "<0020>": same length, so the positions after it stay.
        const QByteArray token = fixed.mid(at, length);
        if (token.compare("<0009>", Qt::CaseInsensitive) == 0) {
            fixed.replace(at, length, "<0020>");
            *changed = true;
        }
    };
    static const QRegularExpression token(QStringLiteral("<[0-9A-Fa-f]+>"));
    static const QRegularExpression charEntry(
        QStringLiteral("(<[0-9A-Fa-f]+>)\\s*(<[0-9A-Fa-f]+>)"));
    static const QRegularExpression rangeEntry(
        QStringLiteral("(<[0-9A-Fa-f]+>)\\s*(<[0-9A-Fa-f]+>)\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]+>)"));
    const auto sections = [&text](const QString &begin, const QString &end) {
        QList<std::pair<qsizetype, qsizetype>> found;
        for (qsizetype at = text.indexOf(begin); at >= 0; at = text.indexOf(begin, at)) {
            const qsizetype stop = text.indexOf(end, at);
            if (stop < 0)
                break;
            found.append({at + begin.size(), stop});
            at = stop;
        }
        return found;
    };
    for (const auto &[from, to] :
        sections(QStringLiteral("beginbfchar"), QStringLiteral("endbfchar"))) {
        auto it = charEntry.globalMatch(text.mid(from, to - from));
        while (it.hasNext()) {
            const QRegularExpressionMatch entry = it.next();
            replaceTab(from + entry.capturedStart(2), entry.capturedLength(2));
        }
    }
    for (const auto &[from, to] :
        sections(QStringLiteral("beginbfrange"), QStringLiteral("endbfrange"))) {
        auto it = rangeEntry.globalMatch(text.mid(from, to - from));
        while (it.hasNext()) {
            const QRegularExpressionMatch entry = it.next();
            const qsizetype at = from + entry.capturedStart(3);
            if (entry.captured(3).startsWith(QLatin1Char('['))) {
                auto tokens = token.globalMatch(entry.captured(3));
                while (tokens.hasNext()) {
                    const QRegularExpressionMatch one = tokens.next();
                    replaceTab(at + one.capturedStart(), one.capturedLength());
                }
            } else if (entry.captured(1) == entry.captured(2)) {
                // A range of one glyph; a longer range from U+0009 would go on to controls.
                replaceTab(at, entry.capturedLength(3));
            }
        }
    }
    return fixed;
}

std::optional<QByteArray> PdfRewriter::finish(
    const QByteArray &pdf, const QString &author, QString *error)
{
    const auto refuse = [error]() -> std::optional<QByteArray> {
        *error = tr("The PDF could not be finished: it is not laid out as expected.");
        return std::nullopt;
    };
    const auto layout = readLayout(pdf);
    if (!layout)
        return refuse();

    // The objects in the order they are in the file, each up to the next.
    QList<int> order;
    for (int n = 0; n < layout->entries.size(); ++n) {
        if (layout->entries.at(n).used)
            order << n;
    }
    if (order.isEmpty())
        return refuse();
    std::sort(order.begin(), order.end(), [&layout](int a, int b) {
        return layout->entries.at(a).offset < layout->entries.at(b).offset;
    });
    QMap<int, QByteArray> objects;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const qint64 from = layout->entries.at(order.at(i)).offset;
        const qint64 to
            = i + 1 < order.size() ? layout->entries.at(order.at(i + 1)).offset : layout->xref;
        objects.insert(order.at(i), pdf.mid(from, to - from));
    }

    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+\\d+\\s+R"));
    QSet<int> maps;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        // Only dictionaries are read: a stream's bytes may hold anything.
        const qsizetype stream = it->indexOf("stream");
        auto found
            = toUnicode.globalMatch(QString::fromLatin1(stream < 0 ? *it : it->left(stream)));
        while (found.hasNext())
            maps.insert(found.next().captured(1).toInt());
    }
    for (const int n : std::as_const(maps)) {
        if (!objects.contains(n))
            return refuse();
        const QByteArray fixed = fixedToUnicode(objects.value(n), objects);
        if (!fixed.isEmpty())
            objects[n] = fixed;
    }

    static const QRegularExpression infoPattern(QStringLiteral("/Info\\s+(\\d+)\\s+\\d+\\s+R"));
    const QRegularExpressionMatch info = infoPattern.match(QString::fromLatin1(layout->trailer));
    if (!author.isEmpty() && info.hasMatch()) {
        const int n = info.captured(1).toInt();
        QByteArray object = objects.value(n);
        const qsizetype open = object.indexOf("<<");
        if (open < 0)
            return refuse();
        if (!object.contains("/Author")) {
            object.insert(open + 2, "\n/Author " + textString(author));
            objects[n] = object;
        }
    }

    QByteArray out = pdf.left(layout->entries.at(order.first()).offset);
    QList<qint64> offsets(layout->entries.size(), 0);
    for (const int n : std::as_const(order)) {
        offsets[n] = out.size();
        out += objects.value(n);
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(layout->entries.size()) + '\n';
    for (int n = 0; n < layout->entries.size(); ++n) {
        const Entry &entry = layout->entries.at(n);
        const qint64 offset = entry.used ? offsets.at(n) : entry.offset;
        out += QByteArray::number(offset).rightJustified(10, '0') + ' '
            + QByteArray::number(entry.generation).rightJustified(5, '0')
            + (entry.used ? " n \n" : " f \n");
    }
    out += "trailer\n" + layout->trailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";

    // The result read back as the original was: every object where its table says.
    const auto check = readLayout(out);
    if (!check || check->entries.size() != layout->entries.size())
        return refuse();
    return out;
}

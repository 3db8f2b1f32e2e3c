#include "docxwriter.h"

#include <QTextBlockFormat>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

using Block = OfficeDocument::Block;
using Border = OfficeDocument::Border;
using Cell = OfficeDocument::Cell;
using Paragraph = OfficeDocument::Paragraph;
using Run = OfficeDocument::Run;
using Table = OfficeDocument::Table;

const char wordNamespace[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char relationshipsNamespace[]
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char headerId[] = "rIdHeaderNumbered";
const char firstHeaderId[] = "rIdHeaderFirst";

QString twips(double points)
{
    return QString::number(qRound(points * 20));
}

QString twipsFromMm(double mm)
{
    return QString::number(qRound(mm / 25.4 * 1440));
}

QString halfPoints(double points)
{
    return QString::number(std::max(2L, std::lround(points * 2)));
}

class BodyWriter
{
public:
    explicit BodyWriter(const OfficeDocument &document)
        : m_document(document)
        , m_writer(&m_xml)
    { }

    QByteArray document()
    {
        m_writer.writeStartDocument();
        m_writer.writeStartElement(QStringLiteral("w:document"));
        m_writer.writeAttribute(QStringLiteral("xmlns:w"), QLatin1String(wordNamespace));
        m_writer.writeAttribute(QStringLiteral("xmlns:r"), QLatin1String(relationshipsNamespace));
        m_writer.writeStartElement(QStringLiteral("w:body"));
        const QList<Block> &blocks = m_document.blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            writeBlock(blocks, i);
            // A letter ends with its section: the next one begins a page, numbered 1 again.
            const bool lastOfLetter = i + 1 < blocks.size() && blocks.at(i + 1).letterStart;
            if (lastOfLetter)
                writeClosingParagraph(true);
        }
        // Word wants a paragraph after a table at the end of the body.
        if (!blocks.isEmpty() && blocks.last().isTable)
            writeClosingParagraph(false);
        writeSection();
        m_writer.writeEndDocument();
        return m_xml.toUtf8();
    }

private:
    void element(const QString &name, const QList<std::pair<QString, QString>> &attributes = {})
    {
        m_writer.writeEmptyElement(name);
        for (const auto &[attribute, value] : attributes)
            m_writer.writeAttribute(attribute, value);
    }

    // A Word table has no margin of its own: the paragraph before it keeps the table's top
    // margin as space after, the one after it the bottom margin as space before, as the PDF and
    // the ODT leave it (else the page holds a row more than the PDF's).
    void writeBlock(const QList<Block> &blocks, qsizetype i)
    {
        const Block &block = blocks.at(i);
        if (block.isTable) {
            writeTable(*block.table);
            return;
        }
        Paragraph paragraph = block.paragraph;
        if (i > 0 && blocks.at(i - 1).isTable && !block.letterStart)
            paragraph.topMargin += blocks.at(i - 1).table->bottomMargin;
        if (i + 1 < blocks.size() && blocks.at(i + 1).isTable && !blocks.at(i + 1).letterStart)
            paragraph.bottomMargin += blocks.at(i + 1).table->topMargin;
        writeParagraph(paragraph);
    }

    void writeSection()
    {
        m_writer.writeStartElement(QStringLiteral("w:sectPr"));
        element(QStringLiteral("w:headerReference"),
            {{QStringLiteral("w:type"), QStringLiteral("default")},
                {QStringLiteral("r:id"), QLatin1String(headerId)}});
        element(QStringLiteral("w:headerReference"),
            {{QStringLiteral("w:type"), QStringLiteral("first")},
                {QStringLiteral("r:id"), QLatin1String(firstHeaderId)}});
        element(QStringLiteral("w:type"), {{QStringLiteral("w:val"), QStringLiteral("nextPage")}});
        QList<std::pair<QString, QString>> size {
            {QStringLiteral("w:w"), twipsFromMm(m_document.pageSizeMm.width())},
            {QStringLiteral("w:h"), twipsFromMm(m_document.pageSizeMm.height())}};
        if (m_document.landscape)
            size << std::pair(QStringLiteral("w:orient"), QStringLiteral("landscape"));
        element(QStringLiteral("w:pgSz"), size);
        const QMarginsF &m = m_document.marginsMm;
        element(QStringLiteral("w:pgMar"),
            {{QStringLiteral("w:top"), twipsFromMm(m.top())},
                {QStringLiteral("w:right"), twipsFromMm(m.right())},
                {QStringLiteral("w:bottom"), twipsFromMm(m.bottom())},
                {QStringLiteral("w:left"), twipsFromMm(m.left())},
                // The number sits in the upper half of the top margin.
                {QStringLiteral("w:header"), twipsFromMm(m.top() / 2)},
                {QStringLiteral("w:footer"), twipsFromMm(m.bottom() / 2)},
                {QStringLiteral("w:gutter"), QStringLiteral("0")}});
        element(QStringLiteral("w:pgNumType"), {{QStringLiteral("w:start"), QStringLiteral("1")}});
        element(QStringLiteral("w:titlePg"));
        m_writer.writeEndElement();
    }

    // A paragraph of 1 pt where Word needs one (after a table, to hold a section's end).
    void writeClosingParagraph(bool endsSection)
    {
        m_writer.writeStartElement(QStringLiteral("w:p"));
        m_writer.writeStartElement(QStringLiteral("w:pPr"));
        element(QStringLiteral("w:spacing"),
            {{QStringLiteral("w:before"), QStringLiteral("0")},
                {QStringLiteral("w:after"), QStringLiteral("0")},
                {QStringLiteral("w:line"), QStringLiteral("20")},
                {QStringLiteral("w:lineRule"), QStringLiteral("exact")}});
        m_writer.writeStartElement(QStringLiteral("w:rPr"));
        element(QStringLiteral("w:sz"), {{QStringLiteral("w:val"), QStringLiteral("2")}});
        element(QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), QStringLiteral("2")}});
        m_writer.writeEndElement();
        if (endsSection)
            writeSection();
        m_writer.writeEndElement();
        m_writer.writeEndElement();
    }

    void writeSize(double size)
    {
        element(QStringLiteral("w:sz"), {{QStringLiteral("w:val"), halfPoints(size)}});
        element(QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), halfPoints(size)}});
    }

    void writeParagraph(const Paragraph &paragraph)
    {
        m_writer.writeStartElement(QStringLiteral("w:p"));
        m_writer.writeStartElement(QStringLiteral("w:pPr"));
        if (paragraph.keepWithNext)
            element(QStringLiteral("w:keepNext"));
        QList<std::pair<QString, QString>> spacing {
            {QStringLiteral("w:before"), twips(paragraph.topMargin)},
            {QStringLiteral("w:after"), twips(paragraph.bottomMargin)}};
        switch (paragraph.lineHeightType) {
        case QTextBlockFormat::ProportionalHeight:
            spacing << std::pair(
                QStringLiteral("w:line"), QString::number(qRound(240 * paragraph.lineHeight / 100)))
                    << std::pair(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
            break;
        case QTextBlockFormat::FixedHeight:
            spacing << std::pair(QStringLiteral("w:line"), twips(paragraph.lineHeight))
                    << std::pair(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
            break;
        case QTextBlockFormat::MinimumHeight:
            spacing << std::pair(QStringLiteral("w:line"), twips(paragraph.lineHeight))
                    << std::pair(QStringLiteral("w:lineRule"), QStringLiteral("atLeast"));
            break;
        default:
            spacing << std::pair(QStringLiteral("w:line"), QStringLiteral("240"))
                    << std::pair(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
            break;
        }
        element(QStringLiteral("w:spacing"), spacing);
        QList<std::pair<QString, QString>> indent {
            {QStringLiteral("w:left"), twips(paragraph.leftIndent)},
            {QStringLiteral("w:right"), twips(paragraph.rightIndent)}};
        if (paragraph.firstLineIndent >= 0)
            indent << std::pair(QStringLiteral("w:firstLine"), twips(paragraph.firstLineIndent));
        else
            indent << std::pair(QStringLiteral("w:hanging"), twips(-paragraph.firstLineIndent));
        element(QStringLiteral("w:ind"), indent);
        const QString align = paragraph.alignment == Qt::AlignJustify ? QStringLiteral("both")
            : paragraph.alignment == Qt::AlignHCenter                 ? QStringLiteral("center")
            : paragraph.alignment == Qt::AlignRight                   ? QStringLiteral("right")
                                                                      : QStringLiteral("left");
        element(QStringLiteral("w:jc"), {{QStringLiteral("w:val"), align}});
        m_writer.writeStartElement(QStringLiteral("w:rPr"));
        writeSize(paragraph.size);
        m_writer.writeEndElement();
        m_writer.writeEndElement();
        for (const Run &run : paragraph.runs)
            writeRun(run);
        m_writer.writeEndElement();
    }

    void writeRun(const Run &run)
    {
        m_writer.writeStartElement(QStringLiteral("w:r"));
        m_writer.writeStartElement(QStringLiteral("w:rPr"));
        if (run.bold) {
            element(QStringLiteral("w:b"));
            element(QStringLiteral("w:bCs"));
        }
        if (run.italic) {
            element(QStringLiteral("w:i"));
            element(QStringLiteral("w:iCs"));
        }
        writeSize(run.size);
        if (run.underline)
            element(QStringLiteral("w:u"), {{QStringLiteral("w:val"), QStringLiteral("single")}});
        if (run.verticalAlignment != 0)
            element(QStringLiteral("w:vertAlign"),
                {{QStringLiteral("w:val"),
                    run.verticalAlignment > 0 ? QStringLiteral("superscript")
                                              : QStringLiteral("subscript")}});
        m_writer.writeEndElement();
        QString pending;
        const auto flush = [this, &pending] {
            if (pending.isEmpty())
                return;
            m_writer.writeStartElement(QStringLiteral("w:t"));
            m_writer.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_writer.writeCharacters(pending);
            m_writer.writeEndElement();
            pending.clear();
        };
        for (const QChar c : run.text) {
            if (c == QLatin1Char('\t')) {
                flush();
                element(QStringLiteral("w:tab"));
            } else if (c == QChar::LineSeparator || c == QLatin1Char('\n')) {
                flush();
                element(QStringLiteral("w:br"));
            } else if (c.category() != QChar::Other_Control
                && c != QChar::ObjectReplacementCharacter && c != QChar::ParagraphSeparator) {
                pending += c;
            }
        }
        flush();
        m_writer.writeEndElement();
    }

    void writeBorder(const QString &side, const Border &border)
    {
        if (border.width <= 0) {
            element(side, {{QStringLiteral("w:val"), QStringLiteral("nil")}});
            return;
        }
        element(side,
            {{QStringLiteral("w:val"), QStringLiteral("single")},
                {QStringLiteral("w:sz"),
                    QString::number(std::clamp(qRound(border.width * 8), 2, 96))},
                {QStringLiteral("w:space"), QStringLiteral("0")},
                {QStringLiteral("w:color"), border.color}});
    }

    void writeTable(const Table &table)
    {
        m_writer.writeStartElement(QStringLiteral("w:tbl"));
        m_writer.writeStartElement(QStringLiteral("w:tblPr"));
        element(QStringLiteral("w:tblW"),
            {{QStringLiteral("w:w"), twips(table.width)},
                {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        const QString align = table.alignment == Qt::AlignHCenter ? QStringLiteral("center")
            : table.alignment == Qt::AlignRight                   ? QStringLiteral("right")
                                                                  : QStringLiteral("left");
        element(QStringLiteral("w:jc"), {{QStringLiteral("w:val"), align}});
        element(QStringLiteral("w:tblInd"),
            {{QStringLiteral("w:w"), QStringLiteral("0")},
                {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        element(
            QStringLiteral("w:tblLayout"), {{QStringLiteral("w:type"), QStringLiteral("fixed")}});
        m_writer.writeStartElement(QStringLiteral("w:tblCellMar"));
        for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"})
            element(QLatin1String(side),
                {{QStringLiteral("w:w"), QStringLiteral("0")},
                    {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        m_writer.writeEndElement();
        element(QStringLiteral("w:tblLook"), {{QStringLiteral("w:val"), QStringLiteral("0000")}});
        m_writer.writeEndElement();

        m_writer.writeStartElement(QStringLiteral("w:tblGrid"));
        for (const double width : table.columns)
            element(QStringLiteral("w:gridCol"), {{QStringLiteral("w:w"), twips(width)}});
        m_writer.writeEndElement();

        const int columns = int(table.columns.size());
        QList<int> spanning(columns, 0); // rows still covered by a cell above
        QList<const Cell *> origin(columns, nullptr);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QList<Cell> &row = table.rows.at(r);
            m_writer.writeStartElement(QStringLiteral("w:tr"));
            m_writer.writeStartElement(QStringLiteral("w:trPr"));
            element(QStringLiteral("w:cantSplit"));
            if (r < table.headerRows)
                element(QStringLiteral("w:tblHeader"));
            m_writer.writeEndElement();
            for (int c = 0; c < columns && c < row.size();) {
                if (spanning.at(c) > 0) {
                    --spanning[c];
                    writeCell(*origin.at(c), false);
                    c += std::max(1, origin.at(c)->columnSpan);
                    continue;
                }
                const Cell &cell = row.at(c);
                if (cell.covered) {
                    ++c;
                    continue;
                }
                if (cell.rowSpan > 1) {
                    spanning[c] = cell.rowSpan - 1;
                    origin[c] = &cell;
                }
                writeCell(cell, true);
                c += std::max(1, cell.columnSpan);
            }
            m_writer.writeEndElement();
        }
        m_writer.writeEndElement();
    }

    // A cell, or (first false) the part of a cell spanning rows that lies in a later row.
    void writeCell(const Cell &cell, bool first)
    {
        m_writer.writeStartElement(QStringLiteral("w:tc"));
        m_writer.writeStartElement(QStringLiteral("w:tcPr"));
        element(QStringLiteral("w:tcW"),
            {{QStringLiteral("w:w"), twips(cell.width)},
                {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        if (cell.columnSpan > 1)
            element(QStringLiteral("w:gridSpan"),
                {{QStringLiteral("w:val"), QString::number(cell.columnSpan)}});
        if (cell.rowSpan > 1) {
            if (first)
                element(QStringLiteral("w:vMerge"),
                    {{QStringLiteral("w:val"), QStringLiteral("restart")}});
            else
                element(QStringLiteral("w:vMerge"));
        }
        m_writer.writeStartElement(QStringLiteral("w:tcBorders"));
        writeBorder(QStringLiteral("w:top"), cell.top);
        writeBorder(QStringLiteral("w:left"), cell.left);
        writeBorder(QStringLiteral("w:bottom"), cell.bottom);
        writeBorder(QStringLiteral("w:right"), cell.right);
        m_writer.writeEndElement();
        m_writer.writeStartElement(QStringLiteral("w:tcMar"));
        const std::pair<const char *, double> margins[]
            = {{"w:top", cell.paddingTop}, {"w:left", cell.paddingLeft},
                {"w:bottom", cell.paddingBottom}, {"w:right", cell.paddingRight}};
        for (const auto &[side, width] : margins)
            element(QLatin1String(side),
                {{QStringLiteral("w:w"), twips(width)},
                    {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        m_writer.writeEndElement();
        const QString valign = cell.verticalAlignment == Qt::AlignVCenter ? QStringLiteral("center")
            : cell.verticalAlignment == Qt::AlignBottom                   ? QStringLiteral("bottom")
                                                                          : QStringLiteral("top");
        element(QStringLiteral("w:vAlign"), {{QStringLiteral("w:val"), valign}});
        m_writer.writeEndElement();
        if (first) {
            for (qsizetype i = 0; i < cell.blocks.size(); ++i)
                writeBlock(cell.blocks, i);
        }
        // A cell ends with a paragraph.
        if (!first || cell.blocks.isEmpty())
            element(QStringLiteral("w:p"));
        else if (cell.blocks.last().isTable)
            writeClosingParagraph(false);
        m_writer.writeEndElement();
    }

    const OfficeDocument &m_document;
    QString m_xml;
    QXmlStreamWriter m_writer;
};

QByteArray header(const OfficeDocument &document, bool numbered)
{
    const QString size = halfPoints(document.pageNumberSize);
    // A secret document's pages after the first say so at the left of the header, in a box; the
    // number stays centred (a centred tab stop). The first page has the mark in its header.
    const QString mark = numbered ? document.info.secrecyMark.toHtmlEscaped() : QString();
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<w:hdr xmlns:w=\"%1\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/>")
                      .arg(QLatin1String(wordNamespace));
    if (mark.isEmpty()) {
        xml += QStringLiteral("<w:jc w:val=\"center\"/></w:pPr>");
    } else {
        xml += QStringLiteral(
            "<w:tabs><w:tab w:val=\"center\" w:pos=\"%1\"/></w:tabs>"
            "<w:jc w:val=\"left\"/></w:pPr>"
            "<w:r><w:rPr><w:b/><w:bCs/><w:bdr w:val=\"single\" w:sz=\"6\" "
            "w:space=\"1\" w:color=\"000000\"/><w:sz w:val=\"%2\"/>"
            "<w:szCs w:val=\"%2\"/></w:rPr><w:t>%3</w:t></w:r><w:r><w:tab/></w:r>")
                   .arg(twips(document.textWidth() / 2), size, mark);
    }
    if (numbered) {
        const QString properties
            = QStringLiteral("<w:rPr><w:sz w:val=\"%1\"/><w:szCs w:val=\"%1\"/></w:rPr>").arg(size);
        xml += QStringLiteral(
            "<w:r>%1<w:fldChar w:fldCharType=\"begin\"/></w:r>"
            "<w:r>%1<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            "<w:r>%1<w:fldChar w:fldCharType=\"separate\"/></w:r>"
            "<w:r>%1<w:t>2</w:t></w:r>"
            "<w:r>%1<w:fldChar w:fldCharType=\"end\"/></w:r>")
                   .arg(properties);
    }
    xml += QStringLiteral("</w:p></w:hdr>\n");
    return xml.toUtf8();
}

QByteArray styles(const OfficeDocument &document)
{
    const QString font = document.font.toHtmlEscaped();
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:styles xmlns:w=\"%1\"><w:docDefaults><w:rPrDefault><w:rPr>"
        "<w:rFonts w:ascii=\"%2\" w:hAnsi=\"%2\" w:eastAsia=\"%2\" w:cs=\"%2\"/>"
        "<w:color w:val=\"000000\"/><w:sz w:val=\"%3\"/><w:szCs w:val=\"%3\"/>"
        "<w:lang w:val=\"vi-VN\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
        "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
        "</w:style>"
        "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
        "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" "
        "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" "
        "w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
        "</w:tblCellMar></w:tblPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
        "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        "<w:rPr><w:sz w:val=\"%4\"/><w:szCs w:val=\"%4\"/></w:rPr></w:style>"
        "</w:styles>\n")
        .arg(QLatin1String(wordNamespace), font, halfPoints(document.bodySize),
            halfPoints(document.pageNumberSize))
        .toUtf8();
}

QByteArray settings(const OfficeDocument &document)
{
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:settings xmlns:w=\"%1\"><w:zoom w:percent=\"100\"/>%2"
        "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
        "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        "</w:settings>\n")
        .arg(QLatin1String(wordNamespace),
            document.mirrored ? QStringLiteral("<w:mirrorMargins/>") : QString())
        .toUtf8();
}

QByteArray fontTable(const OfficeDocument &document)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:fonts xmlns:w=\"%1\"><w:font w:name=\"%2\">"
                          "<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"
                          "</w:fonts>\n")
        .arg(QLatin1String(wordNamespace), document.font.toHtmlEscaped())
        .toUtf8();
}

QByteArray coreProperties(const OfficeDocument &document)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("cp:coreProperties"));
    writer.writeAttribute(QStringLiteral("xmlns:cp"),
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    writer.writeAttribute(
        QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    writer.writeAttribute(
        QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    writer.writeAttribute(
        QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    writer.writeTextElement(QStringLiteral("dc:title"), document.info.title);
    if (!document.info.author.isEmpty())
        writer.writeTextElement(QStringLiteral("dc:creator"), document.info.author);
    writer.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
    writer.writeStartElement(QStringLiteral("dcterms:created"));
    writer.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
    writer.writeCharacters(document.info.created.toUTC().toString(Qt::ISODate));
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml.toUtf8();
}

} // namespace

std::optional<QByteArray> DocxWriter::write(const OfficeDocument &document, QString *error)
{
    const QByteArray types = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        "<Override PartName=\"/word/header2.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "</Types>\n");
    const QByteArray packageRelationships = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "</Relationships>\n");
    const QByteArray documentRelationships
        = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rIdStyles\" Type=\"%1/styles\" Target=\"styles.xml\"/>"
            "<Relationship Id=\"rIdSettings\" Type=\"%1/settings\" Target=\"settings.xml\"/>"
            "<Relationship Id=\"rIdFonts\" Type=\"%1/fontTable\" Target=\"fontTable.xml\"/>"
            "<Relationship Id=\"%2\" Type=\"%1/header\" Target=\"header1.xml\"/>"
            "<Relationship Id=\"%3\" Type=\"%1/header\" Target=\"header2.xml\"/>"
            "</Relationships>\n")
              .arg(QLatin1String(relationshipsNamespace), QLatin1String(headerId),
                  QLatin1String(firstHeaderId))
              .toUtf8();
    BodyWriter body(document);
    return OfficeDocument::zip(
        {{QStringLiteral("[Content_Types].xml"), types},
            {QStringLiteral("_rels/.rels"), packageRelationships},
            {QStringLiteral("word/document.xml"), body.document()},
            {QStringLiteral("word/_rels/document.xml.rels"), documentRelationships},
            {QStringLiteral("word/styles.xml"), styles(document)},
            {QStringLiteral("word/settings.xml"), settings(document)},
            {QStringLiteral("word/fontTable.xml"), fontTable(document)},
            {QStringLiteral("word/header1.xml"), header(document, true)},
            {QStringLiteral("word/header2.xml"), header(document, false)},
            {QStringLiteral("docProps/core.xml"), coreProperties(document)}},
        false, document.info.created, error);
}

#include "odtwriter.h"

#include <QHash>
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

const char firstPage[] = "First_20_Page";

QString pt(double value)
{
    return QString::number(qRound(value * 100) / 100.0) + QStringLiteral("pt");
}

QString mm(double value)
{
    return QString::number(qRound(value * 100) / 100.0) + QStringLiteral("mm");
}

QString border(const Border &border)
{
    return border.width > 0 ? QStringLiteral("%1 solid #%2").arg(pt(border.width), border.color)
                            : QStringLiteral("none");
}

// The attributes of a style, in the order written: the key by which styles are shared.
using Attributes = QList<std::pair<QString, QString>>;

QString key(const QString &family, const Attributes &style, const Attributes &properties,
    const Attributes &text = {})
{
    QString key = family;
    for (const Attributes *list : {&style, &properties, &text}) {
        key += QLatin1Char('|');
        for (const auto &[name, value] : *list)
            key += name + QLatin1Char('=') + value + QLatin1Char(';');
    }
    return key;
}

Attributes sizeAttributes(double size)
{
    return {{QStringLiteral("fo:font-size"), pt(size)},
        {QStringLiteral("style:font-size-asian"), pt(size)},
        {QStringLiteral("style:font-size-complex"), pt(size)}};
}

class ContentWriter
{
public:
    explicit ContentWriter(const OfficeDocument &document)
        : m_document(document)
        , m_styles(&m_stylesXml)
        , m_body(&m_bodyXml)
    { }

    QByteArray content()
    {
        bool first = true;
        for (const Block &block : m_document.blocks) {
            writeBlock(block, first || block.letterStart);
            first = false;
        }
        // Writer ends a text with a paragraph: after a closing table, one of 1 pt, lest an
        // empty line of body size take a page of its own.
        if (!m_document.blocks.isEmpty() && m_document.blocks.last().isTable) {
            Paragraph closing;
            closing.size = 1;
            closing.lineHeightType = QTextBlockFormat::FixedHeight;
            closing.lineHeight = 1;
            writeParagraph(closing, false);
        }
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<office:document-content"
                         " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                         " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                         " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                         " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                         " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                         " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                         " office:version=\"1.3\">";
        xml += fontFaces(m_document.font);
        xml += "<office:automatic-styles>" + m_stylesXml.toUtf8() + "</office:automatic-styles>";
        xml += "<office:body><office:text>" + m_bodyXml.toUtf8()
            + "</office:text></office:body></office:document-content>\n";
        return xml;
    }

    static QByteArray fontFaces(const QString &font)
    {
        QString xml;
        QXmlStreamWriter writer(&xml);
        writer.writeStartElement(QStringLiteral("office:font-face-decls"));
        writer.writeEmptyElement(QStringLiteral("style:font-face"));
        writer.writeAttribute(QStringLiteral("style:name"), font);
        writer.writeAttribute(
            QStringLiteral("svg:font-family"), QLatin1Char('\'') + font + QLatin1Char('\''));
        writer.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("roman"));
        writer.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
        writer.writeEndElement();
        return xml.toUtf8();
    }

private:
    QString style(const QString &family, const QString &prefix, const Attributes &attributes,
        const QString &propertiesElement, const Attributes &properties, const Attributes &text = {})
    {
        const QString k = key(family, attributes, properties, text);
        const auto found = m_names.constFind(k);
        if (found != m_names.cend())
            return *found;
        const QString name = prefix + QString::number(++m_counts[prefix]);
        m_names.insert(k, name);
        m_styles.writeStartElement(QStringLiteral("style:style"));
        m_styles.writeAttribute(QStringLiteral("style:name"), name);
        m_styles.writeAttribute(QStringLiteral("style:family"), family);
        for (const auto &[attribute, value] : attributes)
            m_styles.writeAttribute(attribute, value);
        if (!properties.isEmpty()) {
            m_styles.writeEmptyElement(propertiesElement);
            for (const auto &[attribute, value] : properties)
                m_styles.writeAttribute(attribute, value);
        }
        if (!text.isEmpty()) {
            m_styles.writeEmptyElement(QStringLiteral("style:text-properties"));
            for (const auto &[attribute, value] : text)
                m_styles.writeAttribute(attribute, value);
        }
        m_styles.writeEndElement();
        return name;
    }

    // A block that begins a page of its own: the first page's master (no number), numbered 1.
    static void pageStart(Attributes *style, Attributes *properties)
    {
        style->append({QStringLiteral("style:master-page-name"), QLatin1String(firstPage)});
        properties->append({QStringLiteral("style:page-number"), QStringLiteral("1")});
    }

    void writeBlock(const Block &block, bool startsPage)
    {
        if (block.isTable)
            writeTable(*block.table, startsPage);
        else
            writeParagraph(block.paragraph, startsPage);
    }

    QString paragraphStyle(const Paragraph &paragraph, bool startsPage)
    {
        Attributes attributes {
            {QStringLiteral("style:parent-style-name"), QStringLiteral("Standard")}};
        Attributes properties;
        const QString align = paragraph.alignment == Qt::AlignJustify ? QStringLiteral("justify")
            : paragraph.alignment == Qt::AlignHCenter                 ? QStringLiteral("center")
            : paragraph.alignment == Qt::AlignRight                   ? QStringLiteral("end")
                                                                      : QStringLiteral("start");
        properties << std::pair(QStringLiteral("fo:text-align"), align);
        if (paragraph.alignment == Qt::AlignJustify)
            properties << std::pair(
                QStringLiteral("style:justify-single-word"), QStringLiteral("false"));
        properties << std::pair(QStringLiteral("fo:margin-left"), pt(paragraph.leftIndent))
                   << std::pair(QStringLiteral("fo:margin-right"), pt(paragraph.rightIndent))
                   << std::pair(QStringLiteral("fo:text-indent"), pt(paragraph.firstLineIndent))
                   << std::pair(QStringLiteral("fo:margin-top"), pt(paragraph.topMargin))
                   << std::pair(QStringLiteral("fo:margin-bottom"), pt(paragraph.bottomMargin));
        switch (paragraph.lineHeightType) {
        case QTextBlockFormat::ProportionalHeight:
            properties << std::pair(QStringLiteral("fo:line-height"),
                QString::number(paragraph.lineHeight) + QLatin1Char('%'));
            break;
        case QTextBlockFormat::FixedHeight:
            properties << std::pair(QStringLiteral("fo:line-height"), pt(paragraph.lineHeight));
            break;
        case QTextBlockFormat::MinimumHeight:
            properties << std::pair(
                QStringLiteral("style:line-height-at-least"), pt(paragraph.lineHeight));
            break;
        case QTextBlockFormat::LineDistanceHeight:
            properties << std::pair(QStringLiteral("style:line-spacing"), pt(paragraph.lineHeight));
            break;
        default:
            break;
        }
        if (paragraph.keepWithNext)
            properties << std::pair(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        if (startsPage)
            pageStart(&attributes, &properties);
        return style(QStringLiteral("paragraph"), QStringLiteral("P"), attributes,
            QStringLiteral("style:paragraph-properties"), properties,
            sizeAttributes(paragraph.size));
    }

    QString textStyle(const Run &run)
    {
        Attributes text = sizeAttributes(run.size);
        if (run.bold) {
            for (const char *name :
                {"fo:font-weight", "style:font-weight-asian", "style:font-weight-complex"})
                text << std::pair(QLatin1String(name), QStringLiteral("bold"));
        }
        if (run.italic) {
            for (const char *name :
                {"fo:font-style", "style:font-style-asian", "style:font-style-complex"})
                text << std::pair(QLatin1String(name), QStringLiteral("italic"));
        }
        if (run.underline)
            text << std::pair(QStringLiteral("style:text-underline-style"), QStringLiteral("solid"))
                 << std::pair(QStringLiteral("style:text-underline-width"), QStringLiteral("auto"))
                 << std::pair(
                        QStringLiteral("style:text-underline-color"), QStringLiteral("font-color"));
        if (run.verticalAlignment != 0)
            text << std::pair(QStringLiteral("style:text-position"),
                run.verticalAlignment > 0 ? QStringLiteral("super 58%")
                                          : QStringLiteral("sub 58%"));
        return style(QStringLiteral("text"), QStringLiteral("T"), {}, QString(), {}, text);
    }

    // ODF keeps one space between words: more, or one at the start of a paragraph, are written
    // as text:s; tabs and line breaks as elements.
    void writeText(const QString &text, bool *atStart)
    {
        QString pending;
        const auto flush = [this, &pending] {
            if (!pending.isEmpty())
                m_body.writeCharacters(pending);
            pending.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char(' ')) {
                qsizetype n = 1;
                while (i + n < text.size() && text.at(i + n) == QLatin1Char(' '))
                    ++n;
                i += n - 1;
                if (!*atStart) {
                    pending += QLatin1Char(' ');
                    --n;
                }
                if (n > 0) {
                    flush();
                    m_body.writeEmptyElement(QStringLiteral("text:s"));
                    if (n > 1)
                        m_body.writeAttribute(QStringLiteral("text:c"), QString::number(n));
                }
                *atStart = false;
                continue;
            }
            if (c == QLatin1Char('\t')) {
                flush();
                m_body.writeEmptyElement(QStringLiteral("text:tab"));
            } else if (c == QChar::LineSeparator || c == QLatin1Char('\n')) {
                flush();
                m_body.writeEmptyElement(QStringLiteral("text:line-break"));
                *atStart = true;
                continue;
            } else if (c.category() == QChar::Other_Control
                || c == QChar::ObjectReplacementCharacter || c == QChar::ParagraphSeparator) {
                continue;
            } else {
                pending += c;
            }
            *atStart = false;
        }
        flush();
    }

    void writeParagraph(const Paragraph &paragraph, bool startsPage)
    {
        const QString name = paragraphStyle(paragraph, startsPage);
        m_body.writeStartElement(QStringLiteral("text:p"));
        m_body.writeAttribute(QStringLiteral("text:style-name"), name);
        bool atStart = true;
        for (const Run &run : paragraph.runs) {
            const QString span = textStyle(run);
            m_body.writeStartElement(QStringLiteral("text:span"));
            m_body.writeAttribute(QStringLiteral("text:style-name"), span);
            writeText(run.text, &atStart);
            m_body.writeEndElement();
        }
        m_body.writeEndElement();
    }

    void writeTable(const Table &table, bool startsPage)
    {
        const QString name = QStringLiteral("Table") + QString::number(++m_tables);
        Attributes attributes;
        const QString align = table.fullWidth && table.alignment == Qt::AlignLeft
            ? QStringLiteral("margins")
            : table.alignment == Qt::AlignHCenter ? QStringLiteral("center")
            : table.alignment == Qt::AlignRight   ? QStringLiteral("right")
                                                  : QStringLiteral("left");
        Attributes properties {{QStringLiteral("style:width"), pt(table.width)},
            {QStringLiteral("table:align"), align},
            {QStringLiteral("fo:margin-top"), pt(table.topMargin)},
            {QStringLiteral("fo:margin-bottom"), pt(table.bottomMargin)}};
        if (table.fullWidth && table.alignment == Qt::AlignLeft)
            properties << std::pair(QStringLiteral("style:rel-width"), QStringLiteral("100%"));
        if (startsPage)
            pageStart(&attributes, &properties);
        const QString tableStyle = style(QStringLiteral("table"), QStringLiteral("Table"),
            attributes, QStringLiteral("style:table-properties"),
            properties << std::pair(
                QStringLiteral("style:may-break-between-rows"), QStringLiteral("true")));
        const QString rowStyle = style(QStringLiteral("table-row"), QStringLiteral("Row"), {},
            QStringLiteral("style:table-row-properties"),
            {{QStringLiteral("fo:keep-together"), QStringLiteral("always")}});

        m_body.writeStartElement(QStringLiteral("table:table"));
        m_body.writeAttribute(QStringLiteral("table:name"), name);
        m_body.writeAttribute(QStringLiteral("table:style-name"), tableStyle);
        for (const double width : table.columns) {
            const QString column = style(QStringLiteral("table-column"), QStringLiteral("Column"),
                {}, QStringLiteral("style:table-column-properties"),
                {{QStringLiteral("style:column-width"), pt(width)},
                    {QStringLiteral("style:rel-column-width"),
                        QString::number(qRound(width * 20)) + QLatin1Char('*')}});
            m_body.writeEmptyElement(QStringLiteral("table:table-column"));
            m_body.writeAttribute(QStringLiteral("table:style-name"), column);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            if (r == 0 && table.headerRows > 0)
                m_body.writeStartElement(QStringLiteral("table:table-header-rows"));
            m_body.writeStartElement(QStringLiteral("table:table-row"));
            m_body.writeAttribute(QStringLiteral("table:style-name"), rowStyle);
            for (const Cell &cell : table.rows.at(r))
                writeCell(cell);
            m_body.writeEndElement();
            if (table.headerRows > 0 && r == table.headerRows - 1)
                m_body.writeEndElement();
        }
        if (table.headerRows > table.rows.size())
            m_body.writeEndElement();
        m_body.writeEndElement();
    }

    void writeCell(const Cell &cell)
    {
        if (cell.covered) {
            m_body.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
            return;
        }
        const QString valign = cell.verticalAlignment == Qt::AlignVCenter ? QStringLiteral("middle")
            : cell.verticalAlignment == Qt::AlignBottom                   ? QStringLiteral("bottom")
                                                                          : QStringLiteral("top");
        const QString name = style(QStringLiteral("table-cell"), QStringLiteral("Cell"), {},
            QStringLiteral("style:table-cell-properties"),
            {{QStringLiteral("fo:padding-top"), pt(cell.paddingTop)},
                {QStringLiteral("fo:padding-right"), pt(cell.paddingRight)},
                {QStringLiteral("fo:padding-bottom"), pt(cell.paddingBottom)},
                {QStringLiteral("fo:padding-left"), pt(cell.paddingLeft)},
                {QStringLiteral("fo:border-top"), border(cell.top)},
                {QStringLiteral("fo:border-right"), border(cell.right)},
                {QStringLiteral("fo:border-bottom"), border(cell.bottom)},
                {QStringLiteral("fo:border-left"), border(cell.left)},
                {QStringLiteral("style:vertical-align"), valign}});
        m_body.writeStartElement(QStringLiteral("table:table-cell"));
        m_body.writeAttribute(QStringLiteral("table:style-name"), name);
        m_body.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        if (cell.columnSpan > 1)
            m_body.writeAttribute(
                QStringLiteral("table:number-columns-spanned"), QString::number(cell.columnSpan));
        if (cell.rowSpan > 1)
            m_body.writeAttribute(
                QStringLiteral("table:number-rows-spanned"), QString::number(cell.rowSpan));
        for (const Block &block : cell.blocks)
            writeBlock(block, false);
        if (cell.blocks.isEmpty())
            m_body.writeEmptyElement(QStringLiteral("text:p"));
        m_body.writeEndElement();
    }

    const OfficeDocument &m_document;
    QString m_stylesXml;
    QString m_bodyXml;
    QXmlStreamWriter m_styles;
    QXmlStreamWriter m_body;
    QHash<QString, QString> m_names;
    QHash<QString, int> m_counts;
    int m_tables = 0;
};

QByteArray stylesXml(const OfficeDocument &document)
{
    const QMarginsF &m = document.marginsMm;
    // The header sits in the upper half of the top margin; the body begins where the profile
    // says on every page, with or without the number.
    const double headerTop = m.top() / 2;
    const double numberLine = document.pageNumberSize * 1.25 * 25.4 / 72;
    const double headerHeight = std::max(0.0, std::min(numberLine, m.top() - headerTop));
    const double headerGap = std::max(0.0, m.top() - headerTop - headerHeight);
    const QString size = pt(document.bodySize);
    const QString font = document.font.toHtmlEscaped();
    const QString usage = document.mirrored ? QStringLiteral("mirrored") : QStringLiteral("all");
    const auto pageProperties = [&](double top) {
        return QStringLiteral("<style:page-layout-properties fo:page-width=\"%1\" "
                              "fo:page-height=\"%2\" style:print-orientation=\"%3\" "
                              "fo:margin-top=\"%4\" fo:margin-bottom=\"%5\" fo:margin-left=\"%6\" "
                              "fo:margin-right=\"%7\" style:page-usage=\"%8\" "
                              "style:writing-mode=\"lr-tb\"/>")
            .arg(mm(document.pageSizeMm.width()), mm(document.pageSizeMm.height()),
                document.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"),
                mm(top), mm(m.bottom()), mm(m.left()), mm(m.right()), usage);
    };
    QString xml
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<office:document-styles"
                         " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                         " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                         " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                         " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                         " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                         " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                         " office:version=\"1.3\">");
    xml += QString::fromUtf8(ContentWriter::fontFaces(document.font));
    xml += QStringLiteral(
        "<office:styles>"
        "<style:default-style style:family=\"paragraph\">"
        "<style:paragraph-properties fo:orphans=\"2\" fo:widows=\"2\" "
        "style:writing-mode=\"lr-tb\"/>"
        "<style:text-properties style:font-name=\"%1\" fo:font-size=\"%2\" fo:language=\"vi\" "
        "fo:country=\"VN\" style:font-name-asian=\"%1\" style:font-size-asian=\"%2\" "
        "style:font-name-complex=\"%1\" style:font-size-complex=\"%2\" fo:color=\"#000000\"/>"
        "</style:default-style>"
        "<style:default-style style:family=\"table\">"
        "<style:table-properties table:border-model=\"collapsing\"/></style:default-style>"
        "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\">"
        "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"0pt\"/>"
        "</style:style>"
        "<style:style style:name=\"Header\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Standard\" style:class=\"extra\">"
        "<style:paragraph-properties fo:text-align=\"center\"/>"
        "<style:text-properties fo:font-size=\"%3\" style:font-size-asian=\"%3\" "
        "style:font-size-complex=\"%3\"/></style:style>"
        // A secret document's numbered pages: the mark at the left, the number centred.
        "<style:style style:name=\"Marked_20_Header\" style:display-name=\"Marked Header\" "
        "style:family=\"paragraph\" style:parent-style-name=\"Header\" style:class=\"extra\">"
        "<style:paragraph-properties fo:text-align=\"start\"><style:tab-stops>"
        "<style:tab-stop style:position=\"%4\" style:type=\"center\"/></style:tab-stops>"
        "</style:paragraph-properties></style:style>"
        "<style:style style:name=\"Secrecy_20_Mark\" style:display-name=\"Secrecy Mark\" "
        "style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" "
        "style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\" "
        "fo:border=\"0.5pt solid #000000\" fo:padding=\"0.5mm\"/></style:style>"
        "</office:styles>")
               .arg(font, size, pt(document.pageNumberSize), pt(document.textWidth() / 2));
    xml += QStringLiteral("<office:automatic-styles>"
                          "<style:page-layout style:name=\"Numbered\">%1"
                          "<style:header-style><style:header-footer-properties "
                          "fo:min-height=\"%2\" fo:margin-bottom=\"%3\" "
                          "style:dynamic-spacing=\"false\"/></style:header-style>"
                          "</style:page-layout>"
                          "<style:page-layout style:name=\"First\">%4</style:page-layout>"
                          "</office:automatic-styles>")
               .arg(pageProperties(headerTop), mm(headerHeight), mm(headerGap),
                   pageProperties(m.top()));
    xml += QStringLiteral("<office:master-styles>"
                          "<style:master-page style:name=\"Standard\" "
                          "style:page-layout-name=\"Numbered\"><style:header>%2"
                          "<text:page-number "
                          "text:select-page=\"current\">2</text:page-number></text:p>"
                          "</style:header></style:master-page>"
                          "<style:master-page style:name=\"%1\" style:display-name=\"First Page\" "
                          "style:page-layout-name=\"First\" style:next-style-name=\"Standard\"/>"
                          "</office:master-styles></office:document-styles>\n")
               .arg(QLatin1String(firstPage),
                   document.info.secrecyMark.isEmpty()
                       ? QStringLiteral("<text:p text:style-name=\"Header\">")
                       : QStringLiteral("<text:p text:style-name=\"Marked_20_Header\"><text:span "
                                        "text:style-name=\"Secrecy_20_Mark\">%1</text:span>"
                                        "<text:tab/>")
                             .arg(document.info.secrecyMark.toHtmlEscaped()));
    return xml.toUtf8();
}

QByteArray metaXml(const OfficeDocument &document)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("office:document-meta"));
    writer.writeAttribute(QStringLiteral("xmlns:office"),
        QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    writer.writeAttribute(QStringLiteral("xmlns:meta"),
        QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    writer.writeAttribute(
        QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    writer.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    writer.writeStartElement(QStringLiteral("office:meta"));
    writer.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Secretariat"));
    writer.writeTextElement(QStringLiteral("dc:title"), document.info.title);
    if (!document.info.author.isEmpty()) {
        writer.writeTextElement(QStringLiteral("meta:initial-creator"), document.info.author);
        writer.writeTextElement(QStringLiteral("dc:creator"), document.info.author);
    }
    const QString created = document.info.created.toUTC().toString(Qt::ISODate);
    writer.writeTextElement(QStringLiteral("meta:creation-date"), created);
    writer.writeTextElement(QStringLiteral("dc:date"), created);
    writer.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
    writer.writeEndDocument();
    return xml.toUtf8();
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>\n");
}

} // namespace

std::optional<QByteArray> OdtWriter::write(const OfficeDocument &document, QString *error)
{
    ContentWriter content(document);
    return OfficeDocument::zip(
        {{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
            {QStringLiteral("content.xml"), content.content()},
            {QStringLiteral("styles.xml"), stylesXml(document)},
            {QStringLiteral("meta.xml"), metaXml(document)},
            {QStringLiteral("META-INF/manifest.xml"), manifestXml()}},
        true, document.info.created, error);
}

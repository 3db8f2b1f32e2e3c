#include "templateengine.h"

namespace {

bool isTruthy(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return false;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QStringList:
        return !value.toStringList().isEmpty();
    default:
        return true;
    }
}

bool validName(const QString &name)
{
    if (name.isEmpty())
        return false;
    if (name == QLatin1String("."))
        return true;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

QString TemplateEngine::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1String("&amp;");
            break;
        case '<':
            escaped += QLatin1String("&lt;");
            break;
        case '>':
            escaped += QLatin1String("&gt;");
            break;
        case '"':
            escaped += QLatin1String("&quot;");
            break;
        case '\'':
            escaped += QLatin1String("&#39;");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString TemplateEngine::located(int line, const QString &detail) const
{
    //: %1 is a template file, %2 a line number, %3 what is wrong there.
    return tr("Template %1, line %2: %3").arg(m_fileName).arg(line).arg(detail);
}

bool TemplateEngine::parse(const QString &source, const QString &fileName, QString *error)
{
    m_fileName = fileName;
    m_nodes.clear();
    m_parsed = false;
    std::vector<Node> roots;
    std::vector<Node> open; // sections being filled, innermost last
    const auto current
        = [&]() -> std::vector<Node> & { return open.empty() ? roots : open.back().children; };

    int line = 1;
    int position = 0;
    while (position < source.size()) {
        const int start = source.indexOf(QLatin1String("{{"), position);
        const QString text = source.mid(position, start < 0 ? -1 : start - position);
        if (!text.isEmpty()) {
            Node node;
            node.text = text;
            node.line = line;
            current().push_back(std::move(node));
            line += int(text.count(QLatin1Char('\n')));
        }
        if (start < 0)
            break;
        const bool triple = source.mid(start, 3) == QLatin1String("{{{");
        const QString closing = triple ? QStringLiteral("}}}") : QStringLiteral("}}");
        const int end = source.indexOf(closing, start + (triple ? 3 : 2));
        if (end < 0) {
            *error = located(line, tr("“{{” is not closed by “%1”.").arg(closing));
            return false;
        }
        const QString tag = source.mid(start + (triple ? 3 : 2), end - start - (triple ? 3 : 2));
        const int tagLine = line;
        line += int(tag.count(QLatin1Char('\n')));
        position = end + closing.size();

        const QChar sigil = tag.isEmpty() ? QChar() : tag.at(0);
        if (!triple && sigil == QLatin1Char('!'))
            continue;
        const bool hasSigil = !triple
            && (sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/')
                || sigil == QLatin1Char('&'));
        const QString name = (hasSigil ? tag.mid(1) : tag).trimmed();
        if (!validName(name)) {
            *error = located(tagLine, tr("“%1” is not a field name.").arg(tag.trimmed()));
            return false;
        }
        Node node;
        node.text = name;
        node.line = tagLine;
        if (triple || sigil == QLatin1Char('&')) {
            node.kind = Node::Kind::RawField;
            current().push_back(std::move(node));
        } else if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            node.kind = sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted;
            open.push_back(std::move(node));
        } else if (sigil == QLatin1Char('/')) {
            if (open.empty()) {
                *error = located(
                    tagLine, tr("“{{/%1}}” closes a section that was never opened.").arg(name));
                return false;
            }
            if (open.back().text != name) {
                *error = located(tagLine,
                    tr("“{{/%1}}” closes “%2”, opened on line %3.")
                        .arg(name, open.back().text)
                        .arg(open.back().line));
                return false;
            }
            Node finished = std::move(open.back());
            open.pop_back();
            current().push_back(std::move(finished));
        } else {
            node.kind = Node::Kind::Field;
            current().push_back(std::move(node));
        }
    }
    if (!open.empty()) {
        *error = located(
            open.back().line, tr("The section “%1” is never closed.").arg(open.back().text));
        return false;
    }
    m_nodes = std::move(roots);
    m_parsed = true;
    return true;
}

bool TemplateEngine::renderNodes(
    const std::vector<Node> &nodes, QList<QVariant> &stack, QString *out, QString *error) const
{
    for (const Node &node : nodes) {
        if (node.kind == Node::Kind::Text) {
            *out += node.text;
            continue;
        }
        QVariant value;
        bool found = false;
        if (node.text == QLatin1String(".")) {
            value = stack.last();
            found = true;
        } else {
            for (auto it = stack.crbegin(); it != stack.crend() && !found; ++it) {
                if (it->typeId() == QMetaType::QVariantMap) {
                    const QVariantMap map = it->toMap();
                    const auto entry = map.constFind(node.text);
                    if (entry != map.cend()) {
                        value = *entry;
                        found = true;
                    }
                }
            }
        }
        if (!found) {
            *error = located(node.line, tr("there is no field “%1”.").arg(node.text));
            return false;
        }
        switch (node.kind) {
        case Node::Kind::Field:
            *out += escape(value.toString());
            break;
        case Node::Kind::RawField:
            *out += value.toString();
            break;
        case Node::Kind::Inverted:
            if (!isTruthy(value) && !renderNodes(node.children, stack, out, error))
                return false;
            break;
        case Node::Kind::Section:
            if (!isTruthy(value))
                break;
            if (value.typeId() == QMetaType::QVariantList
                || value.typeId() == QMetaType::QStringList) {
                for (const QVariant &row : value.toList()) {
                    stack.append(row);
                    const bool ok = renderNodes(node.children, stack, out, error);
                    stack.removeLast();
                    if (!ok)
                        return false;
                }
            } else {
                stack.append(value);
                const bool ok = renderNodes(node.children, stack, out, error);
                stack.removeLast();
                if (!ok)
                    return false;
            }
            break;
        case Node::Kind::Text:
            break;
        }
    }
    return true;
}

std::optional<QString> TemplateEngine::render(const QVariantMap &data, QString *error) const
{
    if (!m_parsed) {
        *error = located(1, tr("the template could not be read."));
        return std::nullopt;
    }
    QList<QVariant> stack {data};
    QString out;
    if (!renderNodes(m_nodes, stack, &out, error))
        return std::nullopt;
    return out;
}

std::optional<QString> TemplateEngine::render(
    const QString &source, const QString &fileName, const QVariantMap &data, QString *error)
{
    TemplateEngine engine;
    if (!engine.parse(source, fileName, error))
        return std::nullopt;
    return engine.render(data, error);
}

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

// The report templates' small language: {{field}} (HTML-escaped), {{{field}}} (inserted as it is,
// for HTML the program composed), {{#rows}}…{{/rows}} (repeated per row of a list, shown once for
// a true value, hidden when empty), {{^rows}}…{{/rows}} (shown when empty), {{! comment}}, and
// {{.}} for the current row when rows are plain values. An unknown field is an error, so that a
// typing mistake in an office's own template is reported instead of printing a blank.
class TemplateEngine
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEngine)

public:
    // Parses the template; on failure the sentence names the file and the line.
    bool parse(const QString &source, const QString &fileName, QString *error);
    std::optional<QString> render(const QVariantMap &data, QString *error) const;

    // Both steps at once.
    static std::optional<QString> render(
        const QString &source, const QString &fileName, const QVariantMap &data, QString *error);
    static QString escape(const QString &text);

    struct Node
    {
        enum class Kind { Text, Field, RawField, Section, Inverted } kind = Kind::Text;
        QString text; // the text, or the field's name
        int line = 1;
        std::vector<Node> children;
    };

private:
    bool renderNodes(
        const std::vector<Node> &nodes, QList<QVariant> &stack, QString *out, QString *error) const;
    QString located(int line, const QString &detail) const;

    QString m_fileName;
    std::vector<Node> m_nodes;
    bool m_parsed = false;
};

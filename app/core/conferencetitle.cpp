#include "conferencetitle.h"

#include "models/lookups.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHash>
#include <QSqlQuery>

std::optional<ConferenceTitle::Document> ConferenceTitle::stored(
    const Store &store, const QVariant &documentId)
{
    if (documentId.isNull())
        return std::nullopt;
    auto query = store.select(QStringLiteral("SELECT d.code, t.name, d.issued_on, u.name, "
                                             "d.excerpt FROM legal_document d JOIN document_type t "
                                             "ON t.code = d.type_code LEFT JOIN unit u "
                                             "ON u.id = d.issuer_unit_id WHERE d.id = ?"),
        {documentId});
    if (!query || !query->next())
        return std::nullopt;
    return Document {query->value(0).toString(), query->value(1).toString(),
        QDate::fromString(query->value(2).toString(), Qt::ISODate), query->value(3).toString(),
        query->value(4).toString()};
}

ConferenceTitle::Document ConferenceTitle::typed(const Store &store, const QVariantMap &values)
{
    Document document;
    document.code = values.value(QStringLiteral("code")).toString().trimmed();
    document.typeName = store
                            .value(QStringLiteral("SELECT name FROM document_type WHERE code = ?"),
                                {values.value(QStringLiteral("type_code"))})
                            .toString();
    document.issuedOn
        = QDate::fromString(values.value(QStringLiteral("issued_on")).toString(), Qt::ISODate);
    const QVariant issuer = values.value(QStringLiteral("issuer_unit_id"));
    if (!issuer.isNull())
        document.issuer = Lookups::unitName(store, issuer.toLongLong());
    document.excerpt = values.value(QStringLiteral("excerpt")).toString().trimmed();
    return document;
}

QString ConferenceTitle::suggest(
    const QString &kind, const std::optional<Document> &document, const QDate &heldOn)
{
    static const QHash<QString, QString> words {
        {QStringLiteral("interim_review"), QStringLiteral("sơ kết")},
        {QStringLiteral("final_review"), QStringLiteral("tổng kết")},
        {QStringLiteral("dissemination"), QStringLiteral("quán triệt")},
        {QStringLiteral("training"), QStringLiteral("tập huấn")},
        {QStringLiteral("briefing"), QStringLiteral("giao ban")},
        {QStringLiteral("thematic"), QStringLiteral("chuyên đề")},
    };
    QString title = QStringLiteral("Hội nghị");
    if (words.contains(kind))
        title += QLatin1Char(' ') + words.value(kind);
    if (!document || document->code.isEmpty())
        return title;
    // "Quyết định, Quy định": the excerpt says which one it is.
    const QStringList alternatives = document->typeName.split(QStringLiteral(", "));
    QString type = alternatives.first();
    for (const QString &alternative : alternatives) {
        if (document->excerpt.startsWith(alternative, Qt::CaseInsensitive))
            type = alternative;
    }
    const QDate issued = document->issuedOn;
    const bool review
        = kind == QLatin1String("interim_review") || kind == QLatin1String("final_review");
    if (review && issued.isValid() && heldOn.isValid() && heldOn.year() > issued.year())
        title += QStringLiteral(" %1 năm").arg(heldOn.year() - issued.year());
    if (review || kind == QLatin1String("thematic") || kind == QLatin1String("other"))
        title += QStringLiteral(" thực hiện");
    title += QStringLiteral(" %1 số %2").arg(type, document->code);
    if (issued.isValid())
        title += QStringLiteral(" ngày ") + VietnameseText::citationDate(issued);
    if (!document->issuer.isEmpty())
        title += QStringLiteral(" của ") + document->issuer;
    return title;
}

#include "conferencetitle.h"

#include "text/vietnamesetext.h"

#include <QSqlQuery>

QString ConferenceTitle::suggest(const QSqlDatabase &db, const QString &kind,
                                 const QVariant &documentId, const QDate &heldOn)
{
    static const QHash<QString, QString> words{
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
    if (documentId.isNull())
        return title;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT d.code, t.name, d.issued_on, u.name, d.excerpt "
                                 "FROM legal_document d JOIN document_type t ON t.code = d.type_code "
                                 "LEFT JOIN unit u ON u.id = d.issuer_unit_id WHERE d.id = ?"));
    query.addBindValue(documentId);
    if (!query.exec() || !query.next())
        return title;
    const QDate issued = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    // "Quyết định, Quy định": the excerpt says which one it is.
    QString type = query.value(1).toString();
    const QStringList alternatives = type.split(QStringLiteral(", "));
    type = alternatives.first();
    for (const QString &alternative : alternatives) {
        if (query.value(4).toString().startsWith(alternative, Qt::CaseInsensitive))
            type = alternative;
    }
    const bool review = kind == QLatin1String("interim_review")
            || kind == QLatin1String("final_review");
    if (review && issued.isValid() && heldOn.isValid() && heldOn.year() > issued.year())
        title += QStringLiteral(" %1 năm").arg(heldOn.year() - issued.year());
    if (review || kind == QLatin1String("thematic") || kind == QLatin1String("other"))
        title += QStringLiteral(" thực hiện");
    title += QStringLiteral(" %1 số %2").arg(type, query.value(0).toString());
    if (issued.isValid())
        title += QStringLiteral(" ngày ") + VietnameseText::citationDate(issued);
    if (!query.value(3).isNull())
        title += QStringLiteral(" của ") + query.value(3).toString();
    return title;
}

#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

#include <optional>

class Store;

// The usual title of a conference, from its kind and the document it implements:
// "Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị".
// Document wording: always Vietnamese.
namespace ConferenceTitle {

struct Document
{
    QString code;
    QString typeName;
    QDate issuedOn;
    QString issuer;
    QString excerpt;
};
// A document of the directory, or one typed in its editor and not saved yet.
std::optional<Document> stored(const Store &store, const QVariant &documentId);
Document typed(const Store &store, const QVariantMap &values);

QString suggest(const QString &kind, const std::optional<Document> &document, const QDate &heldOn);

} // namespace ConferenceTitle

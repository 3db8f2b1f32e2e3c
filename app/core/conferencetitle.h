#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The usual title of a conference, from its kind and the document it implements:
// "Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị".
// Document wording: always Vietnamese.
namespace ConferenceTitle {
QString suggest(const QSqlDatabase &db, const QString &kind, const QVariant &documentId,
                const QDate &heldOn);
}

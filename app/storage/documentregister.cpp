#include "documentregister.h"

#include "storeerrors.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char selectEntry[] = "SELECT id, type_code, issuer_code, year, number, code, issued_on, "
                           "report_kind, excerpt, signer, status, conference_id "
                           "FROM document_register ";

DocumentRegister::Entry entryFrom(const QSqlQuery &query)
{
    DocumentRegister::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.typeCode = query.value(1).toString();
    entry.issuerCode = query.value(2).toString();
    entry.year = query.value(3).toInt();
    entry.number = query.value(4).toInt();
    entry.code = query.value(5).toString();
    entry.issuedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    entry.reportKind = query.value(7).toString();
    entry.excerpt = query.value(8).toString();
    entry.signer = query.value(9).toString();
    entry.status = query.value(10).toString();
    if (!query.value(11).isNull())
        entry.conferenceId = query.value(11).toLongLong();
    return entry;
}

} // namespace

QString DocumentRegister::code(int number, const QString &typeCode, const QString &issuerCode)
{
    return QStringLiteral("%1-%2/%3").arg(number).arg(typeCode, issuerCode);
}

std::optional<DocumentRegister::Entry> DocumentRegister::issue(const QSqlDatabase &db,
                                                               const Request &request,
                                                               QString *error)
{
    const QString typeCode = request.typeCode.trimmed();
    const QString issuerCode = request.issuerCode.trimmed();
    if (typeCode.isEmpty() || issuerCode.isEmpty()
        || !request.issuedOn.isValid()) {
        *error = tr("A number needs the document type, the issuer code and the date.");
        return std::nullopt;
    }
    const int year = request.issuedOn.year();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM document_register "
                                 "WHERE type_code = ? AND issuer_code = ? AND year = ?"));
    query.addBindValue(typeCode);
    query.addBindValue(issuerCode);
    query.addBindValue(year);
    if (!query.exec() || !query.next()) {
        *error = StoreErrors::explain(query.lastError());
        return std::nullopt;
    }
    const int number = query.value(0).toInt();
    query.prepare(QStringLiteral(
            "INSERT INTO document_register (type_code, issuer_code, year, number, code, "
            "issued_on, report_kind, excerpt, signer, conference_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(typeCode);
    query.addBindValue(issuerCode);
    query.addBindValue(year);
    query.addBindValue(number);
    query.addBindValue(code(number, typeCode, issuerCode));
    query.addBindValue(request.issuedOn.toString(Qt::ISODate));
    query.addBindValue(request.reportKind);
    query.addBindValue(request.excerpt);
    query.addBindValue(request.signer);
    query.addBindValue(request.conferenceId ? QVariant(*request.conferenceId) : QVariant());
    if (!query.exec()) {
        *error = StoreErrors::explain(query.lastError());
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit(error))
        return std::nullopt;
    return find(db, id);
}

bool DocumentRegister::cancel(const QSqlDatabase &db, qint64 id, const QString &reason,
                              QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE document_register SET status = 'cancelled', "
                                 "cancelled_reason = ? WHERE id = ? AND status = 'issued'"));
    query.addBindValue(reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed()));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = StoreErrors::explain(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("This number is not in the register or was already cancelled.");
        return false;
    }
    return true;
}

std::optional<DocumentRegister::Entry> DocumentRegister::find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QLatin1String(selectEntry) + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

std::optional<DocumentRegister::Entry> DocumentRegister::forConference(const QSqlDatabase &db,
                                                                       qint64 conferenceId,
                                                                       const QString &reportKind)
{
    QSqlQuery query(db);
    query.prepare(QLatin1String(selectEntry)
                  + QStringLiteral("WHERE conference_id = ? AND report_kind = ? "
                                   "AND status = 'issued' ORDER BY id DESC LIMIT 1"));
    query.addBindValue(conferenceId);
    query.addBindValue(reportKind);
    if (query.exec() && query.next())
        return entryFrom(query);
    return std::nullopt;
}

#include "auditlog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

QString AuditLog::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

AuditEntry AuditLog::fromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.at.setTimeSpec(Qt::UTC);
    entry.user = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.table = query.value(4).toString();
    entry.recordId = query.value(5).isNull() ? QVariant() : QVariant(query.value(5).toLongLong());
    entry.recordKey = query.value(6).toString();
    entry.recordLabel = query.value(7).toString();
    entry.parentTable = query.value(8).toString();
    entry.parentId = query.value(9).isNull() ? QVariant() : QVariant(query.value(9).toLongLong());
    entry.changes = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
    entry.hash = query.value(11).toString();
    return entry;
}

QVariantList AuditLog::bindValues(const AuditEntry &entry)
{
    return {entry.id, timestamp(entry.at), entry.user, entry.action, entry.table,
        entry.recordId.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : entry.recordId,
        nullable(entry.recordKey), entry.recordLabel, nullable(entry.parentTable),
        entry.parentId.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : entry.parentId,
        QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)), entry.hash};
}

QString AuditLog::hash(const AuditEntry &entry, const QString &previousHash)
{
    // Every stored field, in a fixed order, as the text the file holds.
    const QJsonArray fields {QString::number(entry.id), timestamp(entry.at), entry.user,
        entry.action, entry.table, entry.recordId.isNull() ? QString() : entry.recordId.toString(),
        entry.recordKey, entry.recordLabel, entry.parentTable,
        entry.parentId.isNull() ? QString() : entry.parentId.toString(),
        QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)),
        previousHash};
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList AuditLog::verify(const QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM main.audit_log ORDER BY id")
                        .arg(QLatin1String(columns)))) {
        problems << tr("The audit log cannot be read: %1").arg(query.lastError().text());
        return problems;
    }
    QString previous;
    qint64 expectedId = 0;
    qint64 lastId = 0;
    while (query.next()) {
        if (problems.size() >= 20) {
            problems << tr("… and possibly more.");
            break;
        }
        const AuditEntry entry = fromQuery(query);
        const bool gap = expectedId && entry.id != expectedId;
        if (gap)
            problems << tr(
                "Audit log: %n row(s) missing before row %1.", nullptr, int(entry.id - expectedId))
                            .arg(entry.id);
        // The changes are hashed as the program writes them: a row edited in place breaks its
        // hash, and so does stored text that is no longer exactly what the program wrote. After
        // a gap the row's predecessor is unknown: its hash cannot be checked.
        const bool textIntact = query.value(10).toString()
            == QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact));
        if (!textIntact || (!gap && entry.hash != hash(entry, previous)))
            problems << tr("Audit log: row %1 (%2, %3) was altered after it was written.")
                            .arg(entry.id)
                            .arg(timestamp(entry.at), entry.table);
        previous = entry.hash;
        expectedId = entry.id + 1;
        lastId = entry.id;
    }
    QSqlQuery seal(db);
    if (seal.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_seal WHERE id = 1"))
        && seal.next()) {
        if (seal.value(0).toLongLong() != lastId || seal.value(1).toString() != previous)
            problems << tr("Audit log: it should end with row %1, but ends with row %2; rows "
                           "were removed from its end.")
                            .arg(seal.value(0).toLongLong())
                            .arg(lastId);
    } else if (lastId > 0) {
        problems << tr("Audit log: its seal is missing.");
    }
    return problems;
}

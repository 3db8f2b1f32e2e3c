#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

// One row of the audit log: who changed which record when, and each field from what to what.
// `changes` maps a column to [old, new]; a reference also carries the names it pointed at then,
// [old, new, old name, new name], so the history reads in words after the row is gone.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString action; // insert, update, delete, restore
    QString table;
    QVariant recordId; // the row's id; null for a table keyed by text
    QString recordKey; // the key of a setting or a document type
    QString recordLabel;
    QString parentTable; // the record the row belongs to (a participant's conference)
    QVariant parentId;
    QJsonObject changes;
    QString hash;
};

// The log is append-only (the schema refuses updates and deletions) and each row's hash covers
// the row and the previous row's hash, so that a row removed or altered outside the program
// breaks the chain, and the seal (the last row's id and hash) notices a row cut from the end.
// Someone who knows this algorithm can rebuild a chain: the log shows what happened, it does not
// lock a file against its owner. Backups keep the older chains.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static constexpr const char *columns
        = "id, at, user_name, action, table_name, record_id, record_key, record_label, "
          "parent_table, parent_id, changes, hash";

    static AuditEntry fromQuery(const QSqlQuery &query);
    static QVariantList bindValues(const AuditEntry &entry);
    static QString hash(const AuditEntry &entry, const QString &previousHash);
    static QString timestamp(const QDateTime &at);

    // Every problem of the chain as a sentence; empty when the log is whole.
    static QStringList verify(const QSqlDatabase &db);
};

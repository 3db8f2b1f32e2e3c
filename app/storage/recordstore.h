#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QVariantHash>

#include <optional>

// The data rules every write obeys, whoever writes (an editor, the demo, an import): text NFC and
// trimmed, empty optional text stored as NULL, search folding and collation keys derived; and
// deletion that refuses, with a sentence, what is still in use.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    static void prepare(const QString &table, QSqlRecord &record);

    static std::optional<qint64> insert(const QSqlDatabase &db, const QString &table,
                                        const QVariantHash &values, QString *error);

    // Where a row is still referenced ("3 người, 1 hội nghị"); empty when nothing refers to it.
    // Rows that are owned (ON DELETE CASCADE) or merely pointed at (SET NULL) do not count.
    static QString usage(const QSqlDatabase &db, const QString &table, qint64 id);

    // Deletes one row unless it is in use; the sentence names what uses it.
    static bool remove(const QSqlDatabase &db, const QString &table, qint64 id,
                       const QString &shownName, QString *error);
};

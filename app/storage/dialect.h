#pragma once

#include "core/catalogue.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

class QSqlQuery;

// What the database engine said, in terms the store can explain: the kind of refusal from the
// engine's own error code, the constraint (or the columns) it names.
struct DbError
{
    enum class Kind {
        None,
        Unique,
        NotNull,
        Check,
        ForeignKey,
        AppendOnly, // a write refused by a guard of the schema (the audit log)
        Busy,
        ReadOnly,
        Denied, // the server's account may not (a GRANT or a row-level policy refused)
        Full,
        Io,
        Corrupt,
        Other
    };
    Kind kind = Kind::None;
    QString constraint; // a CHECK or unique index by name
    QStringList columns; // "table.column", for UNIQUE and NOT NULL
    QString detail; // the engine's own words, for what has no sentence of its own
};

// The engine-specific part of the store: everything that differs between SQLite (one file on an
// office PC) and a server (PostgreSQL, for a shared office) lives behind this, so that pages,
// models and reports never know which one they talk to.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The folder of this engine's migrations in the resources: one version number for both
    // engines, a script per engine for each version.
    virtual QString migrationFolder() const = 0;
    // The engine's name, for a sentence that quotes its own words.
    virtual QString engineName() const = 0;
    // A temporary table's (or view's) name as written in a statement: this connection's own.
    virtual QString temporary(const QString &name) const = 0;
    // Marks the database as being at `version` of the schema (inside the migration's write).
    virtual bool recordVersion(const QSqlDatabase &db, int version, QString *error) const = 0;

    // Starts a write transaction that queues behind other writers instead of failing half-way.
    virtual QString beginWrite() const = 0;
    // Starts a transaction that reads one moment of the whole database, whatever others commit
    // meanwhile (a copy reads every table in it); COMMIT ends it.
    virtual QString beginSnapshot() const = 0;
    // After rows were written with ids of their own (a copy): the ids the engine gives next
    // come after the largest of `table`'s `key`.
    virtual bool continueIds(
        const QSqlDatabase &db, const QString &table, const QString &key, QString *error) const = 0;
    virtual qint64 lastInsertId(const QSqlQuery &query) const = 0;
    virtual DbError classify(const QSqlError &error) const = 0;
    // Runs a whole migration script (several statements).
    virtual bool executeScript(
        const QSqlDatabase &db, const QString &script, QString *error) const = 0;
    // A consistent copy of the whole database into a new file, with the row count of every
    // table at the moment copied.
    virtual bool copyTo(const QSqlDatabase &db, const QString &target,
        QMap<QString, qint64> *counts, QString *error) const = 0;
    // A number that changes when another connection commits: lists refresh themselves when a
    // second window saves.
    virtual int dataVersion(const QSqlDatabase &db) const = 0;
    // Tells the other connections, at this write's commit, which tables it changed (the
    // server's NOTIFY); nothing on a file, whose readers see its data_version change.
    virtual bool announce(const QSqlDatabase &db, const QString &channel, const QStringList &tables,
        QString *error) const = 0;
    // Migrations make tables again: foreign keys are not enforced while they run (outside a
    // transaction), so that dropping a table never cascades to its children, and are checked
    // whole before each migration commits (a sentence per row that refers to nothing).
    virtual bool enforceForeignKeys(const QSqlDatabase &db, bool on, QString *error) const = 0;
    virtual QStringList foreignKeyProblems(const QSqlDatabase &db) const = 0;

    // What the engine itself enforces of the accounts, run when the schema is made: the server's
    // roles, grants and row-level policies; nothing on a file, which whoever opens it reads
    // whole (the program's views hide what an account may not read).
    virtual QString securityScript() const = 0;
    // The statements that make a table's full-text index, fill it, and keep it current whatever
    // program writes to the file.
    virtual QString searchIndexScript(const Catalogue::SearchIndex &index) const = 0;
    // A query of the ids of the rows whose index holds every word of `text`, each as a word or
    // the start of one; its bound values are appended. Empty when the text has no word (only
    // punctuation): then nothing matches.
    // With `columns`, the words are looked for in those of the index's columns only (a person's
    // name, not the name of their unit).
    virtual QString searchQuery(const Catalogue::SearchIndex &index, const QString &text,
        QVariantList *values, const QStringList &columns = {}) const = 0;
    // The same rows with their rank: a query of (id, score), where a lower score is a better
    // match.
    virtual QString rankedSearchQuery(const Catalogue::SearchIndex &index, const QString &text,
        QVariantList *values, const QStringList &columns = {}) const = 0;
    // "`key` is among the ids of `table`" (a temporary table a list keeps its matches in); with
    // `many`, read in the order of the sort's index rather than id by id.
    virtual QString amongIds(const QString &key, const QString &table, bool many) const = 0;
};

// The words of a search, as both engines look for them: a term is one word, or a phrase of
// several in a row; all but a quoted phrase are looked for as the start of a word too.
struct SearchTerm
{
    QStringList words; // folded: letters and digits only
    bool prefix = true;
};
QVector<SearchTerm> searchTerms(const QString &text);

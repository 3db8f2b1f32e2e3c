#include "postgresdialect.h"

#include "searchindexsql.h"

#include "serverroles.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {

// Every write takes this lock first, so that the server's writers queue one behind the other as
// a file's do: numbers from max()+1, the audit chain's head and a record's version are then read
// and written by one writer at a time, on every PC.
const char *const writeLock = "SELECT pg_advisory_xact_lock(1396920916)"; // "SCRT"

QString quotedName(const QRegularExpressionMatch &match)
{
    return match.hasMatch() ? match.captured(1) : QString();
}

// The driver's own libpq connection, for what Qt does not offer.
PGconn *libpqConnection(const QSqlDatabase &db, QString *error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        *error = PostgresDialect::tr("The PostgreSQL driver of this installation cannot be used.");
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

QString PostgresDialect::passwordVerifier(
    const QSqlDatabase &db, const QString &role, const QString &password, QString *error)
{
    PGconn *connection = libpqConnection(db, error);
    if (!connection)
        return QString();
    // Made here, as psql's \password does: the server is sent the verifier, never the password,
    // so that no statement log of the server can hold it.
    char *verifier = PQencryptPasswordConn(
        connection, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!verifier) {
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        return QString();
    }
    const QString made = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return made;
}

QString PostgresDialect::Address::shown() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

bool PostgresDialect::isAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresDialect::Address> PostgresDialect::parse(
    const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    Address address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    address.password = url.password();
    if (!url.isValid() || address.host.isEmpty() || address.database.isEmpty()
        || address.database.contains(QLatin1Char('/'))) {
        *error = tr("“%1” is not a server address. Write it as "
                    "postgresql://account@server:port/database.")
                     .arg(url.toString(QUrl::RemovePassword));
        return std::nullopt;
    }
    return address;
}

std::optional<int> PostgresDialect::open(
    const QString &connectionName, const Address &address, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("This installation cannot reach a PostgreSQL server: Qt's PostgreSQL driver "
                    "(package libqt6sql6-psql) is missing.");
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Secretariat"));
    if (!db.open()) {
        *error = tr("The server %1 cannot be reached: %2")
                     .arg(address.shown(), db.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    QSqlQuery query(db);
    // Text is exchanged as UTF-8 whatever the server's default; dates as ISO text.
    for (const char *statement : {"SET client_encoding = 'UTF8'", "SET DateStyle = 'ISO'",
             "SET TimeZone = 'UTC'", "SET client_min_messages = warning"}) {
        if (!query.exec(QLatin1String(statement))) {
            *error = query.lastError().databaseText();
            return std::nullopt;
        }
    }
    if (!query.exec(QStringLiteral("SELECT to_regproc('main.secretariat_schema_version') "
                                   "IS NOT NULL, (SELECT count(*) FROM pg_class c JOIN "
                                   "pg_namespace n ON n.oid = c.relnamespace WHERE "
                                   "n.nspname IN ('main', 'public') AND c.relkind = 'r')"))
        || !query.next()) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    const bool ours = query.value(0).toBool();
    const qint64 tables = query.value(1).toLongLong();
    query.finish();
    if (!ours) {
        if (tables > 0) {
            *error = tr("The database %1 on the server holds tables of another program, not "
                        "Secretariat's.")
                         .arg(address.shown());
            return std::nullopt;
        }
        return 0;
    }
    if (!useSchema(db, error))
        return std::nullopt;
    if (!query.exec(QStringLiteral("SELECT secretariat_schema_version()")) || !query.next()) {
        *error = query.lastError().databaseText();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool PostgresDialect::passwordMissing(const QSqlDatabase &db)
{
    // libpq's own words for it, never translated (PQconnectionNeedsPassword needs the connection
    // QPSQL has already let go).
    return db.lastError().databaseText().contains(QLatin1String(PQnoPasswordSupplied).trimmed());
}

void PostgresDialect::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool PostgresDialect::useSchema(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // Made only when missing: an account may not create in the database, not even a schema
    // that exists.
    if (!query.exec(QStringLiteral("SELECT to_regnamespace('main') IS NULL")) || !query.next()
        || (query.value(0).toBool() && !query.exec(QStringLiteral("CREATE SCHEMA main")))
        || !query.exec(QStringLiteral("SET search_path TO main"))) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

bool PostgresDialect::removeSchema(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DROP SCHEMA main CASCADE"))) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

bool PostgresDialect::recordVersion(const QSqlDatabase &db, int version, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE OR REPLACE FUNCTION secretariat_schema_version() "
                                   "RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT %1'")
                        .arg(version))) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN; ") + QLatin1String(writeLock);
}

QString PostgresDialect::beginSnapshot() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

bool PostgresDialect::continueIds(
    const QSqlDatabase &db, const QString &table, const QString &key, QString *error) const
{
    // An identity's sequence does not move when a row brings its own id. A key that is no
    // identity (an issued document's register entry) has no sequence: setval(NULL) does nothing.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), "
                                 "coalesce((SELECT max(%2) FROM main.%1), 0) + 1, false)")
                      .arg(table, key));
    query.addBindValue(QStringLiteral("main.") + table);
    query.addBindValue(key);
    if (!query.exec()) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

qint64 PostgresDialect::lastInsertId(const QSqlQuery &query) const
{
    // QPSQL asks the server for lastval(): the identity this session's insert just took.
    return query.lastInsertId().toLongLong();
}

DbError PostgresDialect::classify(const QSqlError &error) const
{
    DbError result;
    if (error.type() == QSqlError::NoError)
        return result;
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    result.detail = text;
    static const QRegularExpression constraint(QStringLiteral("constraint \"([^\"]+)\""));
    static const QRegularExpression notNull(
        QStringLiteral("column \"([^\"]+)\" of relation \"([^\"]+)\""));
    if (code == QLatin1String("23505")) {
        result.kind = DbError::Kind::Unique;
        result.constraint = quotedName(constraint.match(text));
        result.columns = m_uniqueColumns.value(result.constraint);
    } else if (code == QLatin1String("23502")) {
        result.kind = DbError::Kind::NotNull;
        const QRegularExpressionMatch match = notNull.match(text);
        if (match.hasMatch())
            result.columns << match.captured(2) + QLatin1Char('.') + match.captured(1);
    } else if (code == QLatin1String("23514")) {
        result.kind = DbError::Kind::Check;
        result.constraint = quotedName(constraint.match(text));
    } else if (code == QLatin1String("23503")) {
        result.kind = DbError::Kind::ForeignKey;
    } else if (code == QLatin1String("P0001")) {
        // A guard of the schema (RAISE EXCEPTION 'audit_log_append_only').
        result.kind = DbError::Kind::AppendOnly;
        // libpq's message starts with its severity: "ERROR:  audit_log_append_only".
        QString message = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (message.startsWith(QLatin1String("ERROR:")))
            message = message.mid(6).trimmed();
        result.constraint = message;
    } else if (code == QLatin1String("40001") || code == QLatin1String("40P01")
        || code == QLatin1String("55P03")) {
        result.kind = DbError::Kind::Busy;
    } else if (code == QLatin1String("25006")) {
        result.kind = DbError::Kind::ReadOnly;
    } else if (code == QLatin1String("42501")) {
        result.kind = DbError::Kind::Denied;
    } else if (code == QLatin1String("53100")) {
        result.kind = DbError::Kind::Full;
    } else if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P"))) {
        result.kind = DbError::Kind::Io;
    } else if (code == QLatin1String("XX001") || code == QLatin1String("XX002")) {
        result.kind = DbError::Kind::Corrupt;
    } else {
        result.kind = DbError::Kind::Other;
    }
    return result;
}

bool PostgresDialect::executeScript(
    const QSqlDatabase &db, const QString &script, QString *error) const
{
    // libpq itself, as SQLite's sqlite3_exec: QSqlQuery::exec of several statements reports
    // only how the first went, so a script failing half-way would look done.
    PGconn *connection = libpqConnection(db, error);
    if (!connection)
        return false;
    PGresult *result = PQexec(connection, script.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return ok;
}

void PostgresDialect::learnUniqueness(const QSqlDatabase &db)
{
    // The server names the index a uniqueness broke; the program knows it by its columns, as
    // SQLite names them.
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT i.relname, t.relname, a.attname FROM pg_index x "
        "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, position) "
        "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
        "WHERE x.indisunique AND n.nspname = 'main' ORDER BY i.relname, k.position"));
    m_uniqueColumns.clear();
    while (query.next())
        m_uniqueColumns[query.value(0).toString()]
            << query.value(1).toString() + QLatin1Char('.') + query.value(2).toString();
}

bool PostgresDialect::copyTo(
    const QSqlDatabase &, const QString &, QMap<QString, qint64> *, QString *error) const
{
    *error = tr("A database on a server is backed up with the server's own tools (pg_dump), "
                "or copied to a file with “secretariat copy”.");
    return false;
}

int PostgresDialect::dataVersion(const QSqlDatabase &) const
{
    // Another PC's changes arrive as notifications (LISTEN/NOTIFY, see Store), not by polling.
    return 0;
}

bool PostgresDialect::announce(
    const QSqlDatabase &db, const QString &channel, const QStringList &tables, QString *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(channel);
    query.addBindValue(tables.join(QLatin1Char(' ')));
    if (!query.exec()) {
        *error = query.lastError().databaseText();
        return false;
    }
    return true;
}

bool PostgresDialect::enforceForeignKeys(const QSqlDatabase &, bool, QString *) const
{
    // The server always enforces them; its migrations never make a table again.
    return true;
}

QStringList PostgresDialect::foreignKeyProblems(const QSqlDatabase &) const
{
    return {};
}

namespace {

// The words of a row as one text the server's parser cuts as the program does: anything but a
// letter or a digit separates ("39-CT/TW" is three words, as in SQLite's unicode61).
QString wordsOf(const QStringList &columns)
{
    QStringList parts;
    for (const QString &column : columns)
        parts << QStringLiteral("coalesce(%1, '')").arg(column);
    return QStringLiteral("to_tsvector('simple', regexp_replace(%1, '[^[:alnum:]]+', ' ', 'g'))")
        .arg(parts.join(QStringLiteral(" || ' ' || ")));
}

// The search as a text search query: every term, a phrase's words in a row, prefixes marked.
QString tsQuery(const QString &text)
{
    QStringList terms;
    for (const SearchTerm &term : searchTerms(text)) {
        QStringList words;
        for (const QString &word : term.words)
            words << QLatin1Char('\'') + word + QLatin1Char('\'');
        if (term.prefix)
            words.last() += QStringLiteral(":*");
        terms << QLatin1Char('(') + words.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
    }
    return terms.join(QStringLiteral(" & "));
}

QString matching(const Catalogue::SearchIndex &index, const QString &text, QVariantList *values,
    const QStringList &columns)
{
    const QString query = tsQuery(text);
    if (query.isEmpty())
        return QString();
    values->append(query);
    QString where = QStringLiteral("words @@ to_tsquery('simple', ?)");
    if (!columns.isEmpty()) {
        // Only those columns: the index finds the rows, their own words decide.
        values->append(query);
        where += QStringLiteral(" AND %1 @@ to_tsquery('simple', ?)").arg(wordsOf(columns));
    }
    return QStringLiteral("FROM %1 WHERE %2").arg(index.name(), where);
}

} // namespace

QString PostgresDialect::securityScript() const
{
    return ServerRoles::securityScript();
}

QString PostgresDialect::searchIndexScript(const Catalogue::SearchIndex &index) const
{
    // The triggers write the search tables as the schema's owner: an account may read them (as
    // far as its clearance allows) but not write them, and a row's text is indexed whatever
    // the writer may read. The search path is fixed, so that the writer's temporary views
    // (pg_temp is searched first) do not stand in for the tables.
    static const char *const asOwner = "SECURITY DEFINER SET search_path = main, pg_temp";
    // A table of the text of every row (its folded columns, and the folded names it refers
    // to), with its words in a column of their own under a GIN index; kept current by triggers,
    // whatever program writes.
    const QString name = index.name();
    const QStringList columns = SearchIndexSql::columns(index);
    QStringList definitions;
    for (const QString &column : columns)
        definitions << column + QStringLiteral(" text");
    const QString columnList = columns.join(QStringLiteral(", "));
    QString script
        = QStringLiteral(
            "CREATE TABLE %1 (id bigint PRIMARY KEY, %2, words tsvector GENERATED ALWAYS AS (%3) "
            "STORED);\n"
            "CREATE INDEX %1_words ON %1 USING gin (words);\n"
            "INSERT INTO %1 (id, %4) SELECT %5 FROM %6 t;\n"
            "CREATE FUNCTION %1_sync() RETURNS trigger LANGUAGE plpgsql %8 AS $$\nBEGIN\n"
            "    IF TG_OP <> 'INSERT' THEN DELETE FROM %1 WHERE id = OLD.id; END IF;\n"
            "    IF TG_OP <> 'DELETE' THEN INSERT INTO %1 (id, %4) VALUES (%7); END IF;\n"
            "    RETURN NULL;\nEND $$;\n"
            "CREATE TRIGGER %1_sync AFTER INSERT OR DELETE OR UPDATE OF %4 ON %6 "
            "FOR EACH ROW EXECUTE FUNCTION %1_sync();\n")
              .arg(name, definitions.join(QStringLiteral(", ")), wordsOf(columns), columnList,
                  SearchIndexSql::rowValues(index, QStringLiteral("t")), index.table,
                  SearchIndexSql::rowValues(index, QStringLiteral("NEW")), QLatin1String(asOwner));
    for (const auto &reference : index.references) {
        QStringList differs;
        for (const QString &column : reference.columns)
            differs << QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1").arg(column);
        script
            += QStringLiteral(
                "CREATE FUNCTION %1_%2() RETURNS trigger LANGUAGE plpgsql %8 AS $$\nBEGIN\n"
                "    UPDATE %1 SET %2 = NEW.%5 WHERE id IN (SELECT id FROM %6 WHERE %2 = NEW.id);\n"
                "    RETURN NULL;\nEND $$;\n"
                "CREATE TRIGGER %1_%2 AFTER UPDATE OF %3 ON %4 FOR EACH ROW WHEN (%7) "
                "EXECUTE FUNCTION %1_%2();\n")
                   .arg(name, reference.column, reference.columns.join(QStringLiteral(", ")),
                       reference.table, reference.columns.join(QStringLiteral(" || ' ' || NEW.")),
                       index.table, differs.join(QStringLiteral(" OR ")), QLatin1String(asOwner));
    }
    return script;
}

QString PostgresDialect::searchQuery(const Catalogue::SearchIndex &index, const QString &text,
    QVariantList *values, const QStringList &columns) const
{
    const QString from = matching(index, text, values, columns);
    return from.isEmpty() ? QString() : QStringLiteral("SELECT id ") + from;
}

QString PostgresDialect::rankedSearchQuery(const Catalogue::SearchIndex &index, const QString &text,
    QVariantList *values, const QStringList &columns) const
{
    const QString query = tsQuery(text);
    if (query.isEmpty())
        return QString();
    // A lower score is a better match, as SQLite's bm25 counts.
    values->append(query);
    const QString from = matching(index, text, values, columns);
    return QStringLiteral("SELECT id, -ts_rank(words, to_tsquery('simple', ?)) AS score ") + from;
}

QString PostgresDialect::amongIds(const QString &key, const QString &table, bool) const
{
    return QStringLiteral("%1 IN (SELECT id FROM %2)").arg(key, table);
}

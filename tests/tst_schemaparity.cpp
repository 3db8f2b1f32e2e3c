// The PostgreSQL schema (migrations/postgresql/) against the SQLite one (migrations/sqlite/), as a
// new database of each engine has them: the same tables, columns in the same order, defaults,
// named checks, unique and ordinary indexes, foreign keys and starting rows, and the same
// refusals of the checks and guards. A change made for one engine only fails here.

#include "testserver.h"

#include "core/appresources.h"
#include "core/catalogue.h"
#include "storage/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

// One database's catalogue as comparable text: per aspect ("columns", "checks" …), per table,
// the items it lists. Columns and rows are in their order; the other aspects are sets.
struct Schema
{
    QStringList tables;
    QMap<QString, QMap<QString, QStringList>> aspects;
    QStringList problems; // what could not be read
};

const QStringList orderedAspects {QStringLiteral("columns"), QStringLiteral("rows")};

// The full-text indexes are made by each dialect its own way (SQLite: FTS5 tables and their
// shadow tables, all named after the index).
bool isSearchTable(const QString &table)
{
    for (const Catalogue::SearchIndex &index : Catalogue::searchIndexes()) {
        if (table == index.name() || table.startsWith(index.name() + QLatin1Char('_')))
            return true;
    }
    return false;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// "(is_default = 1)" and "is_default = 1" are the same condition.
QString normalizedPredicate(QString predicate)
{
    predicate.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    return predicate.simplified().toLower();
}

// SQLite's type affinity of a declared type (its rules, section 3.1 of "Datatypes In SQLite").
QString sqliteClass(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QStringLiteral("text");
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return QStringLiteral("blob");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return QStringLiteral("real");
    return QStringLiteral("numeric");
}

QString postgresClass(const QString &type)
{
    if (type == QLatin1String("bigint") || type == QLatin1String("integer")
        || type == QLatin1String("smallint"))
        return QStringLiteral("integer");
    if (type == QLatin1String("text") || type.startsWith(QLatin1String("character")))
        return QStringLiteral("text");
    if (type == QLatin1String("double precision") || type == QLatin1String("real"))
        return QStringLiteral("real");
    if (type == QLatin1String("bytea"))
        return QStringLiteral("blob");
    return QStringLiteral("other (%1)").arg(type);
}

QString columnItem(const QString &name, const QString &typeClass, bool notNull, int keyPosition)
{
    QString item = name + QLatin1Char(' ') + typeClass;
    // SQLite lets a primary key that is not an INTEGER one hold NULL unless told otherwise; the
    // program never stores one, and a server's key is never NULL.
    if (notNull || keyPosition > 0)
        item += QStringLiteral(" NOT NULL");
    if (keyPosition > 0)
        item += QStringLiteral(" PRIMARY KEY %1").arg(keyPosition);
    return item;
}

// A column's default, the engine's expression of the time of the statement (`now`) in words;
// PostgreSQL's casts of a literal to its column's type ('other'::text) are left out.
QString defaultItem(const QString &column, QString expression, const QString &now)
{
    static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
    expression.replace(now, QStringLiteral("the time of the statement"));
    return column + QStringLiteral(" = ") + expression.remove(cast);
}

QString indexItem(const QString &name, const QStringList &columns, const QString &predicate)
{
    QString item = name + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) + u')';
    if (!predicate.isEmpty())
        item += QStringLiteral(" WHERE ") + normalizedPredicate(predicate);
    return item;
}

// A value as text of its column's class; the time a row was written is the clock's, not the
// schema's.
QString valueText(const QString &column, const QString &typeClass, const QVariant &value)
{
    static const QRegularExpression timestamp(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
    if (value.isNull())
        return QStringLiteral("NULL");
    if ((column == QLatin1String("created_at") || column == QLatin1String("updated_at"))
        && timestamp.match(value.toString()).hasMatch())
        return QStringLiteral("<timestamp>");
    if (typeClass.startsWith(QLatin1String("integer")))
        return QString::number(value.toLongLong());
    if (typeClass.startsWith(QLatin1String("real")))
        return QString::number(value.toDouble(), 'g', 17);
    if (typeClass.startsWith(QLatin1String("blob")))
        return QString::fromLatin1(value.toByteArray().toHex());
    return u'\'' + value.toString() + u'\'';
}

// Every row of every table, in key order. With `derive`, each row's derived columns are first
// computed as the store computes them after the newest migration (Store::rederiveAll): the
// SQLite file has been through the store, the server's script alone has not.
void readRows(const QSqlDatabase &db, Schema *schema, bool derive)
{
    for (const QString &table : std::as_const(schema->tables)) {
        QStringList key;
        QStringList classes;
        QStringList names;
        for (const QString &column :
            schema->aspects.value(QStringLiteral("columns")).value(table)) {
            const QStringList words = column.split(QLatin1Char(' '));
            names << words.at(0);
            classes << words.at(1);
            if (column.contains(QLatin1String("PRIMARY KEY")))
                key << quoted(words.at(0));
        }
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                    .arg(quoted(table),
                        key.isEmpty() ? QStringLiteral("1") : key.join(QLatin1Char(','))))) {
            schema->problems << table + QStringLiteral(": ") + query.lastError().text();
            continue;
        }
        const Catalogue::Table *described = Catalogue::table(table);
        QStringList rows;
        while (query.next()) {
            QVariantMap values;
            for (int i = 0; i < names.size(); ++i)
                values.insert(names.at(i), query.value(names.at(i)));
            if (derive && described)
                Catalogue::derive(*described, values);
            QStringList row;
            for (int i = 0; i < names.size(); ++i)
                row << names.at(i) + u'='
                        + valueText(names.at(i), classes.at(i), values.value(names.at(i)));
            rows << row.join(QStringLiteral(", "));
        }
        schema->aspects[QStringLiteral("rows")][table] = rows;
    }
}

// The definitions of a CREATE TABLE, split at its top-level commas (outside parentheses, quotes
// and comments).
QStringList tableDefinitions(const QString &sql)
{
    QStringList definitions;
    QString current;
    int depth = 0;
    for (int i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'-' && sql.mid(i, 2) == QLatin1String("--")) {
            const int end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end;
            current += u' ';
            continue;
        }
        if (c == u'\'') {
            const int end = sql.indexOf(u'\'', i + 1);
            current += sql.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c == u'(' && depth++ == 0)
            continue;
        if (c == u')' && --depth == 0)
            continue;
        if (c == u',' && depth == 1) {
            definitions << current.simplified();
            current.clear();
            continue;
        }
        if (depth >= 1)
            current += c;
    }
    if (!current.trimmed().isEmpty())
        definitions << current.simplified();
    return definitions;
}

Schema readSqlite(const QSqlDatabase &db)
{
    Schema schema;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    QMap<QString, QString> tableSql;
    while (tables.next()) {
        if (!isSearchTable(tables.value(0).toString()))
            tableSql.insert(tables.value(0).toString(), tables.value(1).toString());
    }
    schema.tables = tableSql.keys();
    static const QRegularExpression namedCheck(
        QStringLiteral("\\bCONSTRAINT\\s+(\\w+)\\s+CHECK\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tableUnique(
        QStringLiteral("^CONSTRAINT\\s+(\\w+)\\s+UNIQUE\\s*\\((.*)\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression columnUnique(
        QStringLiteral("^(\\w+)\\s.*\\bCONSTRAINT\\s+(\\w+)\\s+UNIQUE\\b(?!\\s*\\()"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partialWhere(QStringLiteral("\\sWHERE\\s(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (auto table = tableSql.cbegin(); table != tableSql.cend(); ++table) {
        const QString name = table.key();
        QSqlQuery query(db);

        QStringList columns;
        QStringList defaults;
        query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)));
        while (query.next()) {
            columns << columnItem(query.value("name").toString(),
                sqliteClass(query.value("type").toString()), query.value("notnull").toBool(),
                query.value("pk").toInt());
            if (!query.value("dflt_value").isNull())
                defaults << defaultItem(query.value("name").toString(),
                    query.value("dflt_value").toString(),
                    QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S', 'now')"));
        }
        schema.aspects[QStringLiteral("columns")][name] = columns;
        schema.aspects[QStringLiteral("defaults")][name] = defaults;

        QStringList checks;
        auto found = namedCheck.globalMatch(table.value());
        while (found.hasNext())
            checks << found.next().captured(1);
        schema.aspects[QStringLiteral("checks")][name] = checks;

        // A UNIQUE constraint's index is SQLite's own (sqlite_autoindex_…): it is named after
        // the constraint of the same columns.
        QMap<QStringList, QString> constraintNames;
        for (const QString &definition : tableDefinitions(table.value())) {
            const QRegularExpressionMatch whole = tableUnique.match(definition);
            if (whole.hasMatch()) {
                QStringList of;
                for (const QString &column : whole.captured(2).split(u','))
                    of << column.trimmed();
                constraintNames.insert(of, whole.captured(1));
                continue;
            }
            const QRegularExpressionMatch single = columnUnique.match(definition);
            if (single.hasMatch())
                constraintNames.insert({single.captured(1)}, single.captured(2));
        }
        QStringList uniques;
        QStringList indexes;
        query.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoted(name)));
        while (query.next()) {
            const QString origin = query.value("origin").toString();
            if (origin == QLatin1String("pk"))
                continue;
            QString index = query.value("name").toString();
            QStringList of;
            QSqlQuery keys(db);
            keys.exec(QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(index)));
            while (keys.next()) {
                if (keys.value("key").toInt() == 1)
                    of << (keys.value("cid").toInt() == -2 ? QStringLiteral("(expression)")
                                                           : keys.value("name").toString());
            }
            QString predicate;
            if (query.value("partial").toBool()) {
                QSqlQuery text(db);
                text.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                         "AND name = '%1'")
                              .arg(index));
                text.next();
                predicate = partialWhere.match(text.value(0).toString()).captured(1);
            }
            if (origin == QLatin1String("u"))
                index = constraintNames.value(of, QStringLiteral("(unnamed UNIQUE)"));
            (query.value("unique").toBool() ? uniques : indexes) << indexItem(index, of, predicate);
        }
        // Version 6 made team_member_once a unique index beside the constraint of that name
        // and those columns: one rule, as on the server.
        uniques.removeDuplicates();
        schema.aspects[QStringLiteral("unique")][name] = uniques;
        schema.aspects[QStringLiteral("indexes")][name] = indexes;

        QMap<int, QStringList> keys;
        query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name)));
        while (query.next()) {
            keys[query.value("id").toInt()] << query.value("from").toString()
                    + QStringLiteral(" -> ") + query.value("table").toString().remove(u'"') + u'.'
                    + query.value("to").toString() + QStringLiteral(" ON DELETE ")
                    + query.value("on_delete").toString() + QStringLiteral(" ON UPDATE ")
                    + query.value("on_update").toString();
        }
        QStringList foreignKeys;
        for (const QStringList &parts : std::as_const(keys))
            foreignKeys << parts.join(QStringLiteral(" + "));
        schema.aspects[QStringLiteral("foreign keys")][name] = foreignKeys;
    }
    readRows(db, &schema, false);
    return schema;
}

// What a query of (table, item) lists, gathered per table into an aspect.
void gather(const QSqlDatabase &db, Schema *schema, const QString &aspect, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        schema->problems << aspect + QStringLiteral(": ") + query.lastError().text();
        return;
    }
    while (query.next())
        schema->aspects[aspect][query.value(0).toString()] << query.value(1).toString();
}

Schema readPostgresql(const QSqlDatabase &db)
{
    Schema schema;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT c.relname FROM pg_class c "
                              "JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                              "ORDER BY c.relname"));
    while (query.next()) {
        if (!isSearchTable(query.value(0).toString()))
            schema.tables << query.value(0).toString();
    }
    // The tables of this schema, joined by each query as t.
    const QString ofTables = QStringLiteral(
        "JOIN pg_class t ON t.oid = %1 JOIN pg_namespace n ON n.oid = t.relnamespace "
        "AND n.nspname = current_schema() ");

    query.exec(QStringLiteral(
        "SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
        "coalesce(array_position(p.conkey, a.attnum), 0) FROM pg_attribute a %1"
        "LEFT JOIN pg_constraint p ON p.conrelid = t.oid AND p.contype = 'p' "
        "WHERE a.attnum > 0 AND NOT a.attisdropped AND t.relkind IN ('r', 'p') "
        "ORDER BY t.relname, a.attnum")
                   .arg(ofTables.arg(QStringLiteral("a.attrelid"))));
    if (query.lastError().isValid())
        schema.problems << query.lastError().text();
    while (query.next()) {
        schema.aspects[QStringLiteral("columns")][query.value(0).toString()]
            << columnItem(query.value(1).toString(), postgresClass(query.value(2).toString()),
                   query.value(3).toBool(), query.value(4).toInt());
    }

    query.exec(QStringLiteral("SELECT t.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) "
                              "FROM pg_attrdef d %1"
                              "JOIN pg_attribute a ON a.attrelid = d.adrelid "
                              "AND a.attnum = d.adnum ORDER BY 1, a.attnum")
                   .arg(ofTables.arg(QStringLiteral("d.adrelid"))));
    if (query.lastError().isValid())
        schema.problems << query.lastError().text();
    while (query.next()) {
        schema.aspects[QStringLiteral("defaults")][query.value(0).toString()]
            << defaultItem(query.value(1).toString(), query.value(2).toString(),
                   QStringLiteral("secretariat_timestamp()"));
    }
    gather(db, &schema, QStringLiteral("checks"),
        QStringLiteral("SELECT t.relname, c.conname FROM pg_constraint c %1"
                       "WHERE c.contype = 'c' ORDER BY 1, 2")
            .arg(ofTables.arg(QStringLiteral("c.conrelid"))));

    // Unique constraints are unique indexes of the constraint's name.
    query.exec(QStringLiteral(
        "SELECT t.relname, i.relname, x.indisunique, pg_get_expr(x.indpred, x.indrelid), "
        "array_agg(coalesce(a.attname::text, '(expression)') ORDER BY k.n) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid %1"
        "CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k (attnum, n) "
        "LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum "
        "WHERE NOT x.indisprimary AND k.n <= x.indnkeyatts "
        "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2")
                   .arg(ofTables.arg(QStringLiteral("x.indrelid"))));
    if (query.lastError().isValid())
        schema.problems << query.lastError().text();
    while (query.next()) {
        // QPSQL reads an array as its text, "{a,b}".
        QString of = query.value(4).toString();
        of = of.mid(1, of.size() - 2);
        QStringList columns;
        for (QString column : of.split(u','))
            columns << column.remove(u'"');
        schema.aspects[query.value(2).toBool()
                ? QStringLiteral("unique")
                : QStringLiteral("indexes")][query.value(0).toString()]
            << indexItem(query.value(1).toString(), columns, query.value(3).toString());
    }

    // The actions in SQLite's words.
    const QString action = QStringLiteral(
        "CASE %1 WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' "
        "WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END");
    gather(db, &schema, QStringLiteral("foreign keys"),
        QStringLiteral(
            "SELECT t.relname, string_agg(a.attname || ' -> ' || r.relname || '.' || ra.attname "
            "|| ' ON DELETE ' || %2 || ' ON UPDATE ' || %3, ' + ' ORDER BY k.n) "
            "FROM pg_constraint c %1"
            "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k (col, ref, n) "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
            "JOIN pg_class r ON r.oid = c.confrelid "
            "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.ref "
            "WHERE c.contype = 'f' GROUP BY t.relname, c.oid ORDER BY 1")
            .arg(ofTables.arg(QStringLiteral("c.conrelid")),
                action.arg(QStringLiteral("c.confdeltype")),
                action.arg(QStringLiteral("c.confupdtype"))));
    readRows(db, &schema, true);
    return schema;
}

// Every difference, in words that name the table and what differs.
QStringList differences(const Schema &sqlite, const Schema &server)
{
    QStringList found;
    for (const QString &problem : sqlite.problems)
        found << QStringLiteral("SQLite could not be read: ") + problem;
    for (const QString &problem : server.problems)
        found << QStringLiteral("PostgreSQL could not be read: ") + problem;
    for (const QString &table : sqlite.tables) {
        if (!server.tables.contains(table))
            found << QStringLiteral("table %1 only on SQLite").arg(table);
    }
    for (const QString &table : server.tables) {
        if (!sqlite.tables.contains(table))
            found << QStringLiteral("table %1 only on PostgreSQL").arg(table);
    }
    QStringList aspects = sqlite.aspects.keys() + server.aspects.keys();
    aspects.removeDuplicates();
    for (const QString &aspect : std::as_const(aspects)) {
        for (const QString &table : sqlite.tables) {
            if (!server.tables.contains(table))
                continue;
            const QStringList a = sqlite.aspects.value(aspect).value(table);
            const QStringList b = server.aspects.value(aspect).value(table);
            if (orderedAspects.contains(aspect)) {
                for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
                    if (a.value(i) != b.value(i))
                        found << QStringLiteral("%1 of %2, #%3: SQLite “%4”, PostgreSQL “%5”")
                                     .arg(aspect, table)
                                     .arg(i + 1)
                                     .arg(a.value(i, QStringLiteral("(none)")),
                                         b.value(i, QStringLiteral("(none)")));
                }
                continue;
            }
            for (const QString &item : a) {
                if (!b.contains(item))
                    found
                        << QStringLiteral("%1 of %2: “%3” only on SQLite").arg(aspect, table, item);
            }
            for (const QString &item : b) {
                if (!a.contains(item))
                    found << QStringLiteral("%1 of %2: “%3” only on PostgreSQL")
                                 .arg(aspect, table, item);
            }
        }
    }
    return found;
}

QString postgresqlScript()
{
    AppResources::ensureLoaded();
    QFile file(QStringLiteral(":/migrations/postgresql/0009_schema.sql"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestSchemaParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sameSchema();
    void sameVersion();
    void differencesAreFound_data();
    void differencesAreFound();
    void sameRefusals_data();
    void sameRefusals();
    void truncateIsRefused();
    void scriptIsOneTransaction();

private:
    QSqlDatabase sqlite() const { return QSqlDatabase::database(QStringLiteral("sqlite")); }
    QSqlDatabase server() const { return QSqlDatabase::database(QStringLiteral("server")); }

    QTemporaryDir m_dir;
};

void TestSchemaParity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(path, Store::OpenMode::CreateNew, &error), qPrintable(error));
    }
    QSqlDatabase file
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sqlite"));
    file.setDatabaseName(path);
    QVERIFY2(file.open(), qPrintable(file.lastError().text()));

    const QString url = TestSupport::newServerDatabase();
    QVERIFY2(!url.isEmpty(), "no PostgreSQL test server (run through ctest, or see testserver.h)");
    QSqlDatabase db = TestSupport::serverConnection(url, QStringLiteral("server"));
    QVERIFY(db.isOpen());
    const QString script = postgresqlScript();
    QVERIFY(!script.isEmpty());
    // The whole script in one exec. QPSQL tells only how its first statement went: the
    // version function, made last, tells that every statement ran.
    QSqlQuery query(db);
    QVERIFY2(query.exec(script), qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral("SELECT secretariat_schema_version()")),
        qPrintable(query.lastError().text()));
}

void TestSchemaParity::cleanupTestCase()
{
    for (const char *name : {"sqlite", "server"}) {
        QSqlDatabase::database(QLatin1String(name), false).close();
        QSqlDatabase::removeDatabase(QLatin1String(name));
    }
}

void TestSchemaParity::sameSchema()
{
    const Schema file = readSqlite(sqlite());
    const Schema db = readPostgresql(server());
    // The comparison has something to compare: every table of the program's catalogue.
    for (const Catalogue::Table &table : Catalogue::tables())
        QVERIFY2(file.tables.contains(table.name), qPrintable(table.name));
    QVERIFY(
        file.aspects.value(QStringLiteral("rows")).value(QStringLiteral("certificate_field")).size()
        > 100);
    const QStringList found = differences(file, db);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestSchemaParity::sameVersion()
{
    QSqlQuery file(sqlite());
    QVERIFY(file.exec(QStringLiteral("PRAGMA user_version")) && file.next());
    QSqlQuery db(server());
    QVERIFY(db.exec(QStringLiteral("SELECT secretariat_schema_version()")) && db.next());
    QCOMPARE(file.value(0).toInt(), Store::schemaVersion);
    QCOMPARE(db.value(0).toInt(), Store::schemaVersion);
}

void TestSchemaParity::differencesAreFound_data()
{
    QTest::addColumn<bool>("onServer");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reported");
    QTest::newRow("column dropped") << true << "ALTER TABLE person DROP COLUMN phone"
                                    << "columns of person";
    QTest::newRow("column type") << true << "ALTER TABLE statistic ALTER COLUMN value TYPE text"
                                 << "value real NOT NULL";
    QTest::newRow("default changed")
        << true << "ALTER TABLE conference ALTER COLUMN status SET DEFAULT 'held'"
        << "defaults of conference: “status = 'planned'” only on SQLite";
    QTest::newRow("index added") << false << "CREATE INDEX unit_note ON unit (note)"
                                 << "“unit_note (note)” only on SQLite";
    QTest::newRow("check dropped") << true << "ALTER TABLE unit DROP CONSTRAINT unit_kind"
                                   << "checks of unit: “unit_kind” only on SQLite";
    QTest::newRow("no longer partial")
        << true
        << "DROP INDEX issuing_body_unit_once; "
           "CREATE UNIQUE INDEX issuing_body_unit_once ON issuing_body (unit_id)"
        << "“issuing_body_unit_once (unit_id)” only on PostgreSQL";
    QTest::newRow("other action")
        << true
        << "ALTER TABLE finding DROP CONSTRAINT finding_topic_id_fkey, ADD FOREIGN KEY "
           "(topic_id) REFERENCES inspection_topic (id) ON DELETE CASCADE"
        << "topic_id -> inspection_topic.id ON DELETE CASCADE";
    QTest::newRow("seed row changed")
        << true << "UPDATE document_type SET name = 'Nghị quyết mới' WHERE code = 'NQ'"
        << "rows of document_type, #";
    QTest::newRow("seed row added")
        << false << "INSERT INTO setting (key, value) VALUES ('extra', '1')"
        << "rows of setting";
}

// Each change, made in a transaction that is then rolled back, is reported.
void TestSchemaParity::differencesAreFound()
{
    QFETCH(bool, onServer);
    QFETCH(QString, change);
    QFETCH(QString, reported);
    QSqlDatabase changed = onServer ? server() : sqlite();
    QVERIFY(changed.transaction());
    const auto rollback = qScopeGuard([&] { changed.rollback(); });
    for (const QString &statement : change.split(QStringLiteral("; "))) {
        QSqlQuery query(changed);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    const QStringList found = differences(readSqlite(sqlite()), readPostgresql(server()));
    QVERIFY2(found.join(u'\n').contains(reported), qPrintable(found.join(u'\n')));
}

void TestSchemaParity::sameRefusals_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    const QString unit = QStringLiteral("INSERT INTO unit (id, name) VALUES (1000, 'Đơn vị')");
    const QString decided = unit
        + QStringLiteral("; INSERT INTO commendation (id, form_id, kind, reason, status, "
                         "decided_on) VALUES (1000, 1, 'one_off', 'Lý do', 'decided', "
                         "'2026-01-05')");
    const QString recipient = QStringLiteral(
        "INSERT INTO commendation_recipient (id, commendation_id, recipient_kind, unit_id, name) "
        "VALUES (1000, 1000, 'collective', 1000, 'Đơn vị')");
    QTest::newRow("leap day") << QString()
                              << "INSERT INTO unit (name, valid_from) VALUES ('A', '2024-02-29')"
                              << QString();
    QTest::newRow("no such day") << QString()
                                 << "INSERT INTO unit (name, valid_from) VALUES ('A', '2023-02-29')"
                                 << "unit_valid_from_date";
    QTest::newRow("no such month")
        << QString() << "INSERT INTO unit (name, valid_to) VALUES ('A', '2023-13-01')"
        << "unit_valid_to_date";
    QTest::newRow("not ISO") << QString()
                             << "INSERT INTO unit (name, valid_to) VALUES ('A', '1/2/2023')"
                             << "unit_valid_to_date";
    QTest::newRow("order") << QString()
                           << "INSERT INTO unit (name, valid_from, valid_to) "
                              "VALUES ('A', '2024-01-02', '2024-01-01')"
                           << "unit_validity_order";
    QTest::newRow("hour 24") << QString()
                             << "INSERT INTO conference (kind, title, starts_at) "
                                "VALUES ('other', 'T', '24:30')"
                             << QString();
    QTest::newRow("hour 25") << QString()
                             << "INSERT INTO conference (kind, title, starts_at) "
                                "VALUES ('other', 'T', '25:00')"
                             << "conference_starts_at_time";
    QTest::newRow("year of the number")
        << QString()
        << "INSERT INTO document_register (type_code, issuer_code, series, year, number, code, "
           "issued_on) VALUES ('NQ', 'TU', 's', 2025, 1, '1-NQ/TU', '2026-01-05')"
        << "document_register_year_matches";
    QTest::newRow("one owner") << QString() << "INSERT INTO attachment (file_name) VALUES ('a.pdf')"
                               << "attachment_one_owner";
    QTest::newRow("audit log changed")
        << "INSERT INTO audit_log (id, at, action, table_name) VALUES (1000, 'x', 'insert', 'unit')"
        << "UPDATE audit_log SET hash = 'x' WHERE id = 1000"
        << "audit_log_append_only";
    QTest::newRow("audit log cut")
        << "INSERT INTO audit_log (id, at, action, table_name) VALUES (1000, 'x', 'insert', 'unit')"
        << "DELETE FROM audit_log WHERE id = 1000"
        << "audit_log_append_only";
    QTest::newRow("decided list grows") << decided << recipient << "commendation_decided_frozen";
    QTest::newRow("decision changed")
        << decided << "UPDATE commendation SET reason = 'Khác' WHERE id = 1000"
        << "commendation_decided_frozen";
    QTest::newRow("decision's note")
        << decided << "UPDATE commendation SET note = 'Ghi chú' WHERE id = 1000" << QString();
    // A list made while proposed, then decided.
    const QString listDecided = unit
        + QStringLiteral("; INSERT INTO commendation (id, form_id, kind, reason) "
                         "VALUES (1000, 1, 'one_off', 'Lý do'); ")
        + recipient
        + QStringLiteral("; UPDATE commendation SET status = 'decided', "
                         "decided_on = '2026-01-05' WHERE id = 1000");
    QTest::newRow("decided list's row changed")
        << listDecided << "UPDATE commendation_recipient SET name = 'Khác' WHERE id = 1000"
        << "commendation_decided_frozen";
    QTest::newRow("decided list's row removed")
        << listDecided << "DELETE FROM commendation_recipient WHERE id = 1000"
        << "commendation_decided_frozen";
    QTest::newRow("badge number given")
        << listDecided << "UPDATE commendation_recipient SET badge_number = '1' WHERE id = 1000"
        << QString();
    const QString remedyEvent = unit
        + QStringLiteral(
            "; INSERT INTO inspection_team (id, name) VALUES (1000, 'Đoàn'); "
            "INSERT INTO inspection_target (id, team_id, unit_id) VALUES (1000, 1000, 1000); "
            "INSERT INTO recommendation (id, target_id, content, responsible_unit_id, deadline) "
            "VALUES (1000, 1000, 'Khắc phục', 1000, '2026-03-01'); "
            "INSERT INTO remedy_event (id, recommendation_id, kind, occurred_on, status_after) "
            "VALUES (1000, 1000, 'report', '2026-02-01', 'in_progress')");
    QTest::newRow("remedy event changed")
        << remedyEvent << "UPDATE remedy_event SET content = 'Khác' WHERE id = 1000"
        << "remedy_event_frozen";
    QTest::newRow("remedy event removed")
        << remedyEvent << "DELETE FROM remedy_event WHERE id = 1000"
        << "remedy_event_frozen";
    const QString issued = QStringLiteral(
        "INSERT INTO document_register (id, type_code, issuer_code, series, year, number, code, "
        "issued_on) VALUES (1000, 'NQ', 'TU', 's', 2026, 1, '1-NQ/TU', '2026-01-05'); "
        "INSERT INTO issued_document (register_id, content, sha256) VALUES (1000, 'PDF', '%1')")
                               .arg(QString(64, u'a'));
    QTest::newRow("issued document changed")
        << issued << "UPDATE issued_document SET issued_by = 'Khác' WHERE register_id = 1000"
        << "issued_document_frozen";
    QTest::newRow("issued document removed")
        << issued << "DELETE FROM issued_document WHERE register_id = 1000"
        << "issued_document_frozen";
    QTest::newRow("short digest")
        << QString()
        << "INSERT INTO issued_document (register_id, content, sha256) VALUES (1, 'PDF', 'ab')"
        << "issued_document_sha256";
}

// The checks and the guards the triggers keep, translated: each engine accepts what the other
// accepts and refuses the rest under the same name.
void TestSchemaParity::sameRefusals()
{
    QFETCH(QString, setup);
    QFETCH(QString, statement);
    QFETCH(QString, refusal);
    for (QSqlDatabase db : {sqlite(), server()}) {
        const QString engine = db.driverName();
        QVERIFY(db.transaction());
        const auto rollback = qScopeGuard([&] { db.rollback(); });
        QSqlQuery query(db);
        for (const QString &step : setup.split(QStringLiteral("; "), Qt::SkipEmptyParts))
            QVERIFY2(query.exec(step), qPrintable(engine + u' ' + query.lastError().text()));
        const bool accepted = query.exec(statement);
        const QString error = query.lastError().databaseText();
        if (refusal.isEmpty())
            QVERIFY2(accepted, qPrintable(engine + u' ' + error));
        else
            QVERIFY2(!accepted && error.contains(refusal), qPrintable(engine + u' ' + error));
    }
}

// SQLite has no TRUNCATE; on the server it skips row triggers, so it is refused on its own.
void TestSchemaParity::truncateIsRefused()
{
    const std::pair<const char *, const char *> guarded[] = {
        {"audit_log", "audit_log_append_only"},
        {"issued_document", "issued_document_frozen"},
        {"remedy_event", "remedy_event_frozen"},
    };
    for (const auto &[table, refusal] : guarded) {
        QSqlDatabase db = server();
        QVERIFY(db.transaction());
        const auto rollback = qScopeGuard([&] { db.rollback(); });
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE %1 CASCADE").arg(QLatin1String(table))));
        QVERIFY2(query.lastError().databaseText().contains(QLatin1String(refusal)),
            qPrintable(query.lastError().databaseText()));
    }
}

// The script is one transaction: a statement that fails leaves nothing of those before it.
// (QPSQL's exec reports only the first statement's outcome, so this reads what is left.)
void TestSchemaParity::scriptIsOneTransaction()
{
    const QString url = TestSupport::newServerDatabase();
    QVERIFY(!url.isEmpty());
    {
        QSqlDatabase db = TestSupport::serverConnection(url, QStringLiteral("broken"));
        QSqlQuery query(db);
        query.exec(postgresqlScript() + QStringLiteral("\nSELECT no_such_column;"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                                          "ON n.oid = c.relnamespace "
                                          "WHERE n.nspname = current_schema()")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("broken"));
}

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schemaparity.moc"

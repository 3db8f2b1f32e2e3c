#include "serverroles.h"

#include "postgresdialect.h"
#include "store.h"

#include <QSqlQuery>

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// The clearances as an SQL array, lowest first.
QString clearanceArray()
{
    QStringList codes;
    for (const QString &code : Access::clearances())
        codes << QLatin1Char('\'') + code + QLatin1Char('\'');
    return QStringLiteral("ARRAY[%1]::text[]").arg(codes.join(QStringLiteral(", ")));
}

// One statement of the script's DO block for the group role of `role` (its name in `g`).
QString forGroup(const QString &statement)
{
    return QStringLiteral("    EXECUTE format('%1', g);\n").arg(statement);
}

// The tables a role changes: what the catalogue says each table is written with; and the
// records' own tables to a role that numbers or approves them (an issued decision's number, an
// approval's name and date are written into the record under that action).
QStringList changedTables(Access::Role role)
{
    const bool updatesRecords = Access::allows(role, Access::Action::Issue)
        || Access::allows(role, Access::Action::Approve);
    QStringList statements;
    QStringList written;
    QStringList updated;
    for (const Catalogue::Table &table : Catalogue::tables()) {
        if (Access::allows(role, table.writtenWith))
            written << QStringLiteral("main.") + table.name;
        else if (updatesRecords && table.writtenWith == Access::Action::Edit)
            updated << QStringLiteral("main.") + table.name;
    }
    if (!written.isEmpty())
        statements << forGroup(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %I")
                                   .arg(written.join(QStringLiteral(", "))));
    if (!updated.isEmpty())
        statements << forGroup(
            QStringLiteral("GRANT UPDATE ON %1 TO %I").arg(updated.join(QStringLiteral(", "))));
    return statements;
}

// Runs one statement of role DDL built by the server from bound values (format's %I and %L
// quote them: DDL takes no parameters of its own).
bool runRoleStatement(Store &store, const QString &pattern, const QVariantList &values,
    const QString &name, QString *error)
{
    QString problem;
    const QString statement = store.value(pattern, values, &problem).toString();
    QSqlQuery query(store.connection());
    if (statement.isEmpty() || !query.exec(statement)) {
        if (error) {
            if (statement.isEmpty())
                *error = problem;
            else if (query.lastError().nativeErrorCode() == QLatin1String("42710"))
                *error = ServerRoles::tr("The server already has a role named “%1” (perhaps "
                                         "another database's account): choose another name.")
                             .arg(name);
            else
                *error = store.explain(query.lastError());
        }
        return false;
    }
    return true;
}

// Whether the session may make and change roles; a sentence when not.
bool mayManageRoles(Store &store, QString *error)
{
    if (store
            .value(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_catalog.pg_roles "
                                  "WHERE rolname = current_user"))
            .toBool())
        return true;
    if (error)
        *error = ServerRoles::tr("On a server, only an account allowed to make roles (an "
                                 "administrator's, or the database's owner) adds, resets and "
                                 "disables accounts: “%1” may not.")
                     .arg(store.userName());
    return false;
}

QString groupOf(Access::Role role)
{
    return QStringLiteral("current_database() || '_%1'").arg(Access::code(role));
}

} // namespace

QStringList ServerRoles::rowConditions(const Catalogue::Table &table, const QString &secrecyTest,
    const QString &membersTest, const QString &schema)
{
    QStringList conditions;
    if (table.column(QStringLiteral("secrecy")))
        conditions << secrecyTest;
    for (const Catalogue::Column &column : table.columns) {
        if (column.type != Catalogue::Type::Reference || column.references == table.name
            || !Catalogue::isSecrecyBound(column.references))
            continue;
        conditions << QStringLiteral("(%1 IS NULL OR %1 IN (SELECT %2 FROM %3%4))")
                          .arg(quoted(column.name),
                              quoted(Catalogue::table(column.references)->key), schema,
                              quoted(column.references));
    }
    // A violation that names a Party member is read from Mật up, whatever the inspection's own
    // secrecy.
    if (table.name == QLatin1String("finding") && !membersTest.isEmpty())
        conditions << QStringLiteral("(subject_kind <> 'member' OR %1)").arg(membersTest);
    return conditions;
}

QString ServerRoles::groupRole(const QString &database, Access::Role role)
{
    return database + QLatin1Char('_') + Access::code(role);
}

QString ServerRoles::securityScript()
{
    // Who sees everything: the schema's owner (the administrator who made it) and whoever is a
    // member of it, superusers included. The functions run as the owner, who reads app_user
    // whole; session_user is still the one who connected.
    QString script = QStringLiteral(
        "CREATE FUNCTION main.secretariat_sees_all() RETURNS boolean LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = main, pg_temp AS $$\n"
        "    SELECT pg_catalog.pg_has_role(session_user, (SELECT nspowner FROM "
        "pg_catalog.pg_namespace WHERE nspname = 'main'), 'MEMBER')\n$$;\n"
        "CREATE FUNCTION main.secretariat_accounts() RETURNS bigint LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = main, pg_temp AS $$\n"
        "    SELECT count(*) FROM app_user\n$$;\n"
        "CREATE FUNCTION main.secretariat_readable() RETURNS text[] LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = main, pg_temp AS $$\n"
        "    SELECT CASE WHEN secretariat_sees_all() THEN %1 ELSE coalesce((SELECT "
        "(%1)[1:array_position(%1, CAST(clearance AS text))] FROM app_user WHERE name = "
        "CAST(session_user AS text) AND disabled = 0), '{}') END\n$$;\n")
                         .arg(clearanceArray());

    // The group roles: made once per database name, and given again what this schema grants.
    QStringList codes;
    for (Access::Role role : Access::roles())
        codes << QLatin1Char('\'') + Access::code(role) + QLatin1Char('\'');
    script += QStringLiteral(
        "DO $$\nDECLARE\n    g text;\nBEGIN\n"
        "    FOREACH g IN ARRAY ARRAY[%1] LOOP\n"
        "        g := current_database() || '_' || g;\n"
        "        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = g) THEN\n"
        "            EXECUTE format('CREATE ROLE %I NOLOGIN', g);\n"
        "        END IF;\n"
        "    END LOOP;\n"
        "    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());\n")
                  .arg(codes.join(QStringLiteral(", ")));
    for (Access::Role role : Access::roles()) {
        script += QStringLiteral("    g := %1;\n").arg(groupOf(role));
        script += QStringLiteral("    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO "
                                 "%I', current_database(), g);\n");
        script += forGroup(QStringLiteral("GRANT USAGE ON SCHEMA main TO %I"));
        script += forGroup(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA main TO %I"));
        // lastval() after an insert reads the identity's sequence.
        script += forGroup(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA main "
                                          "TO %I"));
        // Every account logs what it does (and what it was refused); the seal follows the log.
        script += forGroup(QStringLiteral("GRANT INSERT ON main.audit_log TO %I"));
        script += forGroup(QStringLiteral("GRANT INSERT, UPDATE ON main.audit_seal TO %I"));
        script += changedTables(role).join(QString());
    }
    // An account reads its own row; whoever manages accounts reads them all.
    script += QStringLiteral(
        "    EXECUTE format('CREATE POLICY app_user_visible ON main.app_user USING (name = "
        "CAST(session_user AS text) OR main.secretariat_sees_all() OR pg_catalog.pg_has_role("
        "session_user, %L, ''MEMBER''))', %1);\n"
        "END $$;\n"
        "ALTER TABLE main.app_user ENABLE ROW LEVEL SECURITY;\n")
                  .arg(groupOf(Access::Role::Admin));

    // Clearance: a bound table's row is seen (and written) only within the session account's,
    // as the program's views say; the owner is not bound by the policies.
    const QString readable = QStringLiteral("main.secretariat_readable()");
    for (const Catalogue::Table &table : Catalogue::tables()) {
        if (!Catalogue::isSecrecyBound(table.name))
            continue;
        script += QStringLiteral("ALTER TABLE main.%1 ENABLE ROW LEVEL SECURITY;\n"
                                 "CREATE POLICY %1_clearance ON main.%1 USING (%2);\n")
                      .arg(table.name,
                          rowConditions(table, QStringLiteral("secrecy = ANY (%1)").arg(readable),
                              QStringLiteral("cardinality(%1) >= 2").arg(readable),
                              QStringLiteral("main."))
                              .join(QStringLiteral(" AND ")));
        // Its search table holds its folded text: a row of it is seen with the row it indexes.
        if (const Catalogue::SearchIndex *index = Catalogue::searchIndex(table.name))
            script += QStringLiteral("ALTER TABLE main.%1 ENABLE ROW LEVEL SECURITY;\n"
                                     "CREATE POLICY %1_clearance ON main.%1 USING (id IN "
                                     "(SELECT %2 FROM main.%3));\n")
                          .arg(index->name(), quoted(table.key), table.name);
    }

    // The log's author is the session's role, whatever the client wrote; the owner's rows keep
    // theirs, so that a file's log copied to the server keeps its authors (and its chain).
    script += QStringLiteral(
        "CREATE FUNCTION main.audit_log_author() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "    IF NOT main.secretariat_sees_all() THEN\n"
        "        NEW.user_name := CAST(session_user AS text);\n"
        "    END IF;\n"
        "    RETURN NEW;\n"
        "END $$;\n"
        "CREATE TRIGGER audit_log_author BEFORE INSERT ON main.audit_log FOR EACH ROW "
        "EXECUTE FUNCTION main.audit_log_author();\n");
    return script;
}

namespace {

// The password as the server keeps it (a SCRAM verifier), made only for whoever may manage
// roles; empty, with the sentence, otherwise.
QString verifierFor(Store &store, const QString &name, const QString &password, QString *error)
{
    if (!mayManageRoles(store, error))
        return QString();
    QString problem;
    const QString verifier
        = PostgresDialect::passwordVerifier(store.connection(), name, password, &problem);
    if (verifier.isEmpty() && error)
        *error = problem;
    return verifier;
}

} // namespace

bool ServerRoles::createLogin(
    Store &store, const QString &name, const QString &password, Access::Role role, QString *error)
{
    const QString verifier = verifierFor(store, name, password, error);
    if (verifier.isEmpty())
        return false;
    // An administrator's account makes and changes the others' roles.
    const QString attributes = role == Access::Role::Admin ? QStringLiteral("LOGIN CREATEROLE")
                                                           : QStringLiteral("LOGIN");
    return runRoleStatement(store,
        QStringLiteral("SELECT format('CREATE ROLE %I %1 PASSWORD %L IN ROLE %I', "
                       "CAST(? AS text), CAST(? AS text), %2)")
            .arg(attributes, groupOf(role)),
        {name, verifier}, name, error);
}

bool ServerRoles::setPassword(
    Store &store, const QString &name, const QString &password, QString *error)
{
    const QString verifier = verifierFor(store, name, password, error);
    if (verifier.isEmpty())
        return false;
    return runRoleStatement(store,
        QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', CAST(? AS text), "
                       "CAST(? AS text))"),
        {name, verifier}, name, error);
}

bool ServerRoles::setLogin(Store &store, const QString &name, bool may, QString *error)
{
    return mayManageRoles(store, error)
        && runRoleStatement(store,
            QStringLiteral("SELECT format('ALTER ROLE %I %1', CAST(? AS text))")
                .arg(may ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")),
            {name}, name, error);
}

bool ServerRoles::setRole(
    Store &store, const QString &name, Access::Role from, Access::Role to, QString *error)
{
    if (from == to)
        return true;
    return mayManageRoles(store, error)
        && runRoleStatement(store,
            QStringLiteral("SELECT format('REVOKE %I FROM %I', %1, CAST(? AS text))")
                .arg(groupOf(from)),
            {name}, name, error)
        && runRoleStatement(store,
            QStringLiteral("SELECT format('GRANT %I TO %I', %1, CAST(? AS text))").arg(groupOf(to)),
            {name}, name, error)
        && runRoleStatement(store,
            QStringLiteral("SELECT format('ALTER ROLE %I %1', CAST(? AS text))")
                .arg(to == Access::Role::Admin ? QStringLiteral("CREATEROLE")
                                               : QStringLiteral("NOCREATEROLE")),
            {name}, name, error);
}

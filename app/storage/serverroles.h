#pragma once

#include "core/access.h"
#include "core/catalogue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;

// What the server itself enforces, whatever program connects (psql, a spreadsheet's ODBC): an
// account is a PostgreSQL role (LOGIN, its password checked by the server), a member of one group
// role per Access role whose GRANTs allow what that role may change; clearance is row-level
// security on the secrecy-bound tables and their search tables; the audit log's author is the
// session's role. The group roles are named after the database ("secretariat_viewer" for the
// database secretariat): roles are the whole server's, and a server may hold several databases.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // The conditions (joined by AND) under which a row of `table` is within the clearance, as the
    // program's temporary views and the server's policies both say it: its secrecy passes
    // `secrecyTest`, every bound row it refers to is itself visible in `schema` (empty: through
    // the connection's views), and a violation that names a Party member is read only when
    // `membersTest` holds (empty: always).
    static QStringList rowConditions(const Catalogue::Table &table, const QString &secrecyTest,
        const QString &membersTest, const QString &schema);

    // The statements, run by the schema's owner when it makes the schema, that make the group
    // roles, their grants, the clearance's policies and the audit log's author trigger.
    static QString securityScript();

    // The group role of an Access role in `database`.
    static QString groupRole(const QString &database, Access::Role role);

    // The account's role on the server, inside the caller's write (so that a refused insert of
    // its app_user row takes the role back): made, given a new password, allowed or refused to
    // log in, moved to another group. The password reaches the server only as a SCRAM verifier
    // made here, never as itself.
    static bool createLogin(Store &store, const QString &name, const QString &password,
        Access::Role role, QString *error);
    static bool setPassword(
        Store &store, const QString &name, const QString &password, QString *error);
    static bool setLogin(Store &store, const QString &name, bool may, QString *error);
    static bool setRole(
        Store &store, const QString &name, Access::Role from, Access::Role to, QString *error);
};

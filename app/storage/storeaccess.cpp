// The store's half that decides who may see and do what (declared in store.h).

#include "store.h"

#include "auditlog.h"
#include "passwords.h"
#include "serverroles.h"
#include "core/catalogue.h"
#include "core/labels.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString listOf(const QStringList &codes)
{
    QStringList quotedCodes;
    for (const QString &code : codes)
        quotedCodes << QLatin1Char('\'') + code + QLatin1Char('\'');
    return quotedCodes.join(QLatin1Char(','));
}

// Five wrong passwords in a row, then a wait before each next try: 30 s, doubling to 15 min.
constexpr int freeTries = 5;
int waitAfter(int failures)
{
    if (failures < freeTries)
        return 0;
    return std::min(900, 30 << std::min(failures - freeTries, 5));
}

} // namespace

QStringList Store::readableSecrecy() const
{
    if (!m_accountsEnabled)
        return Access::clearances();
    return m_account ? Access::readable(m_account->clearance) : QStringList();
}

bool Store::allows(Access::Action action, QString *why) const
{
    if (!m_accountsEnabled)
        return true;
    if (!m_account) {
        if (why)
            *why = tr("Log in first.");
        return false;
    }
    if (Access::allows(m_account->role, action))
        return true;
    if (why)
        *why = tr("The account “%1” (%2) may not %3.")
                   .arg(m_account->name, Access::label(m_account->role), Access::label(action));
    return false;
}

bool Store::demand(Access::Action action, QString *error)
{
    QString why;
    if (allows(action, &why))
        return true;
    refuse(why, {{QStringLiteral("action"), Access::code(action)}});
    if (error)
        *error = why;
    return false;
}

void Store::refuse(const QString &what, const QVariantMap &details)
{
    m_refusals.append({what, details});
    if (m_depth == 0)
        flushRefusals();
}

void Store::flushRefusals()
{
    if (m_depth > 0 || m_refusals.isEmpty() || m_readOnly || !isOpen())
        return;
    const auto refusals = std::exchange(m_refusals, {});
    for (const auto &[what, details] : refusals) {
        QString ignored;
        logEvent(QStringLiteral("refused"), what, details, &ignored);
    }
}

bool Store::isVisible(const QString &table, const QVariant &key) const
{
    const Catalogue::Table *described = Catalogue::table(table);
    if (!m_accountsEnabled || !described || !Catalogue::isSecrecyBound(table))
        return true;
    return !value(
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(described->key)),
        {key})
                .isNull();
}

bool Store::mayWrite(const QString &table, const QVariantMap &row, QString *error)
{
    if (!m_accountsEnabled)
        return true;
    const Catalogue::Table *described = Catalogue::table(table);
    if (m_declaredActions == 0 && !demand(described->writtenWith, error))
        return false;
    const QString secrecy = row.value(QStringLiteral("secrecy")).toString();
    if (!secrecy.isEmpty() && !readableSecrecy().contains(secrecy)) {
        const QString why = tr("The account “%1” may not mark a record %2: it reads up to %3.")
                                .arg(userName(), Labels::label(Labels::Enum::Secrecy, secrecy),
                                    Labels::label(Labels::Enum::Secrecy,
                                        m_account ? m_account->clearance : QString()));
        refuse(why, {{QStringLiteral("table"), table}});
        if (error)
            *error = why;
        return false;
    }
    for (const Catalogue::Column &column : described->columns) {
        const QVariant target = row.value(column.name);
        if (column.type != Catalogue::Type::Reference || target.isNull()
            || column.references == table || isVisible(column.references, target))
            continue;
        if (error)
            *error = tr("The %1 it belongs to no longer exists: it was deleted, perhaps in "
                        "another window.")
                         .arg(Catalogue::tableLabel(column.references));
        return false;
    }
    return true;
}

bool Store::applyAccess(QString *error)
{
    QStringList script;
    QStringList bound;
    for (const Catalogue::Table &table : Catalogue::tables()) {
        if (Catalogue::isSecrecyBound(table.name))
            bound << table.name;
    }
    // A view is made after the views it reads, and dropped before them (a server refuses to
    // drop a view another reads): the bound tables in the order their references allow.
    QStringList ordered;
    while (ordered.size() < bound.size()) {
        for (const QString &name : std::as_const(bound)) {
            bool ready = !ordered.contains(name);
            for (const Catalogue::Column &column : Catalogue::table(name)->columns) {
                if (column.type == Catalogue::Type::Reference && column.references != name
                    && bound.contains(column.references))
                    ready = ready && ordered.contains(column.references);
            }
            if (ready)
                ordered << name;
        }
    }
    QStringList dropped {QStringLiteral("audit_log"), QStringLiteral("app_user")};
    for (auto name = ordered.crbegin(); name != ordered.crend(); ++name)
        dropped << *name;
    for (const QString &view : std::as_const(dropped))
        script << QStringLiteral("DROP VIEW IF EXISTS %1;").arg(m_dialect->temporary(quoted(view)));
    m_prepared.clear();
    if (m_accountsEnabled) {
        const QStringList readable = readableSecrecy();
        for (const QString &name : std::as_const(ordered)) {
            const QStringList conditions = ServerRoles::rowConditions(*Catalogue::table(name),
                readable.isEmpty() ? QStringLiteral("1 = 0")
                                   : QStringLiteral("secrecy IN (%1)").arg(listOf(readable)),
                readable.size() < 2 ? QStringLiteral("1 = 0") : QString(), QString());
            script << QStringLiteral("CREATE TEMP VIEW %1 AS SELECT * FROM main.%1 WHERE %2;")
                          .arg(quoted(name), conditions.join(QStringLiteral(" AND ")));
        }
        // The log shows what the user may read: nothing of a record they cannot see (nor of
        // one deleted since: its secrecy is gone with it), and nothing at all to a role without
        // the audit log.
        QStringList logConditions;
        if (!allows(Access::Action::ReadAudit)) {
            logConditions << QStringLiteral("1 = 0");
        } else {
            for (const QString &name : std::as_const(bound)) {
                if (!Catalogue::table(name)->hasIntegerKey())
                    continue;
                // (An entry of no one record, a list's export, has no id.)
                logConditions << QStringLiteral("NOT (table_name = '%1' AND record_id IS NOT "
                                                "NULL AND record_id NOT IN (SELECT id FROM %2))")
                                     .arg(name, quoted(name))
                              << QStringLiteral("NOT (coalesce(parent_table, '') = '%1' AND "
                                                "parent_id NOT IN (SELECT id FROM %2))")
                                     .arg(name, quoted(name));
            }
        }
        script << QStringLiteral("CREATE TEMP VIEW audit_log AS SELECT * FROM main.audit_log "
                                 "WHERE %1;")
                      .arg(logConditions.join(QStringLiteral(" AND ")));
        // Accounts are listed to whoever manages them; anyone else sees only their own.
        if (!allows(Access::Action::ManageAccounts))
            script << QStringLiteral("CREATE TEMP VIEW app_user AS SELECT * FROM main.app_user "
                                     "WHERE id = %1;")
                          .arg(m_account ? m_account->id : 0);
    }
    for (const QString &statement : std::as_const(script)) {
        if (!run(statement, {}, error))
            return false;
    }
    return true;
}

bool Store::logIn(const QString &name, const QString &password, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return false;
    };
    if (name.trimmed().isEmpty())
        return fail(tr("Type the account name."));
    if (onServer()) {
        // The server checked the password when the program connected: the account is the
        // session's role, and no other.
        if (accountKey(name) != accountKey(m_userName))
            return fail(tr("On a server the program works as the account it connected as "
                           "(“%1”): connect as “%2” to work as that account.")
                            .arg(m_userName, name.trimmed()));
        std::optional<Account> account = serverAccount(error);
        if (!account)
            return false;
        m_account = account;
        if (!applyAccess(error)) {
            m_account.reset();
            applyAccess(nullptr);
            return false;
        }
        emit accountChanged();
        return true;
    }
    if (password.isEmpty())
        return fail(tr("Type the password."));
    auto query = run(QStringLiteral("SELECT id, name, full_name, role, clearance, password_hash, "
                                    "disabled, failed_logins, last_failed_at FROM main.app_user "
                                    "WHERE name_key = ?"),
        {Store::accountKey(name)}, error);
    if (!query)
        return false;
    const QString wrong = tr("The account name or the password is not right.");
    if (!query->next()) {
        QString ignored;
        logEvent(QStringLiteral("login_failed"), name.trimmed(), {}, &ignored);
        return fail(wrong);
    }
    Account account;
    account.id = query->value(0).toLongLong();
    account.name = query->value(1).toString();
    account.fullName = query->value(2).toString();
    account.role = Access::roleFromCode(query->value(3).toString()).value_or(Access::Role::Viewer);
    account.clearance = query->value(4).toString();
    const QByteArray hash = query->value(5).toString().toUtf8();
    const bool disabled = query->value(6).toInt() != 0;
    const int failures = query->value(7).toInt();
    QDateTime lastFailure = QDateTime::fromString(query->value(8).toString(), Qt::ISODate);
    lastFailure.setTimeSpec(Qt::UTC);
    query.reset();

    const auto log = [&](const QString &action, const QVariantMap &details) {
        QString ignored;
        logOutput(action, QStringLiteral("app_user"), account.id, account.name, details, &ignored);
    };
    if (disabled) {
        log(QStringLiteral("login_failed"),
            {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        return fail(tr("The account “%1” is disabled. Ask the administrator.").arg(account.name));
    }
    const int wait = waitAfter(failures);
    if (wait > 0 && lastFailure.isValid()) {
        const qint64 left = now().secsTo(lastFailure.addSecs(wait));
        if (left > 0) {
            log(QStringLiteral("login_failed"),
                {{QStringLiteral("reason"), QStringLiteral("waiting")}});
            return fail(tr("The password was wrong %1 times in a row: try again in %n second(s).",
                nullptr, int(left))
                            .arg(failures));
        }
    }
    if (!Passwords::verify(hash, password)) {
        run(QStringLiteral("UPDATE main.app_user SET failed_logins = failed_logins + 1, "
                           "last_failed_at = ? WHERE id = ?"),
            {AuditLog::timestamp(now()), account.id}, nullptr);
        log(QStringLiteral("login_failed"),
            {{QStringLiteral("reason"), QStringLiteral("password")}});
        return fail(wrong);
    }
    if (failures > 0)
        run(QStringLiteral("UPDATE main.app_user SET failed_logins = 0, last_failed_at = NULL "
                           "WHERE id = ?"),
            {account.id}, nullptr);
    m_account = account;
    if (!applyAccess(error)) {
        m_account.reset();
        applyAccess(nullptr);
        return false;
    }
    log(QStringLiteral("login"), {});
    emit accountChanged();
    return true;
}

void Store::logOut()
{
    if (!m_account)
        return;
    QString ignored;
    logEvent(QStringLiteral("logout"), m_account->name, {}, &ignored);
    m_account.reset();
    applyAccess(&ignored);
    emit accountChanged();
}

bool Store::logOutput(const QString &action, const QString &table, qint64 id, const QString &label,
    const QVariantMap &details, QString *error)
{
    Write write(this);
    if (!write.isActive()) {
        if (error)
            *error = write.errorString();
        return false;
    }
    AuditEntry entry;
    entry.action = action;
    entry.table = table;
    entry.recordId = id ? QVariant(id) : QVariant();
    entry.recordLabel = label;
    entry.changes = QJsonObject::fromVariantMap(details);
    return appendAudit(entry, error) && write.commit(error);
}

bool Store::noteAccounts(QString *error)
{
    const bool before = m_accountsEnabled;
    // On a server (onServer() is not yet true while opening) an account reads only its own row
    // of app_user: the server counts them all.
    const bool server = connection().driverName() == QLatin1String("QPSQL");
    m_accountsEnabled = value(server ? QStringLiteral("SELECT main.secretariat_accounts()")
                                     : QStringLiteral("SELECT count(*) FROM main.app_user"))
                            .toLongLong()
        > 0;
    // On a server, whoever connected is logged in.
    if (m_accountsEnabled && !m_account && server) {
        m_account = serverAccount(error);
        if (!m_account)
            return false;
    }
    const bool applied = applyAccess(error);
    if (m_accountsEnabled != before)
        emit accountChanged();
    return applied;
}

std::optional<Store::Account> Store::serverAccount(QString *error) const
{
    auto query = run(QStringLiteral("SELECT a.id, a.name, a.full_name, a.role, a.clearance, "
                                    "a.disabled, main.secretariat_sees_all() FROM (SELECT 1) one "
                                    "LEFT JOIN main.app_user a ON a.name = "
                                    "CAST(session_user AS text)"),
        {}, error);
    if (!query)
        return std::nullopt;
    if (!query->next())
        return std::nullopt;
    Account account;
    account.name = m_userName;
    if (!query->value(0).isNull()) {
        if (query->value(5).toInt() != 0) {
            if (error)
                *error = tr("The account “%1” is disabled. Ask the administrator.").arg(m_userName);
            return std::nullopt;
        }
        account.id = query->value(0).toLongLong();
        account.fullName = query->value(2).toString();
        account.role
            = Access::roleFromCode(query->value(3).toString()).value_or(Access::Role::Viewer);
        account.clearance = query->value(4).toString();
        return account;
    }
    // The schema's owner (whoever made it, or a superuser) administers it without a row.
    if (query->value(6).toBool()) {
        account.role = Access::Role::Admin;
        account.clearance = Access::clearances().constLast();
        return account;
    }
    if (error)
        *error = tr("The server account “%1” has no account in the database %2: ask the "
                    "administrator to add it with “secretariat user add %1”.")
                     .arg(m_userName, m_path);
    return std::nullopt;
}

QString Store::accountKey(const QString &name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C).toLower();
}

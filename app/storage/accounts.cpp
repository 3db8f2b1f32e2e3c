#include "accounts.h"

#include "passwords.h"
#include "serverroles.h"
#include "store.h"
#include "core/labels.h"

namespace {

const QString table = QStringLiteral("app_user");
// The password_hash of an account on a server, whose password the server checks: no hash.
const QString serverPassword = QStringLiteral("checked by the server");

Accounts::Entry entryOf(const QSqlQuery &query)
{
    Accounts::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.name = query.value(1).toString();
    entry.fullName = query.value(2).toString();
    entry.role = Access::roleFromCode(query.value(3).toString()).value_or(Access::Role::Viewer);
    entry.clearance = query.value(4).toString();
    entry.disabled = query.value(5).toInt() != 0;
    return entry;
}

const char *const selectAccounts
    = "SELECT id, name, full_name, role, clearance, disabled FROM app_user";

// The administrators who could still log in, other than `except`.
int otherAdministrators(const Store &store, qint64 except)
{
    return store
        .value(QStringLiteral("SELECT count(*) FROM main.app_user WHERE role = 'admin' AND "
                              "disabled = 0 AND id <> ?"),
            {except})
        .toInt();
}

} // namespace

QList<Accounts::Entry> Accounts::list(const Store &store)
{
    QList<Entry> found;
    auto query = store.select(QLatin1String(selectAccounts) + QStringLiteral(" ORDER BY name_key"));
    while (query && query->next())
        found << entryOf(*query);
    return found;
}

std::optional<Accounts::Entry> Accounts::find(const Store &store, const QString &name)
{
    auto query = store.select(QLatin1String(selectAccounts) + QStringLiteral(" WHERE name_key = ?"),
        {Store::accountKey(name)});
    if (!query || !query->next())
        return std::nullopt;
    return entryOf(*query);
}

QString Accounts::passwordProblem(const QString &password)
{
    if (password.isEmpty())
        return tr("Type a password.");
    if (password.size() < shortestPassword)
        return tr("A password has at least %n characters.", nullptr, shortestPassword);
    return QString();
}

std::optional<qint64> Accounts::add(
    Store &store, const Entry &account, const QString &password, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<qint64> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString name = account.name.trimmed().normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return fail(tr("Give the account a name."));
    if (Access::rank(account.clearance) < 0)
        return fail(tr("Choose the account's clearance."));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return fail(problem);
    if (!store.accountsEnabled() && account.role != Access::Role::Admin)
        return fail(tr("The first account turns accounts on and must be an administrator's, so "
                       "that someone can manage the others."));
    if (find(store, name))
        return fail(tr("There is already an account named “%1”.").arg(name));
    const QVariantMap row
        = {{QStringLiteral("name"), name}, {QStringLiteral("name_key"), Store::accountKey(name)},
            {QStringLiteral("full_name"), account.fullName},
            {QStringLiteral("role"), Access::code(account.role)},
            {QStringLiteral("clearance"), account.clearance}, {QStringLiteral("disabled"), 0}};
    std::optional<qint64> id;
    if (store.onServer()) {
        // The role and its row in one write: a refused row takes the role back. The server
        // checks the password; the row keeps no hash of it that an account could read.
        Store::Write write(&store, Access::Action::ManageAccounts);
        if (!write.isActive())
            return fail(write.errorString());
        QVariantMap serverRow = row;
        serverRow.insert(QStringLiteral("password_hash"), serverPassword);
        if (!ServerRoles::createLogin(store, name, password, account.role, error))
            return std::nullopt;
        id = store.insert(table, serverRow, error);
        if (!id || !write.commit(error))
            return std::nullopt;
    } else {
        const QByteArray hash = Passwords::hash(password);
        if (hash.isEmpty())
            return fail(tr("The password could not be protected (not enough memory); try again."));
        QVariantMap fileRow = row;
        fileRow.insert(QStringLiteral("password_hash"), QString::fromLatin1(hash));
        id = store.insert(table, fileRow, error);
    }
    if (id && !store.noteAccounts(error))
        return std::nullopt;
    return id;
}

namespace {

// Writes `values` into the account named `name`; on a server, `onServer` changes its role in
// the same write.
bool updateAccount(Store &store, const QString &name, const QVariantMap &values,
    const std::function<QString(const Accounts::Entry &)> &check, QString *error,
    const std::function<bool(const Accounts::Entry &, QString *)> &onServer = {})
{
    std::optional<Store::Write> write;
    if (store.onServer() && onServer) {
        write.emplace(&store);
        if (!write->isActive()) {
            if (error)
                *error = write->errorString();
            return false;
        }
    }
    const auto account = Accounts::find(store, name);
    if (!account) {
        if (error)
            *error = Accounts::tr("There is no account named “%1”.").arg(name.trimmed());
        return false;
    }
    if (const QString problem = check(*account); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const auto record = store.read(table, account->id, error);
    if (!record)
        return false;
    const Store::Result result = store.update(*record, values);
    if (!result.ok() && error)
        *error = result.error.isEmpty()
            ? Accounts::tr("The account was changed in another window meanwhile; try again.")
            : result.error;
    if (!result.ok())
        return false;
    return !write || (onServer(*account, error) && write->commit(error));
}

} // namespace

bool Accounts::reset(Store &store, const QString &name, const QString &password, QString *error)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!store.demand(Access::Action::ManageAccounts, error))
        return false;
    if (store.onServer()) {
        const auto account = find(store, name);
        if (!account) {
            if (error)
                *error = tr("There is no account named “%1”.").arg(name.trimmed());
            return false;
        }
        return ServerRoles::setPassword(store, account->name, password, error);
    }
    const QByteArray hash = Passwords::hash(password);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("The password could not be protected (not enough memory); try again.");
        return false;
    }
    return updateAccount(
        store, name, {{QStringLiteral("password_hash"), QString::fromLatin1(hash)}},
        [](const Entry &) { return QString(); }, error);
}

bool Accounts::setDisabled(Store &store, const QString &name, bool disabled, QString *error)
{
    return updateAccount(
        store, name, {{QStringLiteral("disabled"), disabled ? 1 : 0}},
        [&](const Entry &account) {
            return disabled && account.role == Access::Role::Admin
                    && otherAdministrators(store, account.id) == 0
                ? tr("“%1” is the last administrator: give another account that role first.")
                      .arg(account.name)
                : QString();
        },
        error,
        [&](const Entry &account, QString *problem) {
            return ServerRoles::setLogin(store, account.name, !disabled, problem);
        });
}

bool Accounts::change(
    Store &store, const QString &name, Access::Role role, const QString &clearance, QString *error)
{
    if (Access::rank(clearance) < 0) {
        if (error)
            *error = tr("Choose the account's clearance.");
        return false;
    }
    return updateAccount(
        store, name,
        {{QStringLiteral("role"), Access::code(role)}, {QStringLiteral("clearance"), clearance}},
        [&](const Entry &account) {
            return account.role == Access::Role::Admin && role != Access::Role::Admin
                    && otherAdministrators(store, account.id) == 0
                ? tr("“%1” is the last administrator: give another account that role first.")
                      .arg(account.name)
                : QString();
        },
        error,
        [&](const Entry &account, QString *problem) {
            return ServerRoles::setRole(store, account.name, account.role, role, problem);
        });
}

#include "access.h"

#include "labels.h"

namespace {

using A = Access::Action;
using R = Access::Role;

struct Grant
{
    R role;
    QList<A> actions;
};

// The README's table of roles says the same: a change here is a change there.
const QList<Grant> grants = {
    {R::Admin, {A::Read, A::ManageAccounts, A::Configure, A::Maintain, A::ReadAudit}},
    {R::Clerk, {A::Read, A::Issue, A::Print}},
    {R::Staff, {A::Read, A::Edit}},
    {R::Leader, {A::Read, A::Approve, A::ReadAudit}},
    {R::Viewer, {A::Read}},
};

const char *const roleCodes[] = {"admin", "clerk", "staff", "leader", "viewer"};
const char *const actionCodes[] = {"read", "edit", "issue", "print", "approve", "manage_accounts",
    "configure", "maintain", "read_audit"};

} // namespace

const QList<Access::Action> &Access::actions()
{
    static const QList<Action> all = {A::Read, A::Edit, A::Issue, A::Print, A::Approve,
        A::ManageAccounts, A::Configure, A::Maintain, A::ReadAudit};
    return all;
}

const QList<Access::Role> &Access::roles()
{
    static const QList<Role> all = {R::Admin, R::Clerk, R::Staff, R::Leader, R::Viewer};
    return all;
}

bool Access::allows(Role role, Action action)
{
    for (const Grant &grant : grants) {
        if (grant.role == role)
            return grant.actions.contains(action);
    }
    return false;
}

QString Access::code(Role role)
{
    return QLatin1String(roleCodes[int(role)]);
}

std::optional<Access::Role> Access::roleFromCode(const QString &code)
{
    for (Role role : roles()) {
        if (Access::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString Access::label(Role role)
{
    return Labels::label(Labels::Enum::Role, code(role));
}

QString Access::label(Action action)
{
    switch (action) {
    case A::Read:
        return tr("read records");
    case A::Edit:
        return tr("create, change or delete records");
    case A::Issue:
        return tr("give numbers, issue documents or keep the register");
    case A::Print:
        return tr("print, save documents as files or export lists");
    case A::Approve:
        return tr("approve a commendation decision or an inspection conclusion");
    case A::ManageAccounts:
        return tr("manage accounts");
    case A::Configure:
        return tr("change issuing bodies, format profiles or settings");
    case A::Maintain:
        return tr("back up or restore the database");
    case A::ReadAudit:
        return tr("read the audit log");
    }
    return QString();
}

QString Access::code(Action action)
{
    return QLatin1String(actionCodes[int(action)]);
}

int Access::rank(const QString &secrecy)
{
    return clearances().indexOf(secrecy);
}

QStringList Access::clearances()
{
    return {QStringLiteral("none"), QStringLiteral("confidential"), QStringLiteral("secret"),
        QStringLiteral("top_secret")};
}

QStringList Access::readable(const QString &clearance)
{
    return clearances().mid(0, std::max(0, rank(clearance) + 1));
}

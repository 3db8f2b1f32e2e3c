#pragma once

#include "core/access.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Store;

// The office's accounts: added, reset and disabled by an administrator (the store refuses anyone
// else). The first account turns accounts on and must be an administrator's.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int shortestPassword = 8;

    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString fullName;
        Access::Role role = Access::Role::Viewer;
        QString clearance;
        bool disabled = false;
    };
    static QList<Entry> list(const Store &store);
    static std::optional<Entry> find(const Store &store, const QString &name);

    static std::optional<qint64> add(
        Store &store, const Entry &account, const QString &password, QString *error);
    // A new password chosen by the administrator: nobody can read the old one.
    static bool reset(Store &store, const QString &name, const QString &password, QString *error);
    static bool setDisabled(Store &store, const QString &name, bool disabled, QString *error);
    // A new role and clearance for an existing account.
    static bool change(Store &store, const QString &name, Access::Role role,
        const QString &clearance, QString *error);

    // Why a password may not be used; empty when it may.
    static QString passwordProblem(const QString &password);
};

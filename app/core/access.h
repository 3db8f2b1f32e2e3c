#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Who may do what: the office's fixed roles, the clearances, and the one table of which role may
// take which action. The store decides with it (and refuses); the window asks it to disable what
// the store would refuse.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    // Codes as the command line and the app_user table spell them: admin, clerk, staff, leader,
    // viewer (labels in Labels::Enum::Role).
    enum class Role { Admin, Clerk, Staff, Leader, Viewer };
    enum class Action {
        Read, // open and read records within the account's clearance, preview documents
        Edit, // create, change and delete records (conferences, inspections, people…), import
        Issue, // give numbers, issue documents, keep the outgoing register
        Print, // print, save a document as a file, export a list
        Approve, // approve a commendation decision or an inspection conclusion
        ManageAccounts, // add, reset and disable accounts
        Configure, // issuing bodies, their terms and signers, format profiles, settings
        Maintain, // back up the whole file and restore it
        ReadAudit, // read the audit log
    };
    static const QList<Action> &actions();
    static const QList<Role> &roles();

    static bool allows(Role role, Action action);

    static QString code(Role role);
    static std::optional<Role> roleFromCode(const QString &code);
    static QString label(Role role);
    // "create and edit records": completes "… may not %1".
    static QString label(Action action);
    // A short name for the action in the audit log ("edit").
    static QString code(Action action);

    // Clearances are the secrecy codes: none < confidential < secret < top_secret. -1 for an
    // unknown code.
    static int rank(const QString &secrecy);
    static QStringList clearances();
    // The secrecy codes a clearance may read: "secret" -> none, confidential, secret.
    static QStringList readable(const QString &clearance);
};

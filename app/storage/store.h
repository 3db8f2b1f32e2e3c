#pragma once

#include "dialect.h"
#include "core/access.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class Clock;
class QTimer;
struct AuditEntry;

// The one database a window works on, and the only place SQL runs: pages, editors, models and
// reports ask the store. It knows the current user and the clock, writes every change with the
// data rules (text cleaned and NFC, derived search and sort columns, a version per record), logs
// it in the audit log, refuses a save over a record that changed since it was read, and tells
// whoever listens which tables changed.
class Store : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode {
        CreateNew, // File › New and `demo`: the file must not exist yet
        CreateIfMissing, // the user's own database at its default place
        MustExist, // anything the user names: never turned into a new database
        ReadOnly, // a look without any write (a backup, `check`)
    };
    static constexpr int schemaVersion = 9;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The user's own database: AppDataLocation/secretariat.sqlite.
    static QString defaultPath();

    bool open(const QString &path, OpenMode mode, QString *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // On a server (PostgreSQL), not a file: no backup, restore or file beside it.
    bool onServer() const { return isOpen() && !m_onFile; }
    // A sentence when the file holds secret records (a conference or an inspection marked MẬT or
    // higher) and other accounts on the computer may read the file, its journal or its folder;
    // empty otherwise (and for a server).
    QString exposureWarning() const;
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Why the last open() failed, where the window can do something about it.
    enum class OpenProblem {
        None, // opened, or failed for a reason the sentence tells
        PasswordMissing, // the server asks for a password the address did not give
        EmptyServerDatabase, // the server's database holds no tables yet (filled when asked)
    };
    OpenProblem openProblem() const { return m_openProblem; }

    // Who changes: the operating-system account until the office turns accounts on, then the
    // account logged in; on a server always the session's role, as the audit log's trigger
    // writes it.
    QString userName() const { return m_account ? m_account->name : m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // ---- Who may see and do what (the one place it is decided) ----

    struct Account
    {
        qint64 id = 0;
        QString name;
        QString fullName;
        Access::Role role = Access::Role::Viewer;
        QString clearance; // a secrecy code: the highest the account may read
    };
    // Accounts are on once the file holds one; until then whoever opens it may do everything.
    bool accountsEnabled() const { return m_accountsEnabled; }
    std::optional<Account> account() const { return m_account; }
    // Checks the name and password and, when they are right, reads and writes as that account
    // from then on. On a server the server checked the password when the program connected:
    // the only account is the session's role, which is logged in on opening. Five wrong passwords
    // in a row make the account wait before the next try (30 seconds, doubling to 15 minutes), by
    // the store's clock. Every try is logged.
    bool logIn(const QString &name, const QString &password, QString *error);
    // Reads again whether the file has accounts (after the first is added).
    bool noteAccounts(QString *error);
    // The name as accounts are compared: NFC, trimmed, lower case.
    static QString accountKey(const QString &name);
    // Back to nobody: with accounts on, nothing but the directories' plain rows is readable.
    void logOut();
    // The secrecy codes the current user may read (all four while accounts are off).
    QStringList readableSecrecy() const;
    // Whether every record is readable (no account, or a Tuyệt mật clearance): counts and
    // statistics say so when not.
    bool seesEverything() const { return readableSecrecy().size() == Access::clearances().size(); }
    // Whether the current user may take the action; *why says what the account may not do.
    bool allows(Access::Action action, QString *why = nullptr) const;
    // The same, and a refusal is logged in the audit log (after any open write ends).
    bool demand(Access::Action action, QString *error);
    // Logs one event of a record that is not a change of it (`action` "print" or "export" of a
    // document, "login" or "login_failed" of an account): who, when, what, and the details
    // (copies, file); a secret record's row is hidden with it. An id of 0 is an event of no one
    // record (a list exported).
    bool logOutput(const QString &action, const QString &table, qint64 id, const QString &label,
        const QVariantMap &details, QString *error);
    std::shared_ptr<Clock> clock() const { return m_clock; }
    // Now, in UTC, as the store writes it.
    QDateTime now() const;

    const Dialect &dialect() const { return *m_dialect; }
    // The sentence for a refusal of the engine.
    QString explain(const QSqlError &error) const;

    // ---- Reading ----

    // Runs a statement of ours with bound values; the query stands before its first row and
    // reads forward (the lists read a page at a time, each page its own statement).
    std::optional<QSqlQuery> select(
        const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const;
    // A short read repeated many times (a lookup for each row of an import), through a statement
    // prepared once: `row` is called for each row found. False, with a sentence, on failure.
    bool lookup(const QString &sql, const QVariantList &values,
        const std::function<void(const QSqlQuery &)> &row, QString *error = nullptr) const;
    // A statement on this connection's own temporary tables (a list's matches), never on the
    // file: allowed read-only. *rows is the number of rows it changed.
    bool scratch(const QString &sql, const QVariantList &values, int *rows = nullptr,
        QString *error = nullptr) const;
    // The first column of the first row (null when there is none or it failed).
    QVariant value(
        const QString &sql, const QVariantList &values = {}, QString *error = nullptr) const;

    // One row with every column the catalogue describes, and its version.
    struct Record
    {
        QString table;
        QVariant key;
        int version = 0;
        QVariantMap values;
    };
    std::optional<Record> read(
        const QString &table, const QVariant &key, QString *error = nullptr) const;

    // Values as the store keeps them: each column's type, text cleaned, NFC and trimmed, empty
    // text NULL; *cleaned counts the characters cleaning removed.
    QVariantMap normalized(
        const QString &table, const QVariantMap &values, int *cleaned = nullptr) const;
    // The name of a row in sentences and in the audit log ("Tỉnh ủy Thanh Hóa").
    QString nameOf(const QString &table, const QVariantMap &values) const;
    // The name of the row a reference column points at.
    QString referencedName(
        const QString &table, const QString &column, const QVariant &value) const;

    // ---- Writing ----

    // A write transaction: the first one begins it (queueing behind other writers), nested ones
    // join it; only the outermost commit commits. Rolled back unless committed.
    class Write
    {
    public:
        // With an action, the write is that action (a number issued, a commendation approved)
        // and is refused unless the user may take it; without one, each row written is checked
        // against what its table's changes are (Catalogue::Table::writtenWith).
        explicit Write(Store *store, std::optional<Access::Action> as = std::nullopt);
        ~Write();
        Write(const Write &) = delete;
        Write &operator=(const Write &) = delete;
        bool isActive() const { return m_active; }
        QString errorString() const { return m_error; }
        bool commit(QString *error = nullptr);
        void rollback();

    private:
        void undeclare();

        Store *m_store;
        bool m_active = false;
        bool m_outer = false;
        bool m_declared = false;
        QString m_error;
    };

    // Inserts one row; returns its id (for a table keyed by text, 0).
    std::optional<qint64> insert(const QString &table, const QVariantMap &values, QString *error);

    enum class Outcome {
        Written, // the changes are stored
        Unchanged, // nothing differed: nothing was written or logged
        Changed, // refused: someone else saved the record since it was read
        Gone, // refused: someone else deleted it
        Failed, // refused by a rule or the disk; the sentence says why
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        int version = 0; // the version now stored
        QString error; // the sentence, when refused
        QDateTime changedAt; // for Changed/Gone: when the other change happened (UTC)
        QString changedBy;
        bool ok() const { return outcome == Outcome::Written || outcome == Outcome::Unchanged; }
    };
    // Writes what differs between `base` (as read) and `values`, if the stored row is still at
    // base's version.
    Result update(const Record &base, const QVariantMap &values);
    // Deletes a row unless something still uses it; with a version, only if unchanged since.
    Result remove(const QString &table, const QVariant &key, int version = 0);

    // Where a row is still used ("3 hội nghị, 1 văn bản"); empty when nothing keeps it.
    QString usage(const QString &table, qint64 id) const;

    QVariant setting(const QString &key) const;
    bool setSetting(const QString &key, const QVariant &value, QString *error);

    // Logs an event that is not a row's change (a restore) in the audit log.
    bool logEvent(
        const QString &action, const QString &label, const QVariantMap &details, QString *error);

    // The last change of a row in the audit log: when (UTC) and who.
    std::pair<QDateTime, QString> lastChange(const QString &table, const QVariant &key) const;

    // For `secretariat check`: schema version, integrity, foreign keys and the audit log's
    // chain of a file, read without writing anything.
    struct Health
    {
        int schemaVersion = 0;
        QStringList problems;
        bool healthy() const { return problems.isEmpty(); }
    };
    static bool inspect(const QString &path, Health *health, QString *error);
    // The audit log's chain: a sentence for each row removed or altered outside the program.
    QStringList verifyAuditLog() const;

    // The underlying connection, for the dialect's own tools (backup, migrations).
    QSqlDatabase connection() const;

signals:
    // After a commit, once per table it changed. `external` is set when another window or
    // program changed the file (the table is then empty: anything may have changed).
    void changed(const QString &table, bool external);
    // After a log-in or log-out, or accounts turned on: what the user may do has changed (the
    // window enables and disables its actions again).
    void accountChanged();

private:
    friend class Write;
    bool begin(QString *error);
    bool finish(bool commit, QString *error);
    bool openServer(const QString &location, OpenMode mode, QString *error);
    bool migrate(int fromVersion, QString *error);
    bool afterMigration(int version, bool whole, QString *error);
    bool rederiveAll(QString *error);
    bool appendAudit(AuditEntry entry, QString *error);
    bool writeSeal(QString *error);
    bool checkWritable(QString *error) const;
    // Whether the current write may change rows of `table` (and the row's secrecy and the rows
    // it refers to are within the user's clearance).
    bool mayWrite(const QString &table, const QVariantMap &row, QString *error);
    bool isVisible(const QString &table, const QVariant &key) const;
    // Makes the temporary views through which this connection reads: each secrecy-bound table
    // shows only the rows within the user's clearance, the audit log only what the user may read.
    bool applyAccess(QString *error);
    // On a server: the account of the session's role (its app_user row, or the schema's owner
    // as an administrator who sees everything).
    std::optional<Account> serverAccount(QString *error) const;
    void refuse(const QString &what, const QVariantMap &details);
    void flushRefusals();
    // Notes a table the write changed (announced after the commit).
    void touch(const QString &table);
    void pollExternalChanges();
    int dataVersion() const;
    std::optional<QSqlQuery> run(
        const QString &sql, const QVariantList &values, QString *error) const;
    // The same through a statement prepared once per connection (the writes and lookups every
    // save repeats); the caller finishes it after reading.
    QSqlQuery *runPrepared(const QString &sql, const QVariantList &values, QString *error) const;

    std::unique_ptr<Dialect> m_dialect;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_onFile = false; // on a file (SQLite), not a server
    OpenProblem m_openProblem = OpenProblem::None;
    QStringList m_madeFiles; // journal files to remove on closing (see SqliteDialect::close)
    QString m_userName;
    bool m_accountsEnabled = false;
    std::optional<Account> m_account;
    int m_declaredActions = 0; // writes open with an action of their own
    QList<std::pair<QString, QVariantMap>> m_refusals; // to log once the open write ends
    std::shared_ptr<Clock> m_clock;
    int m_depth = 0;
    QSet<QString> m_touched;
    std::optional<std::pair<qint64, QString>> m_auditHead;
    bool m_auditDirty = false;
    bool m_rollbackOnly = false;
    QTimer *m_poll = nullptr;
    int m_dataVersion = 0;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    // Names of referenced rows during a write, by table and key (see referencedName).
    mutable QHash<QString, QHash<QString, QString>> m_names;
};

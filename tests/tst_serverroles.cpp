// What the server itself enforces, whatever program connects: an account is a PostgreSQL role
// whose password the server checks, its role's grants decide what it may change, its clearance
// decides which rows it reads (row-level security, search tables included), and the audit log
// takes its author from the session, not from the client.

#include "testserver.h"

#include "storage/accounts.h"
#include "storage/postgresdialect.h"
#include "storage/serverroles.h"
#include "storage/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtTest>

namespace {

const QString password = QStringLiteral("mat-khau-dai-2026");
const QString secretTitle = QStringLiteral("Hội nghị chuyên đề bảo vệ chính trị nội bộ");

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aLowerClearanceReadsNoSecretRowNorItsSearchText();
    void aHigherClearanceReadsIt();
    void theStoreLogsInAsTheSessionRole();
    void aRoleWithoutAnAccountIsToldSo();
    void aViewerMayNotInsertAndIsToldWhy();
    void onlyARoleMakerManagesAccounts();
    void resetAndDisableChangeTheServerRole();
    void theAuditChainVerifiesWithTheServersAuthors();
    void theAuditLogIsAppendOnlyAndItsAuthorCannotBeForged();

private:
    // The database's address as `role` with `secret` as its password.
    QString as(const QString &role, const QString &secret = password) const;
    // A plain connection as `role`, as psql or another tool would make.
    QSqlDatabase connect(const QString &role, const QString &secret = password);
    qint64 count(QSqlDatabase &db, const QString &sql);

    QString m_url;
    QString m_suffix;
    QString m_admin;
    QString m_lower; // a viewer reading up to "none"
    QString m_higher; // staff reading up to "secret"
    qint64 m_secretId = 0;
    Store m_owner;
    QStringList m_connections;
};

QString TestServerRoles::as(const QString &role, const QString &secret) const
{
    QUrl url(m_url);
    url.setUserName(role);
    url.setPassword(secret);
    return url.toString();
}

QSqlDatabase TestServerRoles::connect(const QString &role, const QString &secret)
{
    const QString name = QStringLiteral("plain-%1").arg(m_connections.size());
    m_connections << name;
    return TestSupport::serverConnection(as(role, secret), name);
}

qint64 TestServerRoles::count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestServerRoles::initTestCase()
{
    m_url = TestSupport::newServerDatabase();
    QVERIFY2(!m_url.isEmpty(), "no test server");
    QString error;
    // The server's superuser is the administrator who makes the schema.
    QVERIFY2(m_owner.open(m_url, Store::OpenMode::CreateNew, &error), qPrintable(error));
    // The records, before accounts are on (an administrator's account does not edit records).
    const auto secret = m_owner.insert(QStringLiteral("conference"),
        {{QStringLiteral("kind"), QStringLiteral("thematic")},
            {QStringLiteral("title"), secretTitle},
            {QStringLiteral("secrecy"), QStringLiteral("secret")}},
        &error);
    QVERIFY2(secret, qPrintable(error));
    m_secretId = *secret;
    QVERIFY2(m_owner.insert(QStringLiteral("conference"),
                 {{QStringLiteral("kind"), QStringLiteral("briefing")},
                     {QStringLiteral("title"), QStringLiteral("Hội nghị sơ kết quý I")}},
                 &error),
        qPrintable(error));
    // Roles are the whole server's: names of this run only.
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_admin = QStringLiteral("chief_") + m_suffix;
    m_lower = QStringLiteral("lan_") + m_suffix;
    m_higher = QStringLiteral("Minh_") + m_suffix; // a capital: the role keeps the name's case
    const struct
    {
        QString name;
        Access::Role role;
        const char *clearance;
    } accounts[] = {{m_admin, Access::Role::Admin, "top_secret"},
        {m_lower, Access::Role::Viewer, "none"}, {m_higher, Access::Role::Staff, "secret"}};
    for (const auto &account : accounts) {
        Accounts::Entry entry;
        entry.name = account.name;
        entry.role = account.role;
        entry.clearance = QLatin1String(account.clearance);
        QVERIFY2(Accounts::add(m_owner, entry, password, &error), qPrintable(error));
    }
    // The owner works on as the administrator who sees everything.
    QVERIFY(m_owner.account());
    QCOMPARE(m_owner.account()->role, Access::Role::Admin);
    QVERIFY(m_owner.seesEverything());
}

void TestServerRoles::cleanupTestCase()
{
    const QString database = QUrl(m_url).path().mid(1);
    m_owner.close();
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    // The roles outlive the database: removed with it, so that runs do not pile them up.
    {
        QSqlDatabase db
            = TestSupport::serverConnection(TestSupport::serverUrl(), QStringLiteral("cleanup"));
        QSqlQuery query(db);
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        QStringList roles {m_admin, m_lower, m_higher, QStringLiteral("nobody_") + m_suffix};
        for (Access::Role role : Access::roles())
            roles << ServerRoles::groupRole(database, role);
        for (const QString &role : std::as_const(roles))
            query.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cleanup"));
}

void TestServerRoles::aLowerClearanceReadsNoSecretRowNorItsSearchText()
{
    QSqlDatabase db = connect(m_lower);
    QVERIFY(db.isOpen());
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM main.conference WHERE secrecy <> "
                                "'none'")),
        0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM main.conference")), 1);
    // The search table holds the folded title: none of the secret conference's.
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM main.conference_search WHERE id = %1")
                     .arg(m_secretId)),
        0);
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM main.conference_search WHERE "
                                "title_folded LIKE '%chinh tri%'")),
        0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM main.conference_search")), 1);
    // Nor the other accounts' rows.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM main.app_user")), 1);
}

void TestServerRoles::aHigherClearanceReadsIt()
{
    QSqlDatabase db = connect(m_higher);
    QVERIFY(db.isOpen());
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM main.conference WHERE secrecy <> "
                                "'none'")),
        1);
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM main.conference_search WHERE id = %1")
                     .arg(m_secretId)),
        1);
    // Staff may change records: the grant allows its insert (which the viewer's lacks).
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO main.conference (kind, title) VALUES "
                                       "('other', 'Hội nghị của Minh')")),
        qPrintable(query.lastError().text()));
    // But not above its clearance.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO main.conference (kind, title, secrecy) "
                                       "VALUES ('other', 'Tối mật', 'top_secret')")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

void TestServerRoles::theStoreLogsInAsTheSessionRole()
{
    Store lower;
    QString error;
    QVERIFY2(lower.open(as(m_lower), Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY(lower.account());
    QCOMPARE(lower.account()->name, m_lower);
    QCOMPARE(lower.account()->role, Access::Role::Viewer);
    QCOMPARE(lower.account()->clearance, QStringLiteral("none"));
    QCOMPARE(lower.userName(), m_lower);
    QCOMPARE(lower
                 .value(QStringLiteral("SELECT count(*) FROM conference WHERE secrecy <> "
                                       "'none'"))
                 .toLongLong(),
        0);
    // No second password: asking for another account is refused, the same one is kept.
    QVERIFY(!lower.logIn(m_higher, password, &error));
    QVERIFY2(error.contains(m_higher), qPrintable(error));
    QVERIFY2(lower.logIn(m_lower, QString(), &error), qPrintable(error));

    Store higher;
    QVERIFY2(higher.open(as(m_higher), Store::OpenMode::MustExist, &error), qPrintable(error));
    QCOMPARE(higher.account()->role, Access::Role::Staff);
    QCOMPARE(higher.account()->clearance, QStringLiteral("secret"));
    QCOMPARE(higher.userName(), m_higher);
}

void TestServerRoles::aRoleWithoutAnAccountIsToldSo()
{
    const QString nobody = QStringLiteral("nobody_") + m_suffix;
    const QString database = QUrl(m_url).path().mid(1);
    QSqlQuery make(m_owner.connection());
    QVERIFY2(make.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                           .arg(nobody, password,
                               ServerRoles::groupRole(database, Access::Role::Viewer))),
        qPrintable(make.lastError().text()));
    Store store;
    QString error;
    QVERIFY(!store.open(as(nobody), Store::OpenMode::MustExist, &error));
    QVERIFY2(
        error.contains(nobody) && error.contains(QLatin1String("user add")), qPrintable(error));
}

void TestServerRoles::aViewerMayNotInsertAndIsToldWhy()
{
    QSqlDatabase db = connect(m_lower);
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO main.conference (kind, title) VALUES "
                                       "('other', 'Không được')")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
    const PostgresDialect dialect;
    QCOMPARE(dialect.classify(query.lastError()).kind, DbError::Kind::Denied);
    const QString sentence = m_owner.explain(query.lastError());
    QVERIFY2(sentence.contains(QLatin1String("may not make this change")), qPrintable(sentence));
}

void TestServerRoles::onlyARoleMakerManagesAccounts()
{
    QString error;
    // Staff has no CREATEROLE: the server's own refusal, in a sentence.
    Store higher;
    QVERIFY2(higher.open(as(m_higher), Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY(!ServerRoles::createLogin(
        higher, QStringLiteral("x_") + m_suffix, password, Access::Role::Viewer, &error));
    QVERIFY2(
        error.contains(QLatin1String("only an account allowed to make roles")), qPrintable(error));
    // The administrator's account may.
    Store admin;
    QVERIFY2(admin.open(as(m_admin), Store::OpenMode::MustExist, &error), qPrintable(error));
    QCOMPARE(admin.account()->role, Access::Role::Admin);
    QVERIFY2(Accounts::change(admin, m_lower, Access::Role::Clerk, QStringLiteral("none"), &error),
        qPrintable(error));
    QSqlDatabase db = connect(m_lower);
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM pg_roles r WHERE pg_has_role('%1', "
                                "r.oid, 'MEMBER') AND r.rolname LIKE '%\\_clerk'")
                     .arg(m_lower)),
        1);
    QVERIFY2(Accounts::change(admin, m_lower, Access::Role::Viewer, QStringLiteral("none"), &error),
        qPrintable(error));
    QCOMPARE(count(db,
                 QStringLiteral("SELECT count(*) FROM pg_roles r WHERE pg_has_role('%1', "
                                "r.oid, 'MEMBER') AND r.rolname LIKE '%\\_clerk'")
                     .arg(m_lower)),
        0);
}

void TestServerRoles::resetAndDisableChangeTheServerRole()
{
    QString error;
    const QString newPassword = QStringLiteral("mat-khau-moi-2026");
    QVERIFY2(Accounts::reset(m_owner, m_lower, newPassword, &error), qPrintable(error));
    QVERIFY(!connect(m_lower).isOpen());
    QVERIFY(connect(m_lower, newPassword).isOpen());
    QVERIFY2(Accounts::setDisabled(m_owner, m_lower, true, &error), qPrintable(error));
    QVERIFY(!connect(m_lower, newPassword).isOpen());
    QVERIFY2(Accounts::setDisabled(m_owner, m_lower, false, &error), qPrintable(error));
    QVERIFY(connect(m_lower, newPassword).isOpen());
    QVERIFY2(Accounts::reset(m_owner, m_lower, password, &error), qPrintable(error));
    QVERIFY(connect(m_lower).isOpen());
}

void TestServerRoles::theAuditChainVerifiesWithTheServersAuthors()
{
    Store lower;
    QString error;
    QVERIFY2(lower.open(as(m_lower), Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY2(lower.logOutput(QStringLiteral("print"), QStringLiteral("conference"), 0,
                 QStringLiteral("danh sách"), {}, &error),
        qPrintable(error));
    QCOMPARE(m_owner
                 .value(QStringLiteral("SELECT user_name FROM main.audit_log ORDER BY id DESC "
                                       "LIMIT 1"))
                 .toString(),
        m_lower);
    QCOMPARE(m_owner.verifyAuditLog(), QStringList());
}

void TestServerRoles::theAuditLogIsAppendOnlyAndItsAuthorCannotBeForged()
{
    QSqlDatabase db = connect(m_lower);
    QSqlQuery query(db);
    QVERIFY(!query.exec(QStringLiteral("UPDATE main.audit_log SET user_name = 'x'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM main.audit_log")));
    QVERIFY(!query.exec(QStringLiteral("TRUNCATE main.audit_log")));
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO main.audit_log (id, at, user_name, action, "
                                       "table_name) SELECT max(id) + 1, '2026-01-01T00:00:00', "
                                       "'%1', 'print', 'conference' FROM main.audit_log "
                                       "RETURNING id")
                            .arg(m_admin)),
        qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    const qint64 id = query.value(0).toLongLong();
    QCOMPARE(
        m_owner.value(QStringLiteral("SELECT user_name FROM main.audit_log WHERE id = ?"), {id})
            .toString(),
        m_lower);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM main.audit_log")),
        m_owner.value(QStringLiteral("SELECT count(*) FROM main.audit_log")).toLongLong());
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"

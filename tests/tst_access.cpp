// Who may do what, decided by the store: the table of roles and actions, tried through the
// store's own operations; passwords kept as Argon2id hashes; wrong passwords slowing the next
// tries by the store's clock.

#include "teststore.h"

#include "core/access.h"
#include "storage/accounts.h"
#include "storage/documentregister.h"
#include "storage/passwords.h"
#include "storage/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Action = Access::Action;
using Role = Access::Role;
Q_DECLARE_METATYPE(Access::Action)
Q_DECLARE_METATYPE(Access::Role)

namespace {

const QString password = QStringLiteral("mật khẩu dài");

// The table the README shows: written out here, so that a change to Access is a change to this.
struct Expected
{
    Role role;
    QList<Action> allowed;
};
const QList<Expected> expected = {
    {Role::Admin,
        {Action::Read, Action::ManageAccounts, Action::Configure, Action::Maintain,
            Action::ReadAudit}},
    {Role::Clerk, {Action::Read, Action::Issue, Action::Print}},
    {Role::Staff, {Action::Read, Action::Edit}},
    {Role::Leader, {Action::Read, Action::Approve, Action::ReadAudit}},
    {Role::Viewer, {Action::Read}},
};

qint64 refusals(const QString &path)
{
    return TestSupport::fileValue(
        path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refused'"))
        .toLongLong();
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleMayOrMayNot_data();
    void roleMayOrMayNot();
    void passwordsAreHashedWithArgon2id();
    void firstAccountIsAnAdministrator();
    void wrongPasswordsSlowTheNextTries();
    void badLoginsAreRefusedWithASentence();
    void theHashIsNeverLogged();

private:
    QTemporaryDir m_dir;
    QString m_path; // a demo file with one account of each role
    std::shared_ptr<TestSupport::ManualClock> m_clock;
};

void TestAccess::initTestCase()
{
    m_clock = TestSupport::fixClock();
    m_path = m_dir.filePath(QStringLiteral("roles.sqlite"));
    QCOMPARE(TestSupport::writeDemo(m_path), QString());
    auto store = TestSupport::open(m_path);
    QVERIFY(store);
    for (Role role : Access::roles()) {
        QCOMPARE(TestSupport::addAccount(
                     *store, Access::code(role), role, QStringLiteral("top_secret"), password),
            QString());
        QVERIFY(store->accountsEnabled());
    }
}

void TestAccess::roleMayOrMayNot_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    for (const Expected &row : expected) {
        for (Action action : Access::actions()) {
            QTest::addRow(
                "%s %s", qPrintable(Access::code(row.role)), qPrintable(Access::code(action)))
                << row.role << action << row.allowed.contains(action);
        }
    }
}

void TestAccess::roleMayOrMayNot()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(Access::allows(role, action), allowed);

    auto store = TestSupport::open(m_path);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->logIn(Access::code(role), password, &error), qPrintable(error));
    const qint64 refusedBefore = refusals(m_path);
    bool done = false;
    switch (action) {
    case Action::Read:
        done = store->value(QStringLiteral("SELECT count(*) FROM conference")).toInt() > 0;
        break;
    case Action::Edit:
        done = store
                   ->insert(QStringLiteral("unit"),
                       {{QStringLiteral("name"),
                            QStringLiteral("Chi bộ thử %1").arg(Access::code(role))},
                           {QStringLiteral("kind"), QStringLiteral("party_committee")}},
                       &error)
                   .has_value();
        break;
    case Action::Issue: {
        DocumentRegister::Request request;
        request.typeCode = QStringLiteral("CV");
        request.issuerCode = QStringLiteral("VPTU");
        request.issuedOn = QDate(2026, 12, 1);
        request.excerpt = QStringLiteral("Về việc thử quyền");
        done = DocumentRegister::issue(*store, request, &error).has_value();
        break;
    }
    case Action::Configure:
        done = store->setSetting(QStringLiteral("test.setting"), Access::code(role), &error);
        break;
    case Action::ManageAccounts: {
        Accounts::Entry account;
        account.name = QStringLiteral("thêm bởi %1").arg(Access::code(role));
        account.role = Role::Viewer;
        account.clearance = QStringLiteral("none");
        done = Accounts::add(*store, account, password, &error).has_value();
        break;
    }
    case Action::ReadAudit:
        // The log reads empty to a role without it.
        done = store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() > 0;
        if (!done)
            store->demand(action, &error);
        break;
    case Action::Print:
    case Action::Approve:
    case Action::Maintain: {
        // Actions whose operations live above the store ask it first, as the window and the
        // command line do.
        Store::Write write(store.get(), action);
        done = write.isActive();
        if (!done)
            error = write.errorString();
        break;
    }
    }
    QCOMPARE(done, allowed);
    if (!allowed) {
        QVERIFY2(error.contains(Access::label(role)), qPrintable(error));
        QCOMPARE(refusals(m_path), refusedBefore + 1);
    }
    QCOMPARE(store->allows(action), allowed);
}

void TestAccess::passwordsAreHashedWithArgon2id()
{
    const QString composed = QStringLiteral("Hội nghị 2026");
    const QByteArray hash = Passwords::hash(composed);
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(!hash.contains(composed.toUtf8()));
    QVERIFY(Passwords::verify(hash, composed));
    // The same word typed with combining marks is the same password.
    QVERIFY(Passwords::verify(hash, composed.normalized(QString::NormalizationForm_D)));
    QVERIFY(!Passwords::verify(hash, QStringLiteral("Hoi nghi 2026")));
    QVERIFY(!Passwords::verify(hash, QString()));
    // A salt of its own each time.
    QVERIFY(Passwords::hash(composed) != hash);
}

void TestAccess::firstAccountIsAnAdministrator()
{
    const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    auto store = TestSupport::open(path);
    QVERIFY(store);
    QVERIFY(!store->accountsEnabled());
    QVERIFY(store->allows(Action::Edit));
    Accounts::Entry clerk;
    clerk.name = QStringLiteral("vanthu");
    clerk.role = Role::Clerk;
    clerk.clearance = QStringLiteral("none");
    QString error;
    QVERIFY(!Accounts::add(*store, clerk, password, &error));
    QVERIFY(error.contains(QStringLiteral("administrator")));
    QVERIFY(!store->accountsEnabled());
    Accounts::Entry admin = clerk;
    admin.name = QStringLiteral("quantri");
    admin.role = Role::Admin;
    QVERIFY(!Accounts::add(*store, admin, QStringLiteral("ngắn"), &error));
    QVERIFY2(Accounts::add(*store, admin, password, &error), qPrintable(error));
    // From then on nobody is anybody until they log in.
    QVERIFY(store->accountsEnabled());
    QVERIFY(!store->allows(Action::Read));
    QCOMPARE(store->value(QStringLiteral("SELECT count(*) FROM conference")).toInt(), 0);
    QVERIFY(TestSupport::fileValue(path, QStringLiteral("SELECT count(*) FROM conference")).toInt()
        > 0);
}

void TestAccess::wrongPasswordsSlowTheNextTries()
{
    auto store = TestSupport::open(m_path);
    QVERIFY(store);
    const QString name = QStringLiteral("viewer");
    QString error;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!store->logIn(name, QStringLiteral("sai mật khẩu"), &error));
        QCOMPARE(error, Store::tr("The account name or the password is not right."));
        m_clock->advance(1);
    }
    // The sixth try waits, even with the right password.
    QVERIFY(!store->logIn(name, password, &error));
    QVERIFY2(error.contains(QStringLiteral("29")), qPrintable(error));
    m_clock->advance(30);
    QVERIFY2(store->logIn(name, password, &error), qPrintable(error));
    store->logOut();
    // A right password clears the count: the next wrong one does not wait.
    QVERIFY(!store->logIn(name, QStringLiteral("sai"), &error));
    QVERIFY2(store->logIn(name, password, &error), qPrintable(error));
    QCOMPARE(TestSupport::fileValue(m_path,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                                "AND record_label = 'viewer'"))
                 .toInt(),
        7);
}

void TestAccess::badLoginsAreRefusedWithASentence()
{
    auto store = TestSupport::open(m_path);
    QVERIFY(store);
    QString error;
    QVERIFY(!store->logIn(QStringLiteral("staff"), QString(), &error));
    QCOMPARE(error, Store::tr("Type the password."));
    QVERIFY(!store->logIn(QString(), password, &error));
    // An unknown name reads as a wrong password: nothing tells which accounts exist.
    QVERIFY(!store->logIn(QStringLiteral("không có"), password, &error));
    QCOMPARE(error, Store::tr("The account name or the password is not right."));

    // A name typed decomposed, or in capitals, is the same account.
    QVERIFY2(store->logIn(QStringLiteral("admin"), password, &error), qPrintable(error));
    Accounts::Entry lan;
    lan.name = QStringLiteral("Nguyễn Thị Lan");
    lan.role = Role::Staff;
    lan.clearance = QStringLiteral("confidential");
    QVERIFY2(Accounts::add(*store, lan, password, &error), qPrintable(error));
    Accounts::Entry again = lan;
    again.name = lan.name.normalized(QString::NormalizationForm_D).toUpper();
    QVERIFY(!Accounts::add(*store, again, password, &error));
    QVERIFY2(store->logIn(again.name, password, &error), qPrintable(error));
    QCOMPARE(store->account()->name, lan.name);
    QCOMPARE(store->userName(), lan.name);

    // A disabled account is refused, and it is the administrator who disables it.
    QVERIFY(!Accounts::setDisabled(*store, lan.name, true, &error));
    QVERIFY2(store->logIn(QStringLiteral("admin"), password, &error), qPrintable(error));
    QVERIFY2(Accounts::setDisabled(*store, lan.name, true, &error), qPrintable(error));
    QVERIFY(!store->logIn(lan.name, password, &error));
    QVERIFY(error.contains(QStringLiteral("disabled")));
    // The last administrator stays.
    QVERIFY(store->logIn(QStringLiteral("admin"), password, &error));
    QVERIFY(!Accounts::setDisabled(*store, QStringLiteral("admin"), true, &error));
    QVERIFY(!Accounts::change(
        *store, QStringLiteral("admin"), Role::Clerk, QStringLiteral("none"), &error));
}

void TestAccess::theHashIsNeverLogged()
{
    auto store = TestSupport::open(m_path);
    QVERIFY(store);
    QString error;
    QVERIFY(store->logIn(QStringLiteral("admin"), password, &error));
    QVERIFY2(Accounts::reset(
                 *store, QStringLiteral("leader"), QStringLiteral("mật khẩu mới 2026"), &error),
        qPrintable(error));
    QVERIFY(store->logIn(QStringLiteral("leader"), QStringLiteral("mật khẩu mới 2026"), &error));
    const QString hash = TestSupport::fileValue(
        m_path, QStringLiteral("SELECT password_hash FROM app_user WHERE name = 'leader'"))
                             .toString();
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QCOMPARE(TestSupport::fileValue(m_path,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%argon2%'"))
                 .toInt(),
        0);
    QVERIFY(TestSupport::fileValue(m_path,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'app_user' "
                               "AND action = 'update' AND changes LIKE '%password_hash%'"))
                .toInt()
        > 0);
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"

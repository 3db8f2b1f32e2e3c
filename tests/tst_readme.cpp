// The README's table of roles is Access's own table, rendered: a change to who may do what that
// the README does not show fails here. SECRETARIAT_UPDATE_README=1 writes the table into it.

#include "core/access.h"
#include "core/translations.h"

#include <QFile>
#include <QtTest>

namespace {

const QString begin = QStringLiteral("<!-- roles -->\n");
const QString end = QStringLiteral("<!-- /roles -->");

// One row per action, one column per role, the labels as the Vietnamese window shows them.
QString rolesTable()
{
    QString table = QStringLiteral("| Việc |");
    QString rule = QStringLiteral("|---|");
    for (const Access::Role role : Access::roles()) {
        table += QStringLiteral(" %1 (`%2`) |").arg(Access::label(role), Access::code(role));
        rule += QStringLiteral(":-:|");
    }
    table += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const Access::Action action : Access::actions()) {
        QString label = Access::label(action);
        label[0] = label[0].toUpper();
        table += QStringLiteral("| %1 |").arg(label);
        for (const Access::Role role : Access::roles())
            table += Access::allows(role, action) ? QStringLiteral(" ✓ |") : QStringLiteral(" — |");
        table += QLatin1Char('\n');
    }
    return table;
}

} // namespace

class TestReadme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rolesTableIsAccessTable();
};

void TestReadme::initTestCase()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("vi")));
}

void TestReadme::rolesTableIsAccessTable()
{
    QFile file(QStringLiteral(SECRETARIAT_README));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString readme = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype from = readme.indexOf(begin);
    const qsizetype to = readme.indexOf(end, from);
    QVERIFY2(from >= 0 && to > from, "README.md has no <!-- roles --> … <!-- /roles --> block");
    const QString shown = readme.mid(from + begin.size(), to - from - begin.size());
    const QString table = rolesTable();
    if (shown != table && qEnvironmentVariableIntValue("SECRETARIAT_UPDATE_README") == 1) {
        readme.replace(from + begin.size(), to - from - begin.size(), table);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(readme.toUtf8());
        return;
    }
    QVERIFY2(shown == table,
        qPrintable(QStringLiteral("The README's table of roles differs from Access's; it should "
                                  "read:\n%1")
                       .arg(table)));
}

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"

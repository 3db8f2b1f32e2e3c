#include "teststore.h"

#include "core/catalogue.h"
#include "core/translations.h"

#include <QSqlField>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

// The catalogue describes the schema the migrations build: nothing the store writes or explains
// may name a column that is not there, and nothing a user types may be left out of it.
class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyColumnIsInTheSchema();
    void everyColumnOfTheSchemaIsDescribed();
    void referencesAndOwnersPointAtTables();
    void everyLabelIsTranslated();
    void usesNameTheReferencingTables();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestCatalogue::initTestCase()
{
    m_store = TestSupport::open(
        m_dir.filePath(QStringLiteral("schema.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
}

void TestCatalogue::everyColumnIsInTheSchema()
{
    for (const Catalogue::Table &table : Catalogue::tables()) {
        const QSqlRecord record = m_store->connection().record(table.name);
        QVERIFY2(!record.isEmpty(), qPrintable(table.name));
        QVERIFY2(record.contains(table.key), qPrintable(table.name + QLatin1Char('.') + table.key));
        for (const Catalogue::Column &column : table.columns)
            QVERIFY2(record.contains(column.name),
                qPrintable(table.name + QLatin1Char('.') + column.name));
        for (const Catalogue::Derived &derived : table.derived)
            QVERIFY2(record.contains(derived.column),
                qPrintable(table.name + QLatin1Char('.') + derived.column));
        QCOMPARE(record.contains(QStringLiteral("version")), table.hasVersion);
        if (table.hasTimestamps) {
            QVERIFY(record.contains(QStringLiteral("created_at")));
            QVERIFY(record.contains(QStringLiteral("updated_at")));
        }
    }
}

void TestCatalogue::everyColumnOfTheSchemaIsDescribed()
{
    const QStringList own {QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("created_at"), QStringLiteral("updated_at")};
    for (const Catalogue::Table &table : Catalogue::tables()) {
        const QSqlRecord record = m_store->connection().record(table.name);
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            const bool described = own.contains(name) || table.column(name) || table.isDerived(name)
                || name == table.key;
            QVERIFY2(described, qPrintable(table.name + QLatin1Char('.') + name));
        }
    }
    // Every table of the schema but the log, its seal and the full-text indexes the store makes
    // from the catalogue is in the catalogue.
    QStringList indexes;
    for (const Catalogue::SearchIndex &index : Catalogue::searchIndexes())
        indexes << index.name();
    for (const QString &name : m_store->connection().tables()) {
        if (name == QLatin1String("audit_log") || name == QLatin1String("audit_seal")
            || indexes.contains(name.section(QLatin1Char('_'), 0, -2)) || indexes.contains(name))
            continue;
        QVERIFY2(Catalogue::table(name), qPrintable(name));
    }
}

void TestCatalogue::referencesAndOwnersPointAtTables()
{
    for (const Catalogue::Table &table : Catalogue::tables()) {
        for (const Catalogue::Column &column : table.columns) {
            if (column.type == Catalogue::Type::Reference)
                QVERIFY2(Catalogue::table(column.references),
                    qPrintable(table.name + QLatin1Char('.') + column.name));
            if (column.type == Catalogue::Type::Choice)
                QVERIFY2(column.choices.has_value(), qPrintable(column.name));
        }
        for (const QString &owner : table.ownerColumns) {
            const Catalogue::Column *column = table.column(owner);
            QVERIFY2(column && column->onDelete == Catalogue::OnDelete::Cascade,
                qPrintable(table.name + QLatin1Char('.') + owner));
        }
        for (const QString &name : table.nameColumns)
            QVERIFY2(table.column(name), qPrintable(table.name + QLatin1Char('.') + name));
    }
}

void TestCatalogue::everyLabelIsTranslated()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("vi")));
    for (const Catalogue::Table &table : Catalogue::tables()) {
        QVERIFY2(
            Catalogue::tableLabel(table.name) != QLatin1String(table.singular), table.singular);
        for (const Catalogue::Column &column : table.columns) {
            const QString label = Catalogue::fieldLabel(table.name, column.name);
            QVERIFY2(label != QLatin1String(column.label),
                qPrintable(
                    table.name + QLatin1Char('.') + column.name + QLatin1String(": ") + label));
        }
    }
    QCOMPARE(Catalogue::fieldLabel(QStringLiteral("conference"), QStringLiteral("venue")),
        QStringLiteral("Địa điểm"));
    QCOMPARE(Catalogue::tableCount(QStringLiteral("conference"), 3), QStringLiteral("3 hội nghị"));
}

void TestCatalogue::usesNameTheReferencingTables()
{
    QStringList uses;
    for (const Catalogue::Use &use : Catalogue::restrictingUses(QStringLiteral("person")))
        uses << use.table->name + QLatin1Char('.') + use.column->name;
    QVERIFY(uses.contains(QStringLiteral("conference_participant.person_id")));
    QVERIFY(uses.contains(QStringLiteral("commendation_recipient.person_id")));
    // A conference's own rows go with it; they do not keep it.
    for (const Catalogue::Use &use : Catalogue::restrictingUses(QStringLiteral("conference")))
        QVERIFY2(use.table->name != QLatin1String("conference_participant"),
            qPrintable(use.column->name));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"

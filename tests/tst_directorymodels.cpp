#include "teststore.h"
#include "testserver.h"

#include "models/directorymodels.h"
#include "models/unittreemodel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestDirectoryModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester();
    void filterIsDiacriticInsensitive_data();
    void filterIsDiacriticInsensitive();
    void filterWildcardsAreLiteral();
    void peopleSortTheVietnameseWay();
    void sortingByAnotherColumnAndBack();
    void listsShowLabelsAndDates();
    void unitTreeFollowsTheHierarchy();
    void listIsLazyOnLargeTables();

private:
    QStringList column(SqlListModel *model, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestDirectoryModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const QString error = TestSupport::writeDemo(file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_store = TestSupport::open(file);
    QVERIFY(m_store);
}

QStringList TestDirectoryModels::column(SqlListModel *model, int column) const
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void TestDirectoryModels::modelsPassTheTester()
{
    Store *db = m_store.get();
    std::unique_ptr<SqlListModel> units(DirectoryModels::units(db));
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(db));
    std::unique_ptr<SqlListModel> documents(DirectoryModels::documents(db));
    UnitTreeModel tree(db);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             units.get(), people.get(), documents.get(), &tree}) {
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
    }
    QAbstractItemModelTester tester(
        people.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    people->setFilterText(QStringLiteral("tinh uy"));
    people->sort(DirectoryModels::PersonUnit, Qt::DescendingOrder);
    people->setFilterText(QString());
    QAbstractItemModelTester treeTester(
        &tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.reload();
}

void TestDirectoryModels::filterIsDiacriticInsensitive_data()
{
    QTest::addColumn<int>("directory");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::addColumn<int>("count");

    QTest::newRow("no marks") << 1 << "nguyen van son"
                              << "Nguyễn Văn Sơn" << 1;
    QTest::newRow("capitals") << 1 << "NGUYỄN VĂN SƠN"
                              << "Nguyễn Văn Sơn" << 1;
    QTest::newRow("words in any order") << 1 << "son nguyen"
                                        << "Nguyễn Văn Sơn" << 1;
    QTest::newRow("NFD input")
        << 1 << QStringLiteral("Đỗ Trọng Hưng").normalized(QString::NormalizationForm_D)
        << "Đỗ Trọng Hưng" << 1;
    QTest::newRow("title") << 1 << "chu tich hdnd"
                           << "Đỗ Trọng Hưng" << 4;
    QTest::newRow("unit of the person") << 1 << "tuyen quang"
                                        << "Chẩu Văn Lâm" << 3;
    QTest::newRow("d for đ") << 0 << "dien bien"
                             << "Tỉnh ủy Điện Biên" << 2;
    QTest::newRow("old tone placement") << 0 << "Thanh Hoá"
                                        << "Tỉnh ủy Thanh Hóa" << 5;
    QTest::newRow("document code") << 2 << "39-ct"
                                   << "39-CT/TW" << 1;
    QTest::newRow("excerpt") << 2 << "bi mat nha nuoc"
                             << "16-QC/TU" << 1;
    QTest::newRow("nothing") << 1 << "khong co ai"
                             << "" << 0;
}

void TestDirectoryModels::filterIsDiacriticInsensitive()
{
    QFETCH(int, directory);
    QFETCH(QString, typed);
    QFETCH(QString, found);
    QFETCH(int, count);
    Store *db = m_store.get();
    std::unique_ptr<SqlListModel> model(directory == 0 ? DirectoryModels::units(db)
            : directory == 1                           ? DirectoryModels::people(db)
                                                       : DirectoryModels::documents(db));
    model->setFilterText(typed);
    const QStringList names = column(model.get(), 1);
    QCOMPARE(model->matchingCount(), count);
    QCOMPARE(names.size(), count);
    if (!found.isEmpty())
        QVERIFY2(names.contains(found), qPrintable(names.join(QLatin1String(" | "))));
}

void TestDirectoryModels::filterWildcardsAreLiteral()
{
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(m_store.get()));
    people->setFilterText(QStringLiteral("%"));
    QCOMPARE(people->rowCount(), 0);
    people->setFilterText(QStringLiteral("_"));
    QCOMPARE(people->rowCount(), 0);
    people->setFilterText(QStringLiteral("'; DROP TABLE person; --"));
    QCOMPARE(people->rowCount(), 0);
    people->setFilterText(QString());
    QVERIFY(people->rowCount() > 10);
}

void TestDirectoryModels::peopleSortTheVietnameseWay()
{
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(m_store.get()));
    const QStringList names = column(people.get(), DirectoryModels::PersonName);
    // By given name first: Cường < Dung < Dương < Đặng < Hưng (đ after d; ư after u).
    const QStringList expected {QStringLiteral("Ngô Chí Cường"), QStringLiteral("Lê Thị Kim Dung"),
        QStringLiteral("Nguyễn Quang Dương"), QStringLiteral("Lâm Minh Đặng"),
        QStringLiteral("Đỗ Trọng Hưng")};
    int previous = -1;
    for (const QString &name : expected) {
        const int at = names.indexOf(name);
        QVERIFY2(at > previous, qPrintable(names.join(QLatin1String(" | "))));
        previous = at;
    }
    // i < ơ: Sinh before Sơn.
    QVERIFY(names.indexOf(QStringLiteral("Trịnh Tuấn Sinh"))
        < names.indexOf(QStringLiteral("Nguyễn Văn Sơn")));

    people->sort(DirectoryModels::PersonName, Qt::DescendingOrder);
    QStringList reversed = column(people.get(), DirectoryModels::PersonName);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, names);
}

void TestDirectoryModels::sortingByAnotherColumnAndBack()
{
    std::unique_ptr<SqlListModel> units(DirectoryModels::units(m_store.get()));
    units->sort(DirectoryModels::UnitParent, Qt::AscendingOrder);
    const QStringList parents = column(units.get(), DirectoryModels::UnitParent);
    // Units without a superior (NULL) come first, then by the superior's Vietnamese key.
    QVERIFY(parents.first().isEmpty());
    QVERIFY(parents.last().startsWith(QStringLiteral("Tỉnh ủy")));
    units->sort(DirectoryModels::UnitName, Qt::AscendingOrder);
    const QStringList names = column(units.get(), DirectoryModels::UnitName);
    QCOMPARE(names.first(), QStringLiteral("Ban Thường vụ Tỉnh ủy Điện Biên"));
    // Kinds sort in the order they are offered, not by their codes.
    units->sort(DirectoryModels::UnitKind, Qt::AscendingOrder);
    const QStringList kinds = column(units.get(), DirectoryModels::UnitKind);
    QCOMPARE(kinds.first(), QStringLiteral("Party committee"));
    QCOMPARE(kinds.last(), QStringLiteral("Party organization (Party body, cell)"));
    QVERIFY(kinds.indexOf(QStringLiteral("Standing board"))
        > kinds.lastIndexOf(QStringLiteral("Party committee")));

    // Any text column sorts the Vietnamese way (Đ before P before U), unlike UTF-8 bytes
    // (P before Đ before Ủ).
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(m_store.get()));
    people->sort(DirectoryModels::PersonTitle, Qt::AscendingOrder);
    const QStringList titles = column(people.get(), DirectoryModels::PersonTitle);
    const int party
        = titles.indexOf(QStringLiteral("Đảng viên Chi bộ Trường Tiểu học Bình Minh (giả định)"));
    const int deputy = titles.indexOf(QStringLiteral("Phó Bí thư Tỉnh ủy"));
    const int member = titles.indexOf(
        QStringLiteral("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    QVERIFY(party >= 0 && deputy >= 0 && member >= 0);
    QVERIFY(party < deputy);
    QVERIFY(deputy < member);
}

void TestDirectoryModels::listsShowLabelsAndDates()
{
    std::unique_ptr<SqlListModel> units(DirectoryModels::units(m_store.get()));
    units->setFilterText(QStringLiteral("tinh uy tra vinh"));
    // and its Standing Board, sorted first, and Vĩnh Long, which replaced it (found by the old
    // name), last
    QCOMPARE(units->rowCount(), 3);
    QCOMPARE(units->index(2, DirectoryModels::UnitName).data().toString(),
        QStringLiteral("Tỉnh ủy Vĩnh Long"));
    QCOMPARE(units->index(1, DirectoryModels::UnitName).data().toString(),
        QStringLiteral("Tỉnh ủy Trà Vinh"));
    QCOMPARE(units->index(1, DirectoryModels::UnitKind).data().toString(),
        QStringLiteral("Party committee"));
    QCOMPARE(units->index(1, DirectoryModels::UnitValidTo).data().toString(),
        QStringLiteral("30/06/2025"));
    QCOMPARE(units->index(1, DirectoryModels::UnitSuccessor).data().toString(),
        QStringLiteral("Tỉnh ủy Vĩnh Long"));

    std::unique_ptr<SqlListModel> documents(DirectoryModels::documents(m_store.get()));
    documents->setFilterText(QStringLiteral("39"));
    QCOMPARE(documents->index(0, DirectoryModels::DocumentIssuedOn).data().toString(),
        QStringLiteral("18/08/2014"));
    QCOMPARE(documents->index(0, DirectoryModels::DocumentType).data().toString(),
        QStringLiteral("Chỉ thị"));
}

void TestDirectoryModels::unitTreeFollowsTheHierarchy()
{
    UnitTreeModel tree(m_store.get());
    QSqlQuery query(m_store->connection());
    query.exec(
        QStringLiteral("SELECT id FROM unit WHERE name = 'Ban Thường vụ Tỉnh ủy Thanh Hóa'"));
    QVERIFY(query.next());
    const QModelIndex board = tree.indexOfId(query.value(0).toLongLong());
    QVERIFY(board.isValid());
    QCOMPARE(board.parent().data().toString(), QStringLiteral("Tỉnh ủy Thanh Hóa"));
    QVERIFY(!board.parent().parent().isValid());
    // Children in Vietnamese order: "Ban Thường vụ…" < "Ban Tổ chức…" (h < ô) < "Đảng…" < "Văn…".
    const QModelIndex parent = board.parent();
    QStringList children;
    for (int row = 0; row < tree.rowCount(parent); ++row)
        children << tree.index(row, 0, parent).data().toString();
    QCOMPARE(children.first(), QStringLiteral("Ban Thường vụ Tỉnh ủy Thanh Hóa"));
    QVERIFY(children.contains(QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa")));
    QCOMPARE(children.last(), QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa"));

    // A loop made behind the program's back does not hang the tree.
    QSqlQuery loop(m_store->connection());
    QVERIFY(loop.exec(TestSupport::foreignKeys(false)));
    QVERIFY(loop.exec(QStringLiteral("UPDATE unit SET parent_id = (SELECT id FROM unit WHERE "
                                     "name = 'Ban Thường vụ Tỉnh ủy Thanh Hóa') "
                                     "WHERE name = 'Tỉnh ủy Thanh Hóa'")));
    tree.reload();
    QVERIFY(tree.rowCount() > 0);
    QVERIFY(loop.exec(QStringLiteral("UPDATE unit SET parent_id = NULL "
                                     "WHERE name = 'Tỉnh ủy Thanh Hóa'")));
    QVERIFY(loop.exec(TestSupport::foreignKeys(true)));
}

void TestDirectoryModels::listIsLazyOnLargeTables()
{
    QTemporaryDir dir;
    auto big
        = TestSupport::open(dir.filePath(QStringLiteral("big.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(big);
    Store *db = big.get();
    const QStringList family {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đỗ", "Ngô", "Vũ"};
    const QStringList given {"An", "Bình", "Cường", "Dung", "Đức", "Hà", "Sơn", "Thủy", "Yến"};
    QString error;
    {
        Store::Write transaction(db);
        for (int i = 0; i < 5000; ++i) {
            const QString name = QStringLiteral("%1 Văn %2 %3")
                                     .arg(family.at(i % family.size()))
                                     .arg(given.at(i % given.size()))
                                     .arg(i);
            QVERIFY(db->insert(
                QStringLiteral("person"), {{QStringLiteral("full_name"), name}}, &error));
        }
        QVERIFY(transaction.commit(&error));
    }
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(db));
    QVERIFY2(people->rowCount() < 5000, "the list read every row at once");
    QVERIFY(people->canFetchMore(QModelIndex()));
    QCOMPARE(people->matchingCount(), 5000);
    people->setFilterText(QStringLiteral("duc"));
    QCOMPARE(people->matchingCount(), 5000 / given.size() + (5000 % given.size() > 4 ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestDirectoryModels)
#include "tst_directorymodels.moc"

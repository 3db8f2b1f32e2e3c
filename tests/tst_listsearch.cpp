#include "core/catalogue.h"
#include "generator.h"
#include "models/directorymodels.h"
#include "models/lookups.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "storage/store.h"
#include "teststore.h"
#include "testserver.h"
#include "text/vietnamesetext.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

// The lists' quick filter searches a full-text index instead of scanning every row with LIKE.
// On a generated province (Vietnamese names with their frequencies, units in a hierarchy,
// conference titles citing documents), it must find exactly what a LIKE for the start of each
// word finds (a conference also by a delegate's name), in the list's order, whatever the sort.
class TestListSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsWhatLikeFinds_data();
    void findsWhatLikeFinds();
    void aModelStaysSoundWhileTyping();
    void aPageAtATime();
    void thePickerPutsTheNameTypedFirst();
    void quotesAndCodesArePhrases_data();
    void quotesAndCodesArePhrases();
    void aQuotedPhraseFindsOnlyTheWordsTogether();

private:
    QList<qint64> allIds(SqlListModel *model);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestListSearch::initTestCase()
{
    TestSupport::fixClock();
    m_store = TestSupport::open(
        m_dir.filePath(QStringLiteral("province.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    // Enough people for a filter to find more than 5,000 (a page then walks the sort's index).
    QVERIFY2(Generator::populate(*m_store, {12000, 1500, 6000}, &error), qPrintable(error));
}

void TestListSearch::cleanupTestCase()
{
    m_store.reset();
}

QList<qint64> TestListSearch::allIds(SqlListModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    return ids;
}

namespace {

// The folded text with its punctuation as spaces, so that a LIKE can look for a word's start.
QString words(const QString &column)
{
    QString expression = column;
    for (const char *mark : {"-", "/", ",", ".", "(", ")", ":"})
        expression = QStringLiteral("replace(%1, '%2', ' ')").arg(expression, QLatin1String(mark));
    return expression;
}

} // namespace

void TestListSearch::findsWhatLikeFinds_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("sortColumn");
    for (const char *typed : {"nguyen van hoa", "Nguyễn", "thi thu", "h", "vinh", "vĩnh",
             "quang tan", "bi thu", "Đảng ủy xã", "ĐÔNG SƠN", "hoang hoa"})
        for (int column : {DirectoryModels::PersonName, DirectoryModels::PersonUnit})
            QTest::addRow("people “%s” by %d", typed, column)
                << QStringLiteral("people") << QString::fromUtf8(typed) << column;
    for (const char *typed : {"tong ket 39", "39-CT/TW", "ct tw", "Tổng kết", "hoang hoa",
             "nguyen van hoa", "Lê Thị", "quan triet nghi quyet 21", "phong, chong", "quy 3", "xa"})
        for (int column :
            {WorkLists::ConferenceDate, WorkLists::ConferenceTitle, WorkLists::ConferenceOrganizer})
            QTest::addRow("conferences “%s” by %d", typed, column)
                << QStringLiteral("conferences") << QString::fromUtf8(typed) << column;
}

void TestListSearch::findsWhatLikeFinds()
{
    QFETCH(QString, list);
    QFETCH(QString, typed);
    QFETCH(int, sortColumn);
    const bool people = list == QLatin1String("people");
    std::unique_ptr<SqlListModel> model(
        people ? DirectoryModels::people(m_store.get()) : WorkLists::conferences(m_store.get()));
    model->sort(sortColumn, Qt::DescendingOrder);
    model->setFilterText(typed);
    QVERIFY2(model->errorString().isEmpty(), qPrintable(model->errorString()));
    const QList<qint64> found = allIds(model.get());

    // What LIKE finds: every word the start of a word of the row's text or of its unit's name.
    const QString text = people
        ? QStringLiteral("' ' || %1 || ' ' || %2 || ' ' || %3")
              .arg(words(QStringLiteral("p.name_folded")), words(QStringLiteral("p.title_folded")),
                  words(QStringLiteral("coalesce(u.name_folded, '')")))
        : QStringLiteral("' ' || %1 || ' ' || %2")
              .arg(words(QStringLiteral("c.title_folded")),
                  words(QStringLiteral("coalesce(u.name_folded, '')")));
    QStringList conditions;
    QStringList nameConditions;
    QVariantList values;
    QVariantList nameValues;
    for (const QString &word : VietnameseText::fold(typed).split(
             QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts)) {
        conditions << text + QStringLiteral(" LIKE ?");
        values << QStringLiteral("% ") + word + QLatin1Char('%');
        nameConditions
            << QStringLiteral("' ' || %1 LIKE ?").arg(words(QStringLiteral("dp.name_folded")));
        nameValues << QStringLiteral("% ") + word + QLatin1Char('%');
    }
    QVERIFY(!conditions.isEmpty());
    QString where = conditions.join(QStringLiteral(" AND "));
    // A conference is also found by the name of one of its delegates (every word in it).
    if (!people) {
        where = QStringLiteral("(%1) OR c.id IN (SELECT cp.conference_id FROM "
                               "conference_participant cp JOIN person dp ON dp.id = cp.person_id "
                               "WHERE %2)")
                    .arg(where, nameConditions.join(QStringLiteral(" AND ")));
        values << nameValues;
    }
    QString order;
    if (people)
        order = sortColumn == DirectoryModels::PersonName ? QStringLiteral("p.sort_key DESC")
                                                          : QStringLiteral("u.sort_key DESC");
    else
        order = sortColumn == WorkLists::ConferenceDate ? QStringLiteral("c.held_on DESC")
            : sortColumn == WorkLists::ConferenceTitle  ? QStringLiteral("c.sort_key DESC")
                                                        : QStringLiteral("u.sort_key DESC");
    const QString sql = people
        ? QStringLiteral("SELECT p.id FROM person p LEFT JOIN unit u ON u.id = p.unit_id WHERE %1 "
                         "ORDER BY %2, p.id DESC")
        : QStringLiteral("SELECT c.id FROM conference c LEFT JOIN unit u ON "
                         "u.id = c.organizer_unit_id WHERE %1 ORDER BY %2, c.id DESC");
    auto query = m_store->select(sql.arg(where, order), values);
    QVERIFY(query);
    QList<qint64> expected;
    while (query->next())
        expected << query->value(0).toLongLong();
    QCOMPARE(found.size(), expected.size());
    if (typed == QLatin1String("h"))
        QVERIFY2(expected.size() > 5000, "the filter walks the sort's index");
    QCOMPARE(found, expected);
    QCOMPARE(model->matchingCount(), int(expected.size()));
    // Nothing trivial: each filter finds some rows and leaves some out.
    QVERIFY2(!expected.isEmpty(), qPrintable(typed));
}

void TestListSearch::aModelStaysSoundWhileTyping()
{
    std::unique_ptr<SqlListModel> model(DirectoryModels::people(m_store.get()));
    QAbstractItemModelTester tester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString typed = QStringLiteral("Nguyễn Văn H");
    for (int length = 1; length <= typed.size(); ++length) {
        model->setFilterText(typed.left(length));
        if (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        QVERIFY(model->rowCount() <= model->matchingCount());
    }
    model->sort(DirectoryModels::PersonUnit, Qt::AscendingOrder);
    for (int length = typed.size(); length >= 0; --length)
        model->setFilterText(typed.left(length));
    QCOMPARE(model->matchingCount(), 12000);
    // Only punctuation: no word to find, so nothing is found.
    model->setFilterText(QStringLiteral("%,-"));
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->matchingCount(), 0);
}

// A long list is read as the view scrolls, and every row comes exactly once.
void TestListSearch::aPageAtATime()
{
    std::unique_ptr<SqlListModel> model(WorkLists::conferences(m_store.get()));
    QCOMPARE(model->matchingCount(), 1500);
    QVERIFY(model->rowCount() < 1500);
    QVERIFY(model->canFetchMore(QModelIndex()));
    const QList<qint64> ids = allIds(model.get());
    QCOMPARE(ids.size(), 1500);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 1500);
    QVERIFY(!model->canFetchMore(QModelIndex()));
}

// "nguyen van hoa" also finds a Nguyễn Công An of the Văn phòng in Hoằng Hóa (the words are in
// the unit's name); the picker offers the Nguyễn Văn Hòas first.
void TestListSearch::thePickerPutsTheNameTypedFirst()
{
    const QList<Lookups::Item> found = Lookups::findPeopleAndUnits(
        *m_store, QStringLiteral("Nguyễn Văn Hòa"), QStringLiteral("Đơn vị: "), 300);
    QCOMPARE(found.size(), 300);
    QStringList starts;
    for (const Lookups::Item &item : found)
        starts << (VietnameseText::fold(item.text).startsWith(QStringLiteral("nguyen van hoa"))
                ? QStringLiteral("yes")
                : QStringLiteral("no"));
    // Some of each, the named ones first.
    QVERIFY2(starts.contains(QStringLiteral("yes")) && starts.contains(QStringLiteral("no")),
        qPrintable(starts.join(' ')));
    QCOMPARE(starts.lastIndexOf(QStringLiteral("yes")) + 1, starts.indexOf(QStringLiteral("no")));
}

void TestListSearch::quotesAndCodesArePhrases_data()
{
    // What each engine is asked: FTS5's MATCH on a file, a text search query on the server.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("tsquery");
    QTest::addRow("words") << QStringLiteral("Ủy ban") << QStringLiteral("\"uy\"* \"ban\"*")
                           << QStringLiteral("('uy':*) & ('ban':*)");
    QTest::addRow("quoted") << QStringLiteral("\"Ủy ban\"") << QStringLiteral("\"uy ban\"")
                            << QStringLiteral("('uy' <-> 'ban')");
    QTest::addRow("unclosed") << QStringLiteral("hoi nghi \"Ủy ban")
                              << QStringLiteral("\"hoi\"* \"nghi\"* \"uy ban\"")
                              << QStringLiteral("('hoi':*) & ('nghi':*) & ('uy' <-> 'ban')");
    QTest::addRow("code -") << QStringLiteral("39-CT") << QStringLiteral("\"39 ct\"*")
                            << QStringLiteral("('39' <-> 'ct':*)");
    QTest::addRow("code /") << QStringLiteral("ct/tw") << QStringLiteral("\"ct tw\"*")
                            << QStringLiteral("('ct' <-> 'tw':*)");
    QTest::addRow("code -/") << QStringLiteral("Chỉ thị 39-CT/TW")
                             << QStringLiteral("\"chi\"* \"thi\"* \"39 ct tw\"*")
                             << QStringLiteral(
                                    "('chi':*) & ('thi':*) & ('39' <-> 'ct' <-> 'tw':*)");
    QTest::addRow("đ") << QStringLiteral("\"Điện Biên\"") << QStringLiteral("\"dien bien\"")
                       << QStringLiteral("('dien' <-> 'bien')");
    QTest::addRow("a lone dash") << QStringLiteral("a - b") << QStringLiteral("\"a\"* \"b\"*")
                                 << QStringLiteral("('a':*) & ('b':*)");
}

void TestListSearch::quotesAndCodesArePhrases()
{
    QFETCH(QString, typed);
    QFETCH(QString, match);
    QFETCH(QString, tsquery);
    QVariantList values;
    const QString sql = m_store->dialect().searchQuery(
        *Catalogue::searchIndex(QStringLiteral("conference")), typed, &values);
    QVERIFY(!sql.isEmpty());
    QCOMPARE(values.value(0).toString(), TestSupport::onServer() ? tsquery : match);
    // The engine takes it.
    QString error;
    QVERIFY2(m_store->select(sql, values, &error).has_value(), qPrintable(error));
}

// "uy ban" in quotes finds the conferences whose title has "Ủy ban", not those with "Ủy viên"
// and "Ban" apart; a code finds its own parts together and in order.
void TestListSearch::aQuotedPhraseFindsOnlyTheWordsTogether()
{
    std::unique_ptr<SqlListModel> model(WorkLists::conferences(m_store.get()));
    const auto countFor = [&](const QString &typed) {
        model->setFilterText(typed);
        return allIds(model.get()).size();
    };
    const int apart = countFor(QStringLiteral("ban uy"));
    const int together = countFor(QStringLiteral("\"uy ban\""));
    const int reversed = countFor(QStringLiteral("\"ban uy\""));
    QVERIFY(together > 0);
    QVERIFY(together <= apart);
    QVERIFY(reversed < apart);
    // The generator's titles cite "39-CT/TW": the words typed as a code must stand together,
    // in that order.
    const int code = countFor(QStringLiteral("39-ct"));
    QVERIFY(code > 0);
    QCOMPARE(countFor(QStringLiteral("ct 39")), code);
    QCOMPARE(countFor(QStringLiteral("ct-39")), 0);
    QCOMPARE(countFor(QStringLiteral("ct/tw")), countFor(QStringLiteral("\"ct tw\"")));
}

QTEST_GUILESS_MAIN(TestListSearch)
#include "tst_listsearch.moc"

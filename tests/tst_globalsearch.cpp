#include "gui/common/recordeditor.h"
#include "gui/common/searchfield.h"
#include "gui/mainwindow.h"
#include "guitestsupport.h"
#include "models/directorymodels.h"
#include "models/globalsearch.h"
#include "models/sqllistmodel.h"
#include "models/worklists.h"
#include "storage/store.h"
#include "teststore.h"

#include <QListWidget>
#include <QProcess>
#include <QToolBar>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using Kind = GlobalSearch::Kind;
using Found = std::set<std::pair<int, qint64>>; // (kind, id)

// The one search box across every kind of record, on records this test types itself: what each
// search finds is the set the test expects, kind by kind, with the counts; ranked within a kind;
// nothing the account may not read.
class TestGlobalSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void findsTheExpectedRecords_data();
    void findsTheExpectedRecords();
    void kindsComeInTheirOrderWithCounts();
    void aDelegateSaysWhyTheConferenceWasFound();
    void anOldNameFindsTheUnitThatReplacedIt();
    void theBestMatchComesFirst();
    void atMostSoManyOfAKindButAllAreCounted();
    void punctuationAloneFindsNothing();
    void eachListsQuickFilterReachesAsFar();
    void theCommandLinePrintsTheGroups();
    void ctrlKTypeAndEnterOpensTheFirstHit();
    void beyondTheCapTheCountSaysSo();
    // Last: accounts are turned on.
    void aSecretConferenceIsNeitherShownNorCounted();

private:
    qint64 add(const QString &table, const QVariantMap &values);
    static Found found(const GlobalSearch::Results &results);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QMap<QString, qint64> m_id;
};

qint64 TestGlobalSearch::add(const QString &table, const QVariantMap &values)
{
    QString error;
    const auto id = m_store->insert(table, values, &error);
    if (!id)
        qFatal("%s: %s", qPrintable(table), qPrintable(error));
    return *id;
}

Found TestGlobalSearch::found(const GlobalSearch::Results &results)
{
    Found all;
    for (const GlobalSearch::Group &group : results.groups) {
        for (const GlobalSearch::Hit &hit : group.hits)
            all.insert({int(hit.kind), hit.id});
    }
    return all;
}

void TestGlobalSearch::initTestCase()
{
    TestSupport::fixClock();
    m_store = TestSupport::open(
        m_dir.filePath(QStringLiteral("search.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    using M = QVariantMap;
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    m_id["dienBien"] = add("unit",
        M {{"name", s("Tỉnh ủy Điện Biên")}, {"kind", "party_committee"}, {"issuer_code", "TU"}});
    m_id["dienBienDong"] = add("unit",
        M {{"name", s("Huyện ủy Điện Biên Đông")}, {"kind", "party_committee"},
            {"parent_id", m_id["dienBien"]}});
    m_id["commission"] = add(
        "unit", M {{"name", s("Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa")}, {"kind", "advisory_body"}});
    m_id["vinhLong"] = add("unit",
        M {{"name", s("Tỉnh ủy Vĩnh Long")}, {"kind", "party_committee"},
            {"valid_from", "2025-07-01"}});
    // Merged into Vĩnh Long: found by its old name, and so is Vĩnh Long.
    m_id["traVinh"] = add("unit",
        M {{"name", s("Tỉnh ủy Trà Vinh")}, {"kind", "party_committee"}, {"valid_to", "2025-06-30"},
            {"successor_id", m_id["vinhLong"]}});
    // The old tone placement, as a file typed years ago has it.
    m_id["hoaBinh"]
        = add("unit", M {{"name", s("Đảng ủy xã Hoà Bình")}, {"kind", "party_committee"}});

    m_id["hoa"] = add("person",
        M {{"full_name", s("Nguyễn Văn Hòa")}, {"title", s("Bí thư")},
            {"unit_id", m_id["dienBien"]}});
    m_id["thuy"]
        = add("person", M {{"full_name", s("Lò Văn Thủy")}, {"unit_id", m_id["dienBienDong"]}});
    m_id["thuy2"]
        = add("person", M {{"full_name", s("Trần Thị Thúy")}, {"unit_id", m_id["commission"]}});
    m_id["binh"]
        = add("person", M {{"full_name", s("Lê Văn Bình")}, {"unit_id", m_id["vinhLong"]}});

    m_id["ct39"] = add("legal_document",
        M {{"code", "39-CT/TW"}, {"type_code", "CT"}, {"issued_on", "2014-08-18"},
            {"excerpt", s("Về tăng cường công tác bảo vệ chính trị nội bộ")}});
    m_id["kl39"] = add("legal_document",
        M {{"code", "39-KL/TW"}, {"type_code", "KL"}, {"issued_on", "2024-10-01"},
            {"excerpt", s("Kết luận về công tác cán bộ")}});

    m_id["review"] = add("conference",
        M {{"kind", "final_review"},
            {"title", s("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW")},
            {"legal_document_id", m_id["ct39"]}, {"held_on", "2024-03-12"},
            {"organizer_unit_id", m_id["dienBien"]}, {"status", "concluded"}});
    m_id["commissionMeeting"] = add("conference",
        M {{"kind", "other"}, {"title", s("Hội nghị Ủy ban Kiểm tra mở rộng")},
            {"held_on", "2023-06-20"}, {"organizer_unit_id", m_id["commission"]},
            {"status", "concluded"}});
    m_id["boardMeeting"] = add("conference",
        M {{"kind", "other"}, {"title", s("Hội nghị Ủy viên Ban Thường vụ")},
            {"held_on", "2024-10-05"}, {"venue", s("Hội trường Vĩnh Long")},
            {"organizer_unit_id", m_id["vinhLong"]}, {"status", "planned"}});
    m_id["secret"] = add("conference",
        M {{"kind", "other"}, {"title", s("Hội nghị bảo vệ chính trị nội bộ Điện Biên")},
            {"held_on", "2024-11-20"}, {"status", "planned"}, {"secrecy", "secret"}});
    add("conference_participant",
        M {{"conference_id", m_id["commissionMeeting"]}, {"person_id", m_id["thuy"]},
            {"role", "delegate"}, {"position", 1}});

    const qint64 body = add("issuing_body",
        M {{"name", s("Ban Thường vụ Tỉnh ủy Điện Biên")},
            {"issuing_line", s("BAN THƯỜNG VỤ TỈNH ỦY")}, {"issuer_code", "TU"},
            {"unit_id", m_id["dienBien"]}});
    m_id["inspection"] = add("inspection_team",
        M {{"name", s("Đoàn kiểm tra thực hiện Chỉ thị 39-CT/TW")}, {"issuing_body_id", body},
            {"decided_on", "2024-05-06"}, {"status", "working"}});
    const qint64 target = add("inspection_target",
        M {{"team_id", m_id["inspection"]}, {"unit_id", m_id["dienBienDong"]},
            {"status", "scheduled"}, {"position", 1}});
    m_id["recommendation"] = add("recommendation",
        M {{"target_id", target}, {"responsible_unit_id", m_id["dienBienDong"]},
            {"content", s("Rà soát, bổ sung hồ sơ bảo vệ chính trị nội bộ")},
            {"deadline", "2024-12-31"}, {"status", "in_progress"}, {"position", 1}});
    m_id["commendation"] = add("commendation",
        M {{"kind", "thematic"}, {"reason", s("Hoàn thành xuất sắc nhiệm vụ năm 2023")},
            {"form_id", m_store->value(QStringLiteral("SELECT min(id) FROM commendation_form"))},
            {"issuing_body_id", body}, {"proposing_unit_id", m_id["commission"]},
            {"proposed_on", "2024-01-10"}, {"status", "proposed"}});
    m_id["entry"] = add("document_register",
        M {{"type_code", "TB"}, {"issuer_code", "TU"}, {"issuing_body_id", body}, {"series", "TB"},
            {"year", 2025}, {"number", 12}, {"code", "12-TB/TU"}, {"issued_on", "2025-02-03"},
            {"excerpt", s("Thông báo kết luận của Ban Thường vụ")}, {"signer", s("Nguyễn Văn Hòa")},
            {"status", "issued"}});
}

void TestGlobalSearch::cleanupTestCase()
{
    m_store.reset();
}

void TestGlobalSearch::findsTheExpectedRecords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected"); // "kind:name"
    // The conference organized in Điện Biên and the secret one about it, its units, the people
    // of its units and the recommendation to a unit there (not the inspection: its name does
    // not say where).
    QTest::addRow("dien bien") << QStringLiteral("dien bien")
                               << QStringList {"0:review", "0:secret", "1:hoa", "1:thuy",
                                      "2:dienBien", "2:dienBienDong", "5:recommendation"};
    // The words together: not "Ủy viên Ban Thường vụ".
    QTest::addRow("\"uy ban\"") << QStringLiteral("\"uy ban\"")
                                << QStringList {"0:commissionMeeting", "1:thuy2", "2:commission",
                                       "6:commendation"};
    QTest::addRow("uy ban, apart") << QStringLiteral("uy ban")
                                   << QStringList {"0:commissionMeeting", "0:boardMeeting",
                                          "1:thuy2", "2:commission", "6:commendation"};
    // Thủy and Thúy alike, and the conference Lò Văn Thủy attended.
    QTest::addRow("thuy") << QStringLiteral("thuy")
                          << QStringList {"0:commissionMeeting", "1:thuy", "1:thuy2"};
    // The code's parts together: not 39-KL/TW.
    QTest::addRow("39-ct") << QStringLiteral("39-ct")
                           << QStringList {"0:review", "3:ct39", "4:inspection"};
    // Held, issued, decided or proposed in 2024.
    QTest::addRow("2024") << QStringLiteral("2024")
                          << QStringList {"0:review", "0:boardMeeting", "0:secret", "3:kl39",
                                 "4:inspection", "6:commendation"};
    // A year with words: both.
    QTest::addRow("hoi nghi 2024") << QStringLiteral("hội nghị 2024")
                                   << QStringList {"0:review", "0:boardMeeting", "0:secret"};
    // "2023" in the reason, not in a date.
    QTest::addRow("2023") << QStringLiteral("2023")
                          << QStringList {"0:commissionMeeting", "6:commendation"};
    // Old and new tone placement find each other: Hòa, Hoà Bình, Thanh Hóa (and what is of the
    // commission there), the entry Nguyễn Văn Hòa signed, the reason "Hoàn thành…".
    const QStringList hoa {"0:commissionMeeting", "1:hoa", "1:thuy2", "2:hoaBinh", "2:commission",
        "6:commendation", "7:entry"};
    QTest::addRow("hòa") << QStringLiteral("hòa") << hoa;
    QTest::addRow("hoà") << QStringLiteral("hoà") << hoa;
    QTest::addRow("HOÀ BÌNH") << QStringLiteral("HOÀ BÌNH") << QStringList {"2:hoaBinh"};
    // An old name: the unit that had it and the one that replaced it.
    QTest::addRow("tra vinh") << QStringLiteral("tra vinh")
                              << QStringList {"2:traVinh", "2:vinhLong"};
    QTest::addRow("register") << QStringLiteral("12-tb") << QStringList {"7:entry"};
    QTest::addRow("nothing") << QStringLiteral("Sơn La") << QStringList {};
}

void TestGlobalSearch::findsTheExpectedRecords()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    const GlobalSearch::Results results = GlobalSearch::find(m_store.get(), typed, 50);
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    Found wanted;
    for (const QString &item : expected) {
        QVERIFY2(m_id.contains(item.section(':', 1)), qPrintable(item));
        wanted.insert({item.section(':', 0, 0).toInt(), m_id.value(item.section(':', 1))});
    }
    const Found got = found(results);
    if (got != wanted) {
        QStringList shown;
        for (const GlobalSearch::Group &group : results.groups)
            for (const GlobalSearch::Hit &hit : group.hits)
                shown << QStringLiteral("%1:%2 %3").arg(int(hit.kind)).arg(hit.id).arg(hit.title);
        QFAIL(qPrintable(shown.join(QStringLiteral("; "))));
    }
    // Every hit listed: the counts are the hits.
    int total = 0;
    for (const GlobalSearch::Group &group : results.groups) {
        QCOMPARE(group.total, group.hits.size());
        QVERIFY(group.total > 0);
        total += group.total;
    }
    QCOMPARE(results.total(), total);
    QCOMPARE(results.isEmpty(), expected.isEmpty());
}

void TestGlobalSearch::kindsComeInTheirOrderWithCounts()
{
    const GlobalSearch::Results results
        = GlobalSearch::find(m_store.get(), QStringLiteral("dien bien"), 50);
    QList<Kind> kinds;
    for (const GlobalSearch::Group &group : results.groups)
        kinds << group.kind;
    QCOMPARE(
        kinds, (QList<Kind> {Kind::Conference, Kind::Person, Kind::Unit, Kind::Recommendation}));
    QCOMPARE(results.groups.at(0).total, 2);
    QCOMPARE(results.groups.at(1).total, 2);
    // A hit tells its date, its unit and its code.
    const auto review
        = std::find_if(results.groups.at(0).hits.cbegin(), results.groups.at(0).hits.cend(),
            [this](const GlobalSearch::Hit &hit) { return hit.id == m_id["review"]; });
    QVERIFY(review != results.groups.at(0).hits.cend());
    QCOMPARE(
        review->title, QStringLiteral("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW"));
    QCOMPARE(review->detail, QStringLiteral("12/03/2024 · Tỉnh ủy Điện Biên · 39-CT/TW"));
    QCOMPARE(GlobalSearch::label(Kind::Conference), QStringLiteral("Conferences"));
    QCOMPARE(GlobalSearch::table(Kind::RegisterEntry), QStringLiteral("document_register"));
    QCOMPARE(GlobalSearch::kindOfTable(QStringLiteral("inspection_team")), Kind::Inspection);
}

void TestGlobalSearch::aDelegateSaysWhyTheConferenceWasFound()
{
    const GlobalSearch::Results results
        = GlobalSearch::find(m_store.get(), QStringLiteral("lo van thuy"), 5);
    QCOMPARE(results.groups.size(), 2);
    const GlobalSearch::Hit &conference = results.groups.at(0).hits.at(0);
    QCOMPARE(conference.id, m_id["commissionMeeting"]);
    QVERIFY2(conference.detail.startsWith(QStringLiteral("Delegate: Lò Văn Thủy · 20/06/2023")),
        qPrintable(conference.detail));
    // A delegate's unit is no delegate's name: "Điện Biên Đông" finds the conference by its
    // delegate's unit no more than the list of delegates does.
    const GlobalSearch::Results unit
        = GlobalSearch::find(m_store.get(), QStringLiteral("dien bien dong"), 5);
    QCOMPARE(unit.groups.at(0).kind, Kind::Person);
}

void TestGlobalSearch::anOldNameFindsTheUnitThatReplacedIt()
{
    const GlobalSearch::Results results
        = GlobalSearch::find(m_store.get(), QStringLiteral("Trà Vinh"), 5);
    QCOMPARE(results.groups.size(), 1);
    const QVector<GlobalSearch::Hit> &units = results.groups.at(0).hits;
    QCOMPARE(units.size(), 2);
    const auto byId = [&](qint64 id) {
        return *std::find_if(units.cbegin(), units.cend(),
            [id](const GlobalSearch::Hit &hit) { return hit.id == id; });
    };
    QCOMPARE(byId(m_id["traVinh"]).detail,
        QStringLiteral("Party committee · now part of Tỉnh ủy Vĩnh Long"));
    QCOMPARE(byId(m_id["vinhLong"]).detail,
        QStringLiteral("Formerly: Tỉnh ủy Trà Vinh · Party committee"));
}

void TestGlobalSearch::theBestMatchComesFirst()
{
    // Both people match "van"; the one whose whole name is "... Văn Thủy" matches "thuy" too.
    const GlobalSearch::Results results
        = GlobalSearch::find(m_store.get(), QStringLiteral("thuy"), 5);
    const GlobalSearch::Group &people = results.groups.at(1);
    QCOMPARE(people.kind, Kind::Person);
    // bm25 ranks a short text with the word above a long one: Trần Thị Thúy's row holds the
    // long name of her unit.
    QCOMPARE(people.hits.at(0).id, m_id["thuy"]);
    // "Ủy ban" in the title and in the organizer's name ranks above "Ủy viên … Ban" once.
    const GlobalSearch::Results meetings
        = GlobalSearch::find(m_store.get(), QStringLiteral("uy ban"), 5);
    QCOMPARE(meetings.groups.at(0).kind, Kind::Conference);
    QCOMPARE(meetings.groups.at(0).hits.at(0).id, m_id["commissionMeeting"]);
    QCOMPARE(meetings.groups.at(0).hits.at(1).id, m_id["boardMeeting"]);
}

void TestGlobalSearch::atMostSoManyOfAKindButAllAreCounted()
{
    const GlobalSearch::Results results
        = GlobalSearch::find(m_store.get(), QStringLiteral("hoi nghi"), 2);
    QCOMPARE(results.groups.at(0).kind, Kind::Conference);
    QCOMPARE(results.groups.at(0).hits.size(), 2);
    QCOMPARE(results.groups.at(0).total, 4);
}

void TestGlobalSearch::punctuationAloneFindsNothing()
{
    for (const char *typed : {"", "   ", "%,-", "\"\""}) {
        const GlobalSearch::Results results
            = GlobalSearch::find(m_store.get(), QLatin1String(typed), 5);
        QVERIFY2(results.isEmpty() && results.error.isEmpty(), typed);
    }
}

// The conference list finds a conference by a delegate's name and by "2024"; the units by an old
// name; the documents by their year.
void TestGlobalSearch::eachListsQuickFilterReachesAsFar()
{
    const auto listed = [](SqlListModel *model, const QString &typed) {
        model->setFilterText(typed);
        QSet<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->idAt(row);
        return ids;
    };
    std::unique_ptr<SqlListModel> conferences(WorkLists::conferences(m_store.get()));
    QCOMPARE(listed(conferences.get(), QStringLiteral("Lò Văn Thủy")),
        (QSet<qint64> {m_id["commissionMeeting"]}));
    QCOMPARE(listed(conferences.get(), QStringLiteral("2024")),
        (QSet<qint64> {m_id["review"], m_id["boardMeeting"], m_id["secret"]}));
    QCOMPARE(conferences->matchingCount(), 3);
    QCOMPARE(listed(conferences.get(), QStringLiteral("tong ket 2024")),
        (QSet<qint64> {m_id["review"]}));
    std::unique_ptr<SqlListModel> units(DirectoryModels::units(m_store.get()));
    QCOMPARE(listed(units.get(), QStringLiteral("tra vinh")),
        (QSet<qint64> {m_id["traVinh"], m_id["vinhLong"]}));
    std::unique_ptr<SqlListModel> documents(DirectoryModels::documents(m_store.get()));
    QCOMPARE(listed(documents.get(), QStringLiteral("2024")), (QSet<qint64> {m_id["kl39"]}));
    QCOMPARE(listed(documents.get(), QStringLiteral("39-ct")), (QSet<qint64> {m_id["ct39"]}));
}

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runProgram(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// `secretariat search TEXT --db FILE`: a heading per kind with its count, then a line per hit
// (number, title, detail, tab-separated).
void TestGlobalSearch::theCommandLinePrintsTheGroups()
{
    const QString file = m_store->path();
    Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("search"),
        QStringLiteral("dien"), QStringLiteral("bien"), QStringLiteral("--db"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty() || run.err.startsWith(QLatin1String("QStandardPaths")),
        qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList headings;
    for (const QString &line : lines) {
        if (!line.contains(QLatin1Char('\t')))
            headings << line;
    }
    QCOMPARE(headings,
        (QStringList {QStringLiteral("Conferences — 2"), QStringLiteral("People — 2"),
            QStringLiteral("Units — 2"), QStringLiteral("Recommendations — 1")}));
    QVERIFY(lines.contains(
        QStringLiteral("%1\tHội nghị tổng kết 10 năm thực hiện Chỉ thị số 39-CT/TW\t12/03/2024 · "
                       "Tỉnh ủy Điện Biên · 39-CT/TW")
            .arg(m_id["review"])));
    QVERIFY(lines.contains(
        QStringLiteral("%1\tNguyễn Văn Hòa\tBí thư · Tỉnh ủy Điện Biên").arg(m_id["hoa"])));
    QCOMPARE(lines.size(), 4 + 7);

    run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("search"),
        QStringLiteral("Sơn La"), QStringLiteral("--db"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Nothing found for “Sơn La”.\n"));
    // Without a file, or without words: a usage error.
    run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("search"),
        QStringLiteral("dien bien")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Usage: secretariat search TEXT --db FILE")),
        qPrintable(run.err));
    run = runProgram({QStringLiteral("search"), QStringLiteral("--db"), file});
    QCOMPARE(run.exitCode, 2);
}

namespace {

RecordEditor *openEditor(QWidget *window)
{
    for (RecordEditor *editor : window->findChildren<RecordEditor *>()) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

} // namespace

// In the window, on the demo: Ctrl+K wherever the focus is, type, the hits drop down grouped
// under their headings; Up and Down move, Enter opens the record's editor, a double click too,
// Esc closes the list.
void TestGlobalSearch::ctrlKTypeAndEnterOpensTheFirstHit()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(TestSupport::writeDemo(demo), QString());
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(demo, Store::OpenMode::MustExist, &error), qPrintable(error));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("searchToolBar"));
    QVERIFY(bar && bar->isVisible());
    auto *field = window.findChild<SearchField *>(QStringLiteral("globalSearchLineEdit"));
    QVERIFY(field && field->isVisible());
    QCOMPARE(field->placeholderText(), QStringLiteral("Search everything (Ctrl+K)"));
    // At the right of the window.
    QVERIFY(field->mapTo(&window, QPoint(field->width(), 0)).x() > window.width() - 40);

    auto *navigation = window.findChild<QWidget *>(QStringLiteral("navigationTreeWidget"));
    navigation->setFocus();
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_K, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    GuiTestSupport::typeText(field, QStringLiteral("dien bien"));
    QVERIFY(!field->isPopupShown()); // a pause after the last key first
    QTRY_VERIFY(field->isPopupShown());

    // What the list shows is what the search finds: a heading with its count, then its hits.
    const GlobalSearch::Results results
        = GlobalSearch::find(window.store(), QStringLiteral("dien bien"), SearchField::perKind);
    QStringList expected;
    for (const GlobalSearch::Group &group : results.groups) {
        expected << QStringLiteral("%1 — %2").arg(
            GlobalSearch::label(group.kind), group.countText());
        for (const GlobalSearch::Hit &hit : group.hits)
            expected << hit.title;
    }
    QListWidget *list = field->resultsList();
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->text();
    QCOMPARE(shown, expected);
    QCOMPARE(shown.first(), QStringLiteral("Conferences — 1"));
    QVERIFY(shown.contains(QStringLiteral("Units — 2")));

    // The first hit is current; Down passes over the next heading, Up comes back.
    QCOMPARE(field->currentTable(), QStringLiteral("conference"));
    const qint64 first = field->currentId();
    QCOMPARE(first, results.groups.first().hits.first().id);
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(field->currentTable(), QStringLiteral("person"));
    QTest::keyClick(field, Qt::Key_Up);
    QTest::keyClick(field, Qt::Key_Up); // nothing above the first hit
    QCOMPARE(field->currentId(), first);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!field->isPopupShown());
    RecordEditor *editor = nullptr;
    QTRY_VERIFY((editor = openEditor(&window)) != nullptr);
    QCOMPARE(editor->recordId(), first);
    QCOMPARE(window.currentPageTitle(), QStringLiteral("Conferences"));
    editor->reject();
    QTRY_VERIFY(!openEditor(&window));

    // A double click opens a unit, on the units' page.
    field->setFocus();
    field->selectAll();
    GuiTestSupport::typeText(field, QStringLiteral("Trà Vinh"));
    QTRY_VERIFY(field->isPopupShown());
    QListWidgetItem *unit = nullptr;
    for (int row = 0; row < list->count() && !unit; ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("unit"))
            unit = list->item(row);
    }
    QVERIFY(unit);
    const qint64 unitId = unit->data(Qt::UserRole + 1).toLongLong();
    const QPoint at = list->visualItemRect(unit).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY((editor = openEditor(&window)) != nullptr);
    QCOMPARE(editor->recordId(), unitId);
    QCOMPARE(window.currentPageTitle(), QStringLiteral("Units"));
    editor->reject();
    QTRY_VERIFY(!openEditor(&window));

    // Nothing found says so; Esc closes the list, a second Esc empties the box.
    field->setFocus();
    field->selectAll();
    GuiTestSupport::typeText(field, QStringLiteral("xyzzy"));
    QTRY_VERIFY(field->isPopupShown());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("No results"));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isPopupShown());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
}

// More hits of a kind than the cap: the count stops there and says so ("1000+"), the hits listed
// are the newest, the command line says there are more; the list's own filter still finds all.
void TestGlobalSearch::beyondTheCapTheCountSaysSo()
{
    const int many = GlobalSearch::countCap + 5;
    QList<qint64> ids;
    {
        Store::Write write(m_store.get());
        QVERIFY(write.isActive());
        for (int i = 0; i < many; ++i)
            ids << add(
                "person", QVariantMap {{"full_name", QStringLiteral("Đặng Khải %1").arg(i + 1)}});
        QVERIFY(write.commit());
    }
    const GlobalSearch::Results results
        = GlobalSearch::find(m_store.get(), QStringLiteral("khai"), 5);
    QCOMPARE(results.groups.size(), 1);
    const GlobalSearch::Group &people = results.groups.at(0);
    QCOMPARE(people.kind, Kind::Person);
    QVERIFY(people.capped);
    QCOMPARE(people.total, GlobalSearch::countCap);
    QCOMPARE(people.countText(), QStringLiteral("1000+"));
    QCOMPARE(people.hits.size(), 5);
    // Among the newest.
    for (const GlobalSearch::Hit &hit : people.hits)
        QVERIFY(ids.mid(ids.size() - GlobalSearch::candidates).contains(hit.id));

    // Fewer than the cap are counted to the last: 1, 10–19, 100–199, 1000–1005.
    const GlobalSearch::Results fewer
        = GlobalSearch::find(m_store.get(), QStringLiteral("khai 1"), 5);
    QCOMPARE(fewer.groups.size(), 1);
    QVERIFY(!fewer.groups.at(0).capped);
    QCOMPARE(fewer.groups.at(0).total, 117);
    QCOMPARE(fewer.groups.at(0).countText(), QStringLiteral("117"));

    const Run run = runProgram({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("search"), QStringLiteral("khai"), QStringLiteral("--db"), m_store->path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("People — 1000+\n")), qPrintable(run.out));
    QVERIFY2(run.out.endsWith(QStringLiteral("… and over 950 more\n")), qPrintable(run.out));

    // The people list's quick filter is not the search box's heading: it finds every one.
    std::unique_ptr<SqlListModel> list(DirectoryModels::people(m_store.get()));
    list->setFilterText(QStringLiteral("khai"));
    QCOMPARE(list->matchingCount(), many);
}

void TestGlobalSearch::aSecretConferenceIsNeitherShownNorCounted()
{
    QCOMPARE(TestSupport::addAccount(*m_store, QStringLiteral("admin"), Access::Role::Admin,
                 QStringLiteral("top_secret"), QStringLiteral("mật khẩu 1")),
        QString());
    QCOMPARE(TestSupport::addAccount(*m_store, QStringLiteral("clerk"), Access::Role::Clerk,
                 QStringLiteral("none"), QStringLiteral("mật khẩu 2")),
        QString());
    // The administrator reads it.
    GlobalSearch::Results results = GlobalSearch::find(m_store.get(), QStringLiteral("2024"), 5);
    QCOMPARE(results.groups.at(0).total, 3);
    QVERIFY(found(results).count({int(Kind::Conference), m_id["secret"]}));
    QString error;
    QVERIFY2(m_store->logIn(QStringLiteral("clerk"), QStringLiteral("mật khẩu 2"), &error),
        qPrintable(error));
    results = GlobalSearch::find(m_store.get(), QStringLiteral("2024"), 5);
    QCOMPARE(results.groups.at(0).total, 2);
    QVERIFY(!found(results).count({int(Kind::Conference), m_id["secret"]}));
    // Nor by its words: "bao ve chinh tri" finds the document and the recommendation only.
    results = GlobalSearch::find(m_store.get(), QStringLiteral("bao ve chinh tri"), 5);
    QVERIFY2(results.error.isEmpty(), qPrintable(results.error));
    QCOMPARE(found(results),
        (Found {{int(Kind::Document), m_id["ct39"]},
            {int(Kind::Recommendation), m_id["recommendation"]}}));
    QCOMPARE(results.total(), 2);
}

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"

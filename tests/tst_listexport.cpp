#include "core/clock.h"
#include "gui/common/listexport.h"
#include "gui/conferences/conferencespage.h"
#include "gui/directories/directorypage.h"
#include "gui/inspections/statisticsdialog.h"
#include "gui/mainwindow.h"
#include "io/listoutput.h"
#include "models/sqllistmodel.h"
#include "spreadsheettestsupport.h"
#include "storage/store.h"
#include "teststore.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString admin = QStringLiteral("Hoà");
const QString adminPassword = QStringLiteral("mật khẩu quản trị");
const QString clerkPassword = QStringLiteral("văn thư 2026");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real program, as a script runs it; `password` goes in SECRETARIAT_PASSWORD.
Result run(const QStringList &arguments, const QString &password = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("SECRETARIAT_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("SECRETARIAT_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE), QStringList {"--lang=en"} + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The rows of a table the test counts itself.
qint64 countOf(const QString &db, const QString &table, const QString &where = QString())
{
    return TestSupport::fileValue(db,
        QStringLiteral("SELECT count(*) FROM %1%2")
            .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .toLongLong();
}

} // namespace

// Every list leaves the program as Excel or CSV, from its page as it is shown and from the command
// line with its default columns, holding only what the user may read, and LibreOffice opens it.
class TestListExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyListFromTheCommandLineOpensInLibreOffice();
    void theConferencesSheetHoldsTheirTitlesAndDates();
    void csvFromTheCommandLineIsForExcel();
    void usageErrorsNameTheValidLists_data();
    void usageErrorsNameTheValidLists();
    void anAccountExportsOnlyWhatItMayReadAndIsLogged();
    void thePageExportsTheFilteredRowsAndTheShownColumns();
    void aDirectoryPageExportsEveryRowNotOnlyTheFirstPage();
    void theFileMenuOffersTheExport();
    void theStatisticsTableLeavesWithItsCountsAsNumbers();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestListExport::initTestCase()
{
    TestSupport::fixClock();
}

void TestListExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(QStringLiteral("office.sqlite"));
    const QString error = TestSupport::writeDemo(m_db);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestListExport::everyListFromTheCommandLineOpensInLibreOffice()
{
    const struct
    {
        const char *list;
        const char *table;
        QStringList headers;
    } lists[] = {
        {"conferences", "conference",
            {"Date", "Kind", "Conference", "Organized by", "Implements", "Status", "Secrecy"}},
        {"people", "person", {}},
        {"units", "unit", {}},
        {"documents", "legal_document", {}},
        {"inspections", "inspection_team", {}},
        {"recommendations", "recommendation", {}},
        {"commendations", "commendation", {}},
        {"register", "document_register", {}},
        {"audit", "audit_log", {}},
    };
    QStringList files;
    QMap<QString, qint64> expected;
    QMap<QString, QStringList> headers;
    auto store = TestSupport::open(m_db);
    QVERIFY(store);
    for (const auto &list : lists) {
        const QString name = QLatin1String(list.list);
        const QString file = path(name + QStringLiteral(".xlsx"));
        // Counted before: the export adds its own line to the log.
        expected.insert(file, countOf(m_db, QLatin1String(list.table)));
        // The headers of the page's list, as the page shows them by default.
        std::unique_ptr<SqlListModel> model(ListOutput::model(name, store.get()));
        QStringList shown;
        for (const int column : ListOutput::shownColumns(*model))
            shown << model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!shown.isEmpty());
        if (!list.headers.isEmpty())
            QCOMPARE(shown, list.headers);
        headers.insert(file, shown);
        const Result result = run({QStringLiteral("export"), name, QStringLiteral("--db"), m_db,
            QStringLiteral("-o"), file});
        QVERIFY2(result.exitCode == 0, qPrintable(name + ": " + result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Exported %1 row").arg(expected.value(file))),
            qPrintable(result.out));
        files << file;
    }
    store.reset();
    QString failure;
    const auto sheets = SpreadsheetTestSupport::readWithLibreOffice(files, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    for (const QString &file : std::as_const(files)) {
        const QList<QStringList> rows = sheets.value(file);
        // The title (and a secret list's mark above it), the headers, a row per record.
        const int header = int(rows.indexOf(headers.value(file)));
        QVERIFY2(header == 1 || header == 2, qPrintable(file));
        QCOMPARE(rows.size() - header - 1, expected.value(file));
        for (int r = header + 1; r < rows.size(); ++r)
            QCOMPARE(rows.at(r).size(), headers.value(file).size());
    }
    // The demo's top-secret conference marks the list; the people's list has no mark.
    QCOMPARE(sheets.value(path("conferences.xlsx")).at(0).at(0), QStringLiteral("TỐI MẬT"));
    QCOMPARE(sheets.value(path("conferences.xlsx")).at(1).at(0), QStringLiteral("Conferences"));
    QCOMPARE(sheets.value(path("people.xlsx")).at(0).at(0), QStringLiteral("People"));
}

void TestListExport::theConferencesSheetHoldsTheirTitlesAndDates()
{
    const QString file = path(QStringLiteral("hoi-nghi.xlsx"));
    const Result result = run({QStringLiteral("export"), QStringLiteral("conferences"),
        QStringLiteral("--db"), m_db, QStringLiteral("-o"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QString failure;
    const QList<QStringList> rows
        = SpreadsheetTestSupport::readWithLibreOffice({file}, &failure).value(file);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Newest first, as the page lists them; each title and date as the file holds them.
    QSqlQuery query(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("own")));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("own"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        query = QSqlQuery(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT held_on, title FROM conference ORDER BY held_on DESC, id DESC")));
        int r = 3;
        while (query.next()) {
            QCOMPARE(rows.value(r).value(0),
                QDate::fromString(query.value(0).toString(), Qt::ISODate)
                    .toString(QStringLiteral("dd/MM/yyyy")));
            QCOMPARE(rows.value(r).value(2), query.value(1).toString());
            ++r;
        }
        QCOMPARE(r, rows.size());
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("own"));
}

void TestListExport::csvFromTheCommandLineIsForExcel()
{
    const QString file = path(QStringLiteral("can-bo.csv"));
    const Result result = run({QStringLiteral("export"), QStringLiteral("people"),
        QStringLiteral("--db"), m_db, QStringLiteral("-o"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray bytes = bytesOf(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("People"));
    QCOMPARE(lines.size(), 2 + countOf(m_db, QStringLiteral("person")) + 1); // and the last CRLF
    QVERIFY(lines.last().isEmpty());
    // Every name of the directory is in it, in Vietnamese as stored.
    const QString name = TestSupport::fileValue(
        m_db, QStringLiteral("SELECT full_name FROM person ORDER BY id LIMIT 1"))
                             .toString();
    QVERIFY(!name.isEmpty());
    QVERIFY2(QString::fromUtf8(bytes).contains(name), qPrintable(name));
}

void TestListExport::usageErrorsNameTheValidLists_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("unknown list")
        << QStringList {"export", "meetings", "--db", "x.sqlite", "-o", "x.xlsx"}
        << "Unknown list “meetings”; the lists are: conferences, people, units, documents, "
           "inspections, recommendations, commendations, register, audit.";
    QTest::newRow("no output") << QStringList {"export", "people", "--db", "x.sqlite"}
                               << "Usage: secretariat export LIST";
    QTest::newRow("no database") << QStringList {"export", "people", "-o", "x.xlsx"}
                                 << "Usage: secretariat export LIST";
    QTest::newRow("wrong suffix") << QStringList {"export", "people", "--db", "x.sqlite", "-o",
        "x.pdf"} << "The output file must end in .xlsx or .csv.";
}

void TestListExport::usageErrorsNameTheValidLists()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, sentence);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(sentence), qPrintable(result.err));
}

void TestListExport::anAccountExportsOnlyWhatItMayReadAndIsLogged()
{
    {
        auto store = TestSupport::open(m_db);
        QVERIFY(store);
        QString error = TestSupport::addAccount(
            *store, admin, Access::Role::Admin, QStringLiteral("top_secret"), adminPassword);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = TestSupport::addAccount(*store, QStringLiteral("lan"), Access::Role::Clerk,
            QStringLiteral("none"), clerkPassword);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = TestSupport::addAccount(*store, QStringLiteral("mai"), Access::Role::Clerk,
            QStringLiteral("top_secret"), clerkPassword);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const qint64 plain = countOf(m_db, QStringLiteral("conference"), "secrecy = 'none'");
    const qint64 all = countOf(m_db, QStringLiteral("conference"));
    QVERIFY(plain < all);
    const qint64 exportsBefore = countOf(m_db, QStringLiteral("audit_log"), "action = 'export'");

    // A clerk without clearance: the ordinary conferences only, no mark.
    const QString lan = path(QStringLiteral("lan.csv"));
    Result result
        = run({QStringLiteral("export"), QStringLiteral("conferences"), QStringLiteral("--db"),
                  m_db, QStringLiteral("-o"), lan, QStringLiteral("--user"), QStringLiteral("lan")},
            clerkPassword);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QStringList lines = QString::fromUtf8(bytesOf(lan).mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("Conferences"));
    QCOMPARE(lines.size() - 3, plain);
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("Top secret")));

    // A clerk cleared for Tuyệt mật: every conference, the list marked with the demo's Tối mật,
    // the export logged with that conference.
    const QString mai = path(QStringLiteral("mai.csv"));
    result
        = run({QStringLiteral("export"), QStringLiteral("conferences"), QStringLiteral("--db"),
                  m_db, QStringLiteral("-o"), mai, QStringLiteral("--user"), QStringLiteral("mai")},
            clerkPassword);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    lines = QString::fromUtf8(bytesOf(mai).mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("TỐI MẬT"));
    QCOMPARE(lines.size() - 4, all);
    QCOMPARE(countOf(m_db, QStringLiteral("audit_log"), "action = 'export'"), exportsBefore + 2);
    const QVariant secretId = TestSupport::fileValue(m_db,
        QStringLiteral("SELECT record_id FROM audit_log WHERE action = 'export' AND user_name = "
                       "'mai' AND table_name = 'conference'"));
    QCOMPARE(TestSupport::fileValue(
                 m_db, QStringLiteral("SELECT secrecy FROM conference WHERE id = ?"), {secretId})
                 .toString(),
        QStringLiteral("secret"));
    QVERIFY(TestSupport::fileValue(m_db,
        QStringLiteral("SELECT record_id FROM audit_log WHERE action = 'export' AND user_name = "
                       "'lan'"))
                .isNull());
    QVERIFY(TestSupport::fileValue(m_db,
        QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export' AND user_name = "
                       "'mai'"))
                .toString()
                .contains(mai));

    // The change log is the administrator's; a clerk is refused it, and nothing is written.
    const QString log = path(QStringLiteral("log.xlsx"));
    result = run({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                     QStringLiteral("-o"), log, QStringLiteral("--user"), QStringLiteral("lan")},
        clerkPassword);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(log));
    result = run({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                     QStringLiteral("-o"), log, QStringLiteral("--user"), admin},
        adminPassword);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // The administrator reads the clerks' exports in it, the list's one (of no record) too.
    const QString text = [&] {
        const QString csv = path(QStringLiteral("log.csv"));
        run({QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("--db"), m_db,
                QStringLiteral("-o"), csv, QStringLiteral("--user"), admin},
            adminPassword);
        return QString::fromUtf8(bytesOf(csv));
    }();
    QVERIFY2(text.count(QStringLiteral(",lan,")) >= 1, qPrintable(text.left(2000)));
    QVERIFY(text.count(QStringLiteral(",mai,")) >= 1);
}

void TestListExport::thePageExportsTheFilteredRowsAndTheShownColumns()
{
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_db, Store::OpenMode::MustExist, &error), qPrintable(error));
    window.show();
    ConferencesPage *page = window.conferencesPage();
    QVERIFY(page);
    QTableView *view = page->exportView();
    QVERIFY(view);
    auto *model = qobject_cast<SqlListModel *>(view->model());
    QVERIFY(model);
    // The secretary filters the list, hides the kind and moves the secrecy first.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("so ket"));
    QTRY_COMPARE(model->filterText(), QStringLiteral("so ket"));
    const int rows = model->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(rows < countOf(m_db, QStringLiteral("conference")));
    bool secret = false;
    for (int r = 0; r < rows; ++r)
        secret = secret || model->storedValue(r, 7).toString() != QLatin1String("none");
    QHeaderView *header = view->horizontalHeader();
    view->hideColumn(2); // Kind
    header->moveSection(header->visualIndex(7), 1); // Secrecy
    const QString file = path(QStringLiteral("trang.csv"));
    int exported = 0;
    QVERIFY2(ListExport::exportTo(
                 window.store(), view, QStringLiteral("Hội nghị"), file, &exported, &error),
        qPrintable(error));
    QCOMPARE(exported, rows);
    const QStringList lines = QString::fromUtf8(bytesOf(file).mid(3)).split(QStringLiteral("\r\n"));
    // A mark above the title only if a row is secret; the columns as shown, in their order.
    const int top = secret ? 1 : 0;
    QCOMPARE(lines.at(0), secret ? QStringLiteral("TỐI MẬT") : QStringLiteral("Hội nghị"));
    QCOMPARE(lines.at(top + 1),
        QStringLiteral("Secrecy,Date,Conference,Organized by,Implements,Status"));
    QCOMPARE(lines.size(), top + 2 + rows + 1);
    for (int r = 0; r < rows; ++r) {
        const QString title = model->data(model->index(r, 3)).toString();
        QVERIFY2(lines.at(top + 2 + r).contains(title), qPrintable(lines.at(top + 2 + r)));
        QVERIFY(lines.at(top + 2 + r)
                    .startsWith(model->data(model->index(r, 7)).toString() + QLatin1Char(',')
                        + model->data(model->index(r, 1)).toString()));
    }
    // The thematic conference is Tối mật: filtered to it, the list carries its mark.
    filter->setText(QStringLiteral("chuyen de"));
    QTRY_COMPARE(model->filterText(), QStringLiteral("chuyen de"));
    QVERIFY2(ListExport::exportTo(
                 window.store(), view, QStringLiteral("Hội nghị"), file, &exported, &error),
        qPrintable(error));
    QCOMPARE(exported, 1);
    QVERIFY(bytesOf(file).startsWith(QStringLiteral("\uFEFFTỐI MẬT\r\nHội nghị\r\n").toUtf8()));
    // The status bar's sentence.
    QCOMPARE(ListExport::exported(rows, file),
        QStringLiteral("Exported %1 row(s) to %2").arg(rows).arg(file));
}

void TestListExport::aDirectoryPageExportsEveryRowNotOnlyTheFirstPage()
{
    // More people than a page of the lazy list holds.
    {
        auto store = TestSupport::open(m_db);
        QVERIFY(store);
        for (int i = 0; i < 450; ++i) {
            QString error;
            const auto added = store->insert(QStringLiteral("person"),
                {{QStringLiteral("full_name"), QStringLiteral("Lò Văn Thành %1").arg(i)}}, &error);
            QVERIFY2(added, qPrintable(error));
        }
    }
    MainWindow window;
    QString error;
    QVERIFY2(window.openDatabase(m_db, Store::OpenMode::MustExist, &error), qPrintable(error));
    DirectoryPage *page = window.directoryPage(int(DirectoryPage::Kind::People));
    QVERIFY(page);
    QTableView *view = page->exportView();
    QVERIFY(view->model()->rowCount() < 450);
    const QString file = path(QStringLiteral("can-bo.xlsx"));
    int exported = 0;
    QVERIFY2(ListExport::exportTo(
                 window.store(), view, QStringLiteral("Cán bộ"), file, &exported, &error),
        qPrintable(error));
    QCOMPARE(exported, countOf(m_db, QStringLiteral("person")));
    QString failure;
    const QList<QStringList> rows
        = SpreadsheetTestSupport::readWithLibreOffice({file}, &failure).value(file);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(rows.size(), 2 + exported);
    QCOMPARE(rows.at(0).at(0), QStringLiteral("Cán bộ"));
}

void TestListExport::theFileMenuOffersTheExport()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("exportListAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    // Right after Export PDF in the File menu.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    const int pdf = int(actions.indexOf(window.findChild<QAction *>("exportPdfAction")));
    QVERIFY(pdf >= 0);
    QCOMPARE(actions.value(pdf + 1), action);
    // Nothing to export without a file; offered once one is open.
    QVERIFY(!action->isEnabled());
    QString error;
    QVERIFY2(window.openDatabase(m_db, Store::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY(action->isEnabled());
}

void TestListExport::theStatisticsTableLeavesWithItsCountsAsNumbers()
{
    auto store = TestSupport::open(m_db);
    QVERIFY(store);
    StatisticsDialog dialog(store.get());
    auto *excel = dialog.findChild<QPushButton *>(QStringLiteral("excelButton"));
    QVERIFY(excel);
    QVERIFY(excel->isEnabled());
    const auto counts = dialog.counts();
    QVERIFY(counts);
    const Spreadsheet::Table table = dialog.table();
    QCOMPARE(table.columns.size(), 3);
    QCOMPARE(table.columns.at(1).kind, Spreadsheet::Kind::Integer);
    QVERIFY(table.title.startsWith(dialog.windowTitle()));
    // The row of the inspected: organizations and members, as numbers.
    bool found = false;
    for (const QVariantList &row : table.rows) {
        if (row.at(0).toString() != QLatin1String("Inspected"))
            continue;
        found = true;
        QCOMPARE(row.at(1).toLongLong(), qlonglong(counts->organizationsInspected));
        QCOMPARE(row.at(2).toLongLong(), qlonglong(counts->membersInspected));
    }
    QVERIFY(found);
    const QString file = path(QStringLiteral("thong-ke.xlsx"));
    QString error;
    QVERIFY2(Spreadsheet::write(table, file, &error), qPrintable(error));
    QString failure;
    const QList<QStringList> rows
        = SpreadsheetTestSupport::readWithLibreOffice({file}, &failure).value(file);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(rows.size(), 2 + table.rows.size());
}

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"

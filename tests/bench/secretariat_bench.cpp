// Figures for the closing notes, not a test: nothing here passes or fails.
//   secretariat_bench                 runs every benchmark and prints the figures
//   secretariat_bench --window FILE   (internal) starts the main window on FILE, exits when shown
//   secretariat_bench --empty-window  (internal) the same with an empty QMainWindow
#include "cli/demodata.h"
#include "core/translations.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/mainwindow.h"
#include "models/childrowsmodel.h"
#include "models/directorymodels.h"
#include "models/worklists.h"
#include "reports/documentrenderer.h"
#include "reports/reports.h"
#include "storage/backup.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QPdfWriter>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

QTextStream out(stdout);

int scalarCount(const Store &store, qint64 conferenceId)
{
    return store
        .value(QStringLiteral("SELECT count(*) FROM conference_participant "
                              "WHERE conference_id = ?"),
            {conferenceId})
        .toInt();
}

std::unique_ptr<Store> openStore(const QString &path, Store::OpenMode mode)
{
    auto store = std::make_unique<Store>();
    QString error;
    if (!store->open(path, mode, &error))
        qFatal("%s", qPrintable(error));
    return store;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Process start to the first frame of the window, including loading Qt's libraries.
double coldStart(const QStringList &arguments, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(), arguments);
        process.waitForFinished(60000);
        times << timer.nsecsElapsed() / 1e6;
    }
    return median(times);
}

int showAndQuit(QWidget *window)
{
    window->show();
    // The first paint has happened once the event loop is idle after show().
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    return qApp->exec();
}

void benchmarkFiltering(const QString &folder)
{
    auto store = openStore(folder + QStringLiteral("/people.sqlite"), Store::OpenMode::CreateNew);
    Store *db = store.get();
    const QStringList family {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    const QStringList middle {"Văn", "Thị", "Minh", "Quang", "Thị Kim", "Hữu", "Ngọc", "Đức"};
    const QStringList given {"An", "Bình", "Cường", "Dung", "Dũng", "Đạt", "Giang", "Hà", "Hải",
        "Hạnh", "Hòa", "Hùng", "Hưng", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Ngọc",
        "Phương", "Quân", "Sơn", "Thảo", "Thắng", "Thủy", "Trang", "Tuấn", "Việt", "Yến"};
    QElapsedTimer timer;
    timer.start();
    QString error;
    {
        Store::Write transaction(db);
        for (int i = 0; i < 10000; ++i) {
            db->insert(QStringLiteral("person"),
                {{QStringLiteral("full_name"),
                     QStringLiteral("%1 %2 %3")
                         .arg(family.at(i % family.size()), middle.at(i % middle.size()),
                             given.at(i % given.size()))},
                    {QStringLiteral("title"), QStringLiteral("Chuyên viên")}},
                &error);
        }
        transaction.commit(&error);
    }
    out << QStringLiteral("insert 10,000 people (NFC, folding, keys, audit): %1 ms\n")
               .arg(timer.elapsed());

    std::unique_ptr<SqlListModel> model(DirectoryModels::people(db));
    timer.restart();
    model->refresh();
    const int firstChunk = model->rowCount();
    out << QStringLiteral("open the people list of 10,000 (first %1 rows): %2 ms\n")
               .arg(firstChunk)
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    timer.restart();
    model->setFilterText(QStringLiteral("nguyen van hoa"));
    const int matching = model->matchingCount();
    out << QStringLiteral("filter “nguyen van hoa” (%1 matches, counted): %2 ms\n")
               .arg(matching)
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    timer.restart();
    model->setFilterText(QString());
    model->sort(DirectoryModels::PersonName, Qt::DescendingOrder);
    out << QStringLiteral("sort 10,000 by Vietnamese name, descending: %1 ms\n")
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);

    timer.restart();
    int keys = 0;
    for (int i = 0; i < 200000; ++i) {
        const QString name
            = family.at(i % family.size()) + QLatin1Char(' ') + given.at(i % given.size());
        keys += VietnameseText::collationKey(name).size() + VietnameseText::fold(name).size();
    }
    out << QStringLiteral("fold + collation key of 200,000 names: %1 ms\n").arg(timer.elapsed());
}

void benchmarkReports(const QString &demo, const QString &folder)
{
    auto store = openStore(demo, Store::OpenMode::MustExist);
    QString error;
    const auto render = [&](const QString &name) {
        QList<double> times;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto built
                = Reports::build(*store, QStringLiteral("conference-summary"), 1, &error);
            if (!built || !Reports::write(*built, folder + QLatin1Char('/') + name, &error))
                return -1.0;
            times << timer.nsecsElapsed() / 1e6;
        }
        return median(times);
    };
    out << QStringLiteral("conference-summary of the 10-year Thanh Hóa conference to PDF: %1 ms\n")
               .arg(render(QStringLiteral("notice.pdf")), 0, 'f', 1);

    // About 50 pages: the same notice with a long "tasks ahead".
    QStringList paragraphs;
    for (int i = 1; i <= 700; ++i)
        paragraphs << QStringLiteral("Đoạn %1: các cấp ủy, tổ chức đảng tiếp tục quán triệt, triển "
                                     "khai thực hiện nghiêm túc Chỉ thị số 39-CT/TW.")
                          .arg(i);
    const auto record = store->read(QStringLiteral("conference"), 1);
    store->update(*record, {{QStringLiteral("tasks_ahead"), paragraphs.join(QLatin1Char('\n'))}});
    const double longTime = render(QStringLiteral("long.pdf"));
    const auto built = Reports::build(*store, QStringLiteral("conference-summary"), 1, &error);
    const auto document = Reports::document(*built, DocumentRenderer::pdfResolution);
    QPdfWriter writer(folder + QStringLiteral("/pages.pdf"));
    writer.setResolution(DocumentRenderer::pdfResolution);
    DocumentRenderer::layout(document.get(), built->profile, &writer);
    out << QStringLiteral("the same notice with %1 pages to PDF: %2 ms\n")
               .arg(document->pageCount())
               .arg(longTime, 0, 'f', 1);
}

void benchmarkConferences(const QString &folder)
{
    auto store
        = openStore(folder + QStringLiteral("/conferences.sqlite"), Store::OpenMode::CreateNew);
    Store *db = store.get();
    const QSqlDatabase raw = store->connection();
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
        // Generated fast, beside the store's own rules: this measures lists, not inserts.
        Store::Write transaction(db);
        QSqlQuery person(raw);
        person.prepare(QStringLiteral("INSERT INTO person (full_name, name_folded, sort_key) "
                                      "VALUES (?, ?, ?)"));
        for (int i = 0; i < 2000; ++i) {
            const QString name = QStringLiteral("Nguyễn Văn Đại biểu %1").arg(i);
            person.addBindValue(name);
            person.addBindValue(VietnameseText::fold(name));
            person.addBindValue(VietnameseText::collationKey(name));
            person.exec();
        }
        const QStringList kinds {
            "interim_review", "final_review", "dissemination", "training", "briefing", "thematic"};
        QSqlQuery conference(raw);
        conference.prepare(QStringLiteral(
            "INSERT INTO conference (kind, title, title_folded, sort_key, held_on, status) "
            "VALUES (?, ?, ?, ?, ?, 'concluded')"));
        QSqlQuery participant(raw);
        participant.prepare(QStringLiteral("INSERT INTO conference_participant "
                                           "(conference_id, person_id, role, position) "
                                           "VALUES (?, ?, 'delegate', ?)"));
        for (int i = 0; i < 10000; ++i) {
            const QString title
                = QStringLiteral("Hội nghị %1 số %2 về công tác bảo vệ chính "
                                 "trị nội bộ")
                      .arg(i % 3 == 0 ? QStringLiteral("tổng kết") : QStringLiteral("giao ban"))
                      .arg(i);
            conference.addBindValue(kinds.at(i % kinds.size()));
            conference.addBindValue(title);
            conference.addBindValue(VietnameseText::fold(title));
            conference.addBindValue(VietnameseText::collationKey(title));
            conference.addBindValue(QDate(2015, 1, 1).addDays(i % 3650).toString(Qt::ISODate));
            conference.exec();
            const qint64 id = conference.lastInsertId().toLongLong();
            for (int p = 0; p < 20; ++p) {
                participant.addBindValue(id);
                participant.addBindValue((i * 7 + p) % 2000 + 1);
                participant.addBindValue(p + 1);
                participant.exec();
            }
        }
        transaction.commit(&error);
    }
    out << QStringLiteral("generate 10,000 conferences with 200,000 participants: %1 ms\n")
               .arg(timer.elapsed());

    std::unique_ptr<SqlListModel> list(WorkLists::conferences(db));
    QList<double> opens;
    for (int i = 0; i < 7; ++i) {
        timer.restart();
        list->refresh();
        opens << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("open the conference list of 10,000 (first %1 rows): %2 ms\n")
               .arg(list->rowCount())
               .arg(median(opens), 0, 'f', 1);
    timer.restart();
    list->setFilterText(QStringLiteral("tong ket 99"));
    const int matches = list->matchingCount();
    out << QStringLiteral("filter “tong ket 99” (%1 matches, counted): %2 ms\n")
               .arg(matches)
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    list->setFilterText(QString());
    timer.restart();
    list->setCondition(QStringLiteral("year"), QStringLiteral("c.held_on >= ? AND c.held_on < ?"),
        QVariantList {QStringLiteral("2020-01-01"), QStringLiteral("2021-01-01")});
    out << QStringLiteral("filter the year 2020 (%1 conferences): %2 ms\n")
               .arg(list->matchingCount())
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    timer.restart();
    list->sort(WorkLists::ConferenceTitle, Qt::AscendingOrder);
    out << QStringLiteral("sort by title, Vietnamese order: %1 ms\n")
               .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);

    if (!Reports::kinds().contains(QStringLiteral("conference-delegates")))
        return;
    // A delegate list of 500 for one conference.
    {
        Store::Write transaction(db);
        QSqlQuery participant(raw);
        participant.prepare(QStringLiteral("INSERT INTO conference_participant "
                                           "(conference_id, person_id, role, title_held, position) "
                                           "VALUES (10000, ?, 'delegate', 'Chuyên viên', ?)"));
        for (int p = 0; p < 500; ++p) {
            participant.addBindValue(1000 + p);
            participant.addBindValue(100 + p);
            participant.exec();
        }
        transaction.commit(&error);
    }
    QList<double> renders;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const auto built
            = Reports::build(*db, QStringLiteral("conference-delegates"), 10000, &error);
        if (!built || !Reports::write(*built, folder + QStringLiteral("/delegates.pdf"), &error))
            break;
        renders << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("delegate list of %1 rows to PDF: %2 ms\n")
               .arg(scalarCount(*db, 10000))
               .arg(median(renders), 0, 'f', 1);
}

// One edit in a conference of 20,000 participants, saved through its editor: what is written,
// how long it takes.
void benchmarkLargeConferenceSave(const QString &folder)
{
    auto store = openStore(folder + QStringLiteral("/large.sqlite"), Store::OpenMode::CreateNew);
    const QSqlDatabase raw = store->connection();
    QElapsedTimer timer;
    timer.start();
    QString error;
    qint64 conference = 0;
    {
        Store::Write write(store.get());
        conference = store
                         ->insert(QStringLiteral("conference"),
                             {{QStringLiteral("kind"), QStringLiteral("final_review")},
                                 {QStringLiteral("title"),
                                     QStringLiteral("Hội nghị tổng kết "
                                                    "với 20.000 đại biểu")}},
                             &error)
                         .value_or(0);
        QSqlQuery person(raw);
        person.prepare(QStringLiteral("INSERT INTO person (full_name, name_folded, sort_key) "
                                      "VALUES (?, ?, ?)"));
        QSqlQuery participant(raw);
        participant.prepare(QStringLiteral("INSERT INTO conference_participant (conference_id, "
                                           "person_id, role, title_held, position) VALUES "
                                           "(?, ?, 'delegate', 'Đảng viên', ?)"));
        for (int i = 0; i < 20000; ++i) {
            const QString name = QStringLiteral("Trần Thị Đại biểu %1").arg(i);
            person.addBindValue(name);
            person.addBindValue(VietnameseText::fold(name));
            person.addBindValue(VietnameseText::collationKey(name));
            person.exec();
            participant.addBindValue(conference);
            participant.addBindValue(person.lastInsertId());
            participant.addBindValue(i + 1);
            participant.exec();
        }
        write.commit(&error);
    }
    out << QStringLiteral("generate a conference of 20,000 participants: %1 ms\n")
               .arg(timer.elapsed());
    const qint64 logBefore
        = store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    QList<double> opens;
    QList<double> saves;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        ConferenceEditor editor(store.get(), conference);
        opens << timer.nsecsElapsed() / 1e6;
        ChildRowsModel *rows = editor.participants();
        const QModelIndex title
            = rows->index(run * 997, rows->columnOf(QStringLiteral("title_held")));
        rows->setData(title, QStringLiteral("Bí thư chi bộ %1").arg(run));
        timer.restart();
        const bool saved = editor.save();
        saves << timer.nsecsElapsed() / 1e6;
        if (!saved)
            qFatal("save failed: %s", qPrintable(editor.message()));
    }
    const qint64 logged
        = store->value(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() - logBefore;
    out << QStringLiteral("open the editor of that conference: %1 ms\n")
               .arg(median(opens), 0, 'f', 1);
    out << QStringLiteral("save it after one edit: %1 ms, %2 audit rows for 5 saves\n")
               .arg(median(saves), 0, 'f', 1)
               .arg(logged);
}

// A backup of a file of 100,000 people while the people list has its first rows open.
void benchmarkBackup(const QString &folder)
{
    auto store = openStore(folder + QStringLiteral("/hundred.sqlite"), Store::OpenMode::CreateNew);
    const QSqlDatabase raw = store->connection();
    QString error;
    {
        Store::Write write(store.get());
        QSqlQuery person(raw);
        person.prepare(QStringLiteral("INSERT INTO person (full_name, title, name_folded, "
                                      "sort_key) VALUES (?, 'Chuyên viên', ?, ?)"));
        for (int i = 0; i < 100000; ++i) {
            const QString name = QStringLiteral("Lê Văn Cán bộ %1").arg(i);
            person.addBindValue(name);
            person.addBindValue(VietnameseText::fold(name));
            person.addBindValue(VietnameseText::collationKey(name));
            person.exec();
        }
        write.commit(&error);
    }
    std::unique_ptr<SqlListModel> list(DirectoryModels::people(store.get()));
    const int shown = list->rowCount();
    QList<double> times;
    for (int run = 0; run < 5; ++run) {
        const QString target = folder + QStringLiteral("/hundred-backup-%1.sqlite").arg(run);
        QElapsedTimer timer;
        timer.start();
        if (!Backup::create(*store, target, &error))
            qFatal("backup failed: %s", qPrintable(error));
        times << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("back up 100,000 people (%1 MB) with the list open (%2 rows fetched), "
                          "checked: %3 ms\n")
               .arg(QFileInfo(store->path()).size() / 1e6, 0, 'f', 1)
               .arg(shown)
               .arg(median(times), 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == QLatin1String("--empty-window")) {
        QMainWindow window;
        window.resize(1180, 720);
        return showAndQuit(&window);
    }
    if (arguments.value(0) == QLatin1String("--window")) {
        Translations::install(&app, QStringLiteral("vi"));
        MainWindow window;
        window.openDatabase(arguments.value(1), Store::OpenMode::MustExist);
        return showAndQuit(&window);
    }

    QTemporaryDir folder;
    const QString demo = folder.filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = openStore(demo, Store::OpenMode::CreateNew);
        QString error;
        DemoData::populate(*store, &error);
        // The cold start measures opening the window; the backup made on closing is measured
        // on its own below.
        store->setSetting(QStringLiteral("backup.on_close"), QStringLiteral("0"), &error);
    }
    out << QStringLiteral("Secretariat benchmarks (median of 7 runs where repeated)\n");
    out << QStringLiteral("cold start, empty QMainWindow: %1 ms\n")
               .arg(coldStart({QStringLiteral("--empty-window")}, 7), 0, 'f', 1);
    out << QStringLiteral("cold start, main window on the demo database: %1 ms\n")
               .arg(coldStart({QStringLiteral("--window"), demo}, 7), 0, 'f', 1);
    out.flush();
    benchmarkReports(demo, folder.path());
    out.flush();
    benchmarkFiltering(folder.path());
    out.flush();
    benchmarkConferences(folder.path());
    out.flush();
    benchmarkLargeConferenceSave(folder.path());
    out.flush();
    benchmarkBackup(folder.path());
    return 0;
}

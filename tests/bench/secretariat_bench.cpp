// Figures for the closing notes, not a test: nothing here passes or fails.
//   secretariat_bench                 runs every benchmark and prints the figures
//   secretariat_bench --window FILE   (internal) starts the main window on FILE, exits when shown
//   secretariat_bench --empty-window  (internal) the same with an empty QMainWindow
#include "cli/demodata.h"
#include "core/translations.h"
#include "gui/mainwindow.h"
#include "models/directorymodels.h"
#include "models/worklists.h"
#include "reports/documentrenderer.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "text/vietnamesetext.h"

#include <QApplication>
#include <QElapsedTimer>
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

int scalarCount(const QSqlDatabase &db, qint64 conferenceId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM conference_participant "
                                 "WHERE conference_id = ?"));
    query.addBindValue(conferenceId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
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
    Database database;
    database.open(folder + QStringLiteral("/people.sqlite"));
    const QSqlDatabase db = database.connection();
    const QStringList family{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
                             "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    const QStringList middle{"Văn", "Thị", "Minh", "Quang", "Thị Kim", "Hữu", "Ngọc", "Đức"};
    const QStringList given{"An", "Bình", "Cường", "Dung", "Dũng", "Đạt", "Giang", "Hà",
                            "Hải", "Hạnh", "Hòa", "Hùng", "Hưng", "Lan", "Linh", "Long",
                            "Mai", "Minh", "Nam", "Ngọc", "Phương", "Quân", "Sơn", "Thảo",
                            "Thắng", "Thủy", "Trang", "Tuấn", "Việt", "Yến"};
    QElapsedTimer timer;
    timer.start();
    QString error;
    {
        Transaction transaction(db);
        for (int i = 0; i < 10000; ++i) {
            RecordStore::insert(db, QStringLiteral("person"),
                                {{QStringLiteral("full_name"),
                                  QStringLiteral("%1 %2 %3").arg(family.at(i % family.size()),
                                                                 middle.at(i % middle.size()),
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
        const QString name = family.at(i % family.size()) + QLatin1Char(' ')
                + given.at(i % given.size());
        keys += VietnameseText::collationKey(name).size() + VietnameseText::fold(name).size();
    }
    out << QStringLiteral("fold + collation key of 200,000 names: %1 ms\n")
                    .arg(timer.elapsed());
}

void benchmarkReports(const QString &demo, const QString &folder)
{
    Database database;
    database.open(demo, Database::OpenMode::MustExist);
    const QSqlDatabase db = database.connection();
    QString error;
    const auto render = [&](const QString &name) {
        QList<double> times;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto built = Reports::build(db, demo, QStringLiteral("conference-summary"), 1,
                                              &error);
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
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE conference SET tasks_ahead = ? WHERE id = 1"));
    query.addBindValue(paragraphs.join(QLatin1Char('\n')));
    query.exec();
    const double longTime = render(QStringLiteral("long.pdf"));
    const auto built = Reports::build(db, demo, QStringLiteral("conference-summary"), 1, &error);
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
    Database database;
    database.open(folder + QStringLiteral("/conferences.sqlite"));
    const QSqlDatabase db = database.connection();
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(db);
        QSqlQuery person(db);
        person.prepare(QStringLiteral("INSERT INTO person (full_name, name_folded, sort_key) "
                                      "VALUES (?, ?, ?)"));
        for (int i = 0; i < 2000; ++i) {
            const QString name = QStringLiteral("Nguyễn Văn Đại biểu %1").arg(i);
            person.addBindValue(name);
            person.addBindValue(VietnameseText::fold(name));
            person.addBindValue(VietnameseText::collationKey(name));
            person.exec();
        }
        const QStringList kinds{"interim_review", "final_review", "dissemination", "training",
                                "briefing", "thematic"};
        QSqlQuery conference(db);
        conference.prepare(QStringLiteral(
                "INSERT INTO conference (kind, title, title_folded, sort_key, held_on, status) "
                "VALUES (?, ?, ?, ?, ?, 'concluded')"));
        QSqlQuery participant(db);
        participant.prepare(QStringLiteral("INSERT INTO conference_participant "
                                           "(conference_id, person_id, role, position) "
                                           "VALUES (?, ?, 'delegate', ?)"));
        for (int i = 0; i < 10000; ++i) {
            const QString title = QStringLiteral("Hội nghị %1 số %2 về công tác bảo vệ chính "
                                                 "trị nội bộ")
                                          .arg(i % 3 == 0 ? QStringLiteral("tổng kết")
                                                          : QStringLiteral("giao ban"))
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
    list->setCondition(QStringLiteral("year"), QStringLiteral("substr(c.held_on, 1, 4) = ?"),
                       QStringLiteral("2020"));
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
        Transaction transaction(db);
        QSqlQuery participant(db);
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
        const auto built = Reports::build(db, database.path(),
                                          QStringLiteral("conference-delegates"), 10000, &error);
        if (!built || !Reports::write(*built, folder + QStringLiteral("/delegates.pdf"), &error))
            break;
        renders << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("delegate list of %1 rows to PDF: %2 ms\n")
                    .arg(scalarCount(db, 10000))
                    .arg(median(renders), 0, 'f', 1);
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
        window.openDatabase(arguments.value(1), Database::OpenMode::MustExist);
        return showAndQuit(&window);
    }

    QTemporaryDir folder;
    const QString demo = folder.filePath(QStringLiteral("demo.sqlite"));
    {
        Database database;
        database.open(demo);
        QString error;
        DemoData::populate(database.connection(), &error);
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
    return 0;
}

// Figures for the closing notes, not a test: nothing here passes or fails. Each figure is one
// line, "NAME: 12.3 ms | floor: 8.1 ms | ratio: 1.52x", the median of several runs beside its
// floor measured in the same run: a bare window's first paint on the same display, the same SQL
// through the plain SQLite C API ("floor: -" where none applies).
//   secretariat_bench [--large] [--province-only] [--clearance]
//                                   every benchmark (--large adds a file of 1,000,000 people;
//                                   --province-only leaves out those on the demo file)
//   secretariat_bench --follow-up    only the follow-up list on 200,000 recommendations and
//                                   the inspection statistics
//   secretariat_bench --badges       only the Huy hiệu Đảng round among 100,000 members
//   secretariat_bench --stats        only the statistics cross table of 30 indicators × 100
//                                   units × 10 years
//   secretariat_bench --delegates [ROWS]  only the delegate lists of 500, 1,000 and 5,000 rows
//                                   (or of ROWS alone, for a profiler); no province file is read
//                                   or made
//   secretariat_bench --import-preview [ROWS]  only the preview of a delegate list of 20,000
//                                   rows, as CSV and as .xlsx: reading, checking, the dialog
//   secretariat_bench --import [ROWS]  only people for the directory, 20,000 rows as CSV and
//                                   .xlsx: preview, import in one transaction, the dialog
//   secretariat_bench --commendations  only the decision with a list of 2,000 recipients
//   secretariat_bench --certificates  only the 2,000 certificates of one commendation to a PDF
//   secretariat_bench --search       only the search box on 1,000,000 records of every kind
//   secretariat_bench --export       only the exports of 100,000 conferences and 100,000 people
//                                   to .xlsx and .csv
//   secretariat_bench --server [PEOPLE]  only the lists, search, cross table and register
//                                   numbers of 100,000 people and conferences (or PEOPLE of each)
//                                   on a file and on a private local PostgreSQL server, side by
//                                   side
//   secretariat_bench --window FILE (internal) the main window on FILE; prints its first paint
//   secretariat_bench --empty-window (internal) the same with a bare QMainWindow
//   secretariat_bench --text-window  (internal) the same with a window holding a table of text
//   secretariat_bench --bare-pdf OUT (internal) prints one line of text to a PDF
//   secretariat_bench --in-use FILE  (internal) a session of use of the window; its peak memory
// The generated files are kept in $SECRETARIAT_BENCH_DATA (default: bench-data beside the
// program) and made again only when missing.
#include "models/workdue.h"
#include "core/catalogue.h"
#include "cli/demodata.h"
#include "generator.h"
#include "testserver.h"
#include "io/delegatecsv.h"
#include "io/directorycsv.h"
#include "gui/directories/directoryimportdialog.h"
#include "io/tablesource.h"
#include "gui/conferences/delegateimportdialog.h"
#include "core/clock.h"
#include "core/translations.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/mainwindow.h"
#include "models/childrowsmodel.h"
#include "models/directorymodels.h"
#include "models/followuplist.h"
#include "models/globalsearch.h"
#include "reports/inspectionstatistics.h"
#include "reports/statisticstable.h"
#include "models/worklists.h"
#include "io/listoutput.h"
#include "io/spreadsheet.h"
#include "reports/documentrenderer.h"
#include "reports/reports.h"
#include "reports/sheets.h"
#include "storage/accounts.h"
#include "storage/backup.h"
#include "storage/documentregister.h"
#include "storage/partybadges.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>
#include <QThread>
#include <QTableWidget>
#include <QTimer>
#include <QBuffer>
#include <QTableView>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <algorithm>
#include <functional>

#include <sqlite3.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

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

void report(const QString &name, double value, double floor, const char *unit = "ms")
{
    const QString measured = QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(unit));
    if (floor > 0)
        out << QStringLiteral("%1: %2 | floor: %3 %4 | ratio: %5x\n")
                   .arg(name, measured)
                   .arg(floor, 0, 'f', 1)
                   .arg(QLatin1String(unit))
                   .arg(value / floor, 0, 'f', 2);
    else
        out << QStringLiteral("%1: %2 | floor: -\n").arg(name, measured);
    out.flush();
}

template <typename F> double timed(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    return median(times);
}

// The peak resident memory of this process, in MiB.
double peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Process start to the first painted frame of the window, as the child reports it, and the
// child's peak memory then.
struct Start
{
    double ms = 0;
    double mib = 0;
};
Start coldStart(const QStringList &arguments, int runs)
{
    QList<double> times;
    QList<double> memory;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(), arguments);
        while (process.waitForReadyRead(60000)) {
            const QByteArray line = process.readLine();
            if (line.startsWith("painted")) {
                times << timer.nsecsElapsed() / 1e6;
                memory << line.split(' ').value(1).toDouble();
                break;
            }
        }
        process.waitForFinished(60000);
    }
    return {median(times), median(memory)};
}

// The child's side: says "painted MiB" once the first frame of the window is painted, and
// leaves at once (what comes after the first frame is not timed).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->window() == m_window && !m_seen) {
            m_seen = true;
            // Queued: runs once this paint and the others of the same frame are done.
            QTimer::singleShot(0, [] {
                fprintf(stdout, "painted %.1f\n", peakMemory());
                fflush(stdout);
                _exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

int showUntilPainted(QWidget *window)
{
    FirstPaint watcher(window);
    qApp->installEventFilter(&watcher);
    window->show();
    return qApp->exec();
}

// The same statement through the plain C API: prepare, bind, step every row, read every
// column. What the program adds is the rest of the ratio.
class Raw
{
public:
    explicit Raw(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        // The cache the program gives its own connection (SqliteDialect::open).
        sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
    }
    ~Raw() { sqlite3_close(m_db); }
    sqlite3 *db() const { return m_db; }
    int run(const SqlListModel::Statement &statement) const
    {
        sqlite3_stmt *query = nullptr;
        const QByteArray sql = statement.sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &query, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(m_db));
        for (int i = 0; i < statement.values.size(); ++i) {
            const QVariant &value = statement.values.at(i);
            if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(query, i + 1, value.toLongLong());
            else
                sqlite3_bind_text(
                    query, i + 1, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        }
        int rows = 0;
        while (sqlite3_step(query) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(query); ++c)
                sqlite3_column_text(query, c);
            ++rows;
        }
        sqlite3_finalize(query);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
};

// A list's filter as the user gets it: the first page and the count. The floor runs the same
// statements: the matches kept in a temporary table (whose size is the count), then the page.
void benchmarkFilter(const QString &name, SqlListModel *model, const Raw &raw, const QString &text)
{
    const double ms = timed(7, [&] {
        model->setFilterText(QString());
        model->setFilterText(text);
        model->matchingCount();
    });
    model->setFilterText(text);
    const QList<SqlListModel::Statement> matches = model->matchStatements();
    const SqlListModel::Statement page = model->pageStatement(0);
    const double floor = timed(7, [&] {
        for (const SqlListModel::Statement &statement : matches)
            raw.run(statement);
        raw.run(page);
    });
    report(QStringLiteral("%1 “%2” (%3 matches)").arg(name, text).arg(model->matchingCount()), ms,
        floor);
    model->setFilterText(QString());
}

// Every column's sort of a list, ascending and descending: the first page.
void benchmarkSorts(const QString &name, SqlListModel *model, const Raw &raw)
{
    for (int column = 1; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        if (header.isEmpty())
            continue;
        const double ms = timed(5, [&] {
            model->sort(column, Qt::AscendingOrder);
            model->sort(column, Qt::DescendingOrder);
        });
        const SqlListModel::Statement down = model->pageStatement(0);
        model->sort(column, Qt::AscendingOrder);
        const SqlListModel::Statement up = model->pageStatement(0);
        const double floor = timed(5, [&] {
            raw.run(up);
            raw.run(down);
        });
        report(QStringLiteral("%1 sorted by “%2”, both ways").arg(name, header), ms / 2, floor / 2);
    }
    model->sort(1, Qt::AscendingOrder);
}

// What the clearance costs: the 100k file with one conference in ten marked Mật, read by a
// Thường account (through the views that hide them) against a Tuyệt mật one (no views) — the
// first page, the count, a filter and a sort of the conferences.
void benchmarkClearance(const QString &file, const QString &folder)
{
    const QString copy = folder + QStringLiteral("/clearance.sqlite");
    QFile::remove(copy);
    if (!QFile::copy(file, copy))
        qFatal("cannot copy %s", qPrintable(file));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        const Raw raw(copy);
        sqlite3_exec(raw.db(), "UPDATE conference SET secrecy = 'confidential' WHERE id % 10 = 0",
            nullptr, nullptr, nullptr);
    }
    const QString password = QStringLiteral("mật khẩu đo 2026");
    {
        auto store = openStore(copy, Store::OpenMode::MustExist);
        QString error;
        for (const auto &[name, role, clearance] :
            {std::tuple {"quantri", Access::Role::Admin, "top_secret"},
                std::tuple {"thuong", Access::Role::Clerk, "none"}}) {
            Accounts::Entry account;
            account.name = QLatin1String(name);
            account.role = role;
            account.clearance = QLatin1String(clearance);
            if (!Accounts::add(*store, account, password, &error)
                || (role == Access::Role::Admin && !store->logIn(account.name, password, &error)))
                qFatal("%s", qPrintable(error));
        }
    }
    struct Figures
    {
        double open = 0, count = 0, filter = 0, sort = 0;
        int rows = 0;
    };
    const auto measure = [&](const char *name) {
        auto store = openStore(copy, Store::OpenMode::ReadOnly);
        QString error;
        if (!store->logIn(QLatin1String(name), password, &error))
            qFatal("%s", qPrintable(error));
        Figures f;
        f.open = timed(5, [&] {
            std::unique_ptr<SqlListModel> list(WorkLists::conferences(store.get()));
            list->rowCount();
        });
        std::unique_ptr<SqlListModel> list(WorkLists::conferences(store.get()));
        f.count = timed(5, [&] {
            list->refresh();
            f.rows = list->matchingCount();
        });
        f.filter = timed(5, [&] {
            list->setFilterText(QString());
            list->setFilterText(QStringLiteral("tong ket 39"));
            list->matchingCount();
        });
        list->setFilterText(QString());
        f.sort = timed(5, [&] {
            list->sort(3, Qt::AscendingOrder);
            list->sort(3, Qt::DescendingOrder);
        });
        return f;
    };
    const Figures all = measure("quantri");
    const Figures plain = measure("thuong");
    report(QStringLiteral("100k conferences, 1 in 10 Mật, read by a Thường account (%1 of %2 "
                          "rows): first page (floor: a Tuyệt mật account, no views)")
               .arg(plain.rows)
               .arg(all.rows),
        plain.open, all.open);
    report(QStringLiteral("100k conferences, Thường account: the count"), plain.count, all.count);
    report(QStringLiteral("100k conferences, Thường account: filter “tong ket 39”"), plain.filter,
        all.filter);
    report(QStringLiteral("100k conferences, Thường account: sorted by title, both ways"),
        plain.sort / 2, all.sort / 2);
}

// A sheet of inline strings as a spreadsheet program would store it, zipped.
QByteArray xlsxOf(const QList<QStringList> &rows)
{
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                       "<sheetData>";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (const QString &cell : rows.at(r)) {
            if (!cell.isEmpty())
                sheet += "<c t=\"inlineStr\"><is><t>" + cell.toHtmlEscaped().toUtf8()
                    + "</t></is></c>";
            else
                sheet += "<c/>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    const QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                            "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            "relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                            "schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray workbook
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<sheets><sheet name=\"Đại biểu\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    archive.open(QuaZip::mdCreate);
    for (const auto &[name, content] :
        QList<std::pair<QString, QByteArray>> {{QStringLiteral("xl/workbook.xml"), workbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}}) {
        QuaZipFile file(&archive);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(content);
        file.close();
    }
    archive.close();
    return bytes;
}

// A delegate list of 20,000 rows on the demo directory (new people in its units, people it
// knows, whole units), as CSV and as .xlsx: the file read into records (the floor), the preview
// checked against the directory, the longest stretch without a progress report (what freezes
// the window), and the preview dialog built and painted.
void benchmarkImportPreview(const QString &demo, const QString &folder, int count)
{
    const QString copy = folder + QStringLiteral("/preview.sqlite");
    QFile::remove(copy);
    QFile::copy(demo, copy);
    auto store = openStore(copy, Store::OpenMode::MustExist);
    const qint64 conference
        = store->value(QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
    QStringList units;
    auto unitRows = store->select(QStringLiteral("SELECT name FROM unit ORDER BY id"));
    while (unitRows && unitRows->next())
        units << unitRows->value(0).toString();
    unitRows.reset();
    QList<QStringList> known;
    auto people = store->select(QStringLiteral(
        "SELECT p.full_name, u.name FROM person p JOIN unit u ON u.id = p.unit_id ORDER BY p.id"));
    while (people && people->next())
        known << QStringList {people->value(0).toString(), people->value(1).toString()};
    people.reset();

    QList<QStringList> rows {{QStringLiteral("STT"), QStringLiteral("Họ và tên"),
        QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị"), QStringLiteral("Vai trò"),
        QStringLiteral("Số đại biểu"), QStringLiteral("Tham dự"), QStringLiteral("Lý do vắng")}};
    Generator::Names names(2026);
    for (int i = 1; i <= count; ++i) {
        const QString number = QString::number(i);
        if (i % 100 == 0)
            rows << QStringList {number, QString(), QString(), units.at(i / 100 % units.size()),
                QStringLiteral("Đại biểu"), QStringLiteral("3"), QString(), QString()};
        else if (i % 10 == 0 && !known.isEmpty())
            rows << QStringList {number, known.at(i / 10 % known.size()).at(0), QString(),
                known.at(i / 10 % known.size()).at(1), QString(), QString(),
                QStringLiteral("Có mặt"), QString()};
        else
            rows << QStringList {number, names.next(), QStringLiteral("Bí thư Chi bộ"),
                units.at(i % units.size()), QStringLiteral("Tham luận"), QString(),
                i % 7 ? QString() : QStringLiteral("Vắng"),
                i % 7 ? QString() : QStringLiteral("Đi công tác")};
    }
    QByteArray csv;
    for (const QStringList &row : std::as_const(rows))
        csv += row.join(QLatin1Char(';')).toUtf8() + "\r\n";
    const QByteArray xlsx = xlsxOf(rows);
    const QString csvPath = folder + QStringLiteral("/dai-bieu.csv");
    const QString xlsxPath = folder + QStringLiteral("/dai-bieu.xlsx");
    for (const auto &[path, bytes] :
        QList<std::pair<QString, QByteArray>> {{csvPath, csv}, {xlsxPath, xlsx}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    for (const auto &[kind, bytes] : QList<std::pair<QString, QByteArray>> {
             {QStringLiteral("CSV"), csv}, {QStringLiteral("xlsx"), xlsx}}) {
        QString error;
        const double readMs = timed(3, [&] {
            if (!TableSource::read(bytes, QStringLiteral("dai-bieu"), &error))
                qFatal("%s", qPrintable(error));
        });
        double longest = 0;
        int reports = 0;
        std::optional<DelegateCsv::Preview> preview;
        const double checkMs = timed(3, [&] {
            QElapsedTimer gap;
            gap.start();
            longest = 0;
            reports = 0;
            preview = DelegateCsv::parse(
                bytes, QStringLiteral("dai-bieu"), *store, conference, &error, [&](int, int) {
                    longest = std::max(longest, gap.nsecsElapsed() / 1e6);
                    gap.restart();
                    ++reports;
                    return true;
                });
            longest = std::max(longest, gap.nsecsElapsed() / 1e6);
        });
        if (!preview)
            qFatal("%s", qPrintable(error));
        report(QStringLiteral("delegate %1 of %2 rows read into records (%3 KiB)")
                   .arg(kind)
                   .arg(count)
                   .arg(bytes.size() / 1024),
            readMs, 0);
        report(QStringLiteral("delegate %1 of %2 rows: preview checked (%3 good, %4 new, %5 "
                              "refused)")
                   .arg(kind)
                   .arg(count)
                   .arg(preview->goodCount())
                   .arg(preview->newPersonCount())
                   .arg(preview->errorCount()),
            checkMs, readMs);
        report(QStringLiteral("delegate %1 of %2 rows: longest stretch without a progress report "
                              "(%3 reports)")
                   .arg(kind)
                   .arg(count)
                   .arg(reports),
            longest, 0);
    }

    // The dialog as the secretary sees it: read, checked, laid out and painted, then resized.
    QWidget parent;
    parent.resize(1180, 720);
    parent.show();
    QElapsedTimer timer;
    timer.start();
    DelegateImportDialog dialog(store.get(), conference, csvPath, &parent);
    const double built = timer.nsecsElapsed() / 1e6;
    dialog.show();
    QApplication::processEvents();
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    if (view)
        view->viewport()->repaint();
    const double shown = timer.nsecsElapsed() / 1e6;
    timer.restart();
    dialog.resize(dialog.width() + 120, dialog.height() + 60);
    QApplication::processEvents();
    if (view)
        view->viewport()->repaint();
    const double resized = timer.nsecsElapsed() / 1e6;
    report(QStringLiteral("delegate CSV of %1 rows: the preview dialog built (read and checked "
                          "included)")
               .arg(count),
        built, 0);
    report(
        QStringLiteral("delegate CSV of %1 rows: the preview dialog built and painted").arg(count),
        shown, 0);
    report(QStringLiteral("delegate CSV of %1 rows: the preview dialog resized and repainted")
               .arg(count),
        resized, 0);
}

// People for the directory, as an office's cadre list: a name, gender, title, unit and date of
// admission each; every fiftieth row, while they last, someone the directory has (skipped).
void benchmarkDirectoryImport(const QString &demo, const QString &folder, int count)
{
    QStringList units;
    QList<QStringList> known;
    {
        auto store = openStore(demo, Store::OpenMode::MustExist);
        auto unitRows = store->select(QStringLiteral("SELECT name FROM unit ORDER BY id"));
        while (unitRows && unitRows->next())
            units << unitRows->value(0).toString();
        auto people = store->select(QStringLiteral("SELECT p.full_name, u.name FROM person p "
                                                   "JOIN unit u ON u.id = p.unit_id ORDER BY "
                                                   "p.id"));
        while (people && people->next())
            known << QStringList {people->value(0).toString(), people->value(1).toString()};
    }
    QList<QStringList> rows {
        {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Giới tính"),
            QStringLiteral("Chức vụ"), QStringLiteral("Đơn vị"), QStringLiteral("Ngày vào Đảng")}};
    Generator::Names names(2027);
    // A name twice in one unit is refused as a repeated row: the list names each once.
    QSet<QString> taken;
    const auto uniqueName = [&names, &taken](const QString &unit) {
        QString name = names.next();
        while (taken.contains(name + QLatin1Char('|') + unit))
            name = names.next();
        taken.insert(name + QLatin1Char('|') + unit);
        return name;
    };
    for (int i = 1; i <= count; ++i) {
        const QString number = QString::number(i);
        const QStringList person = known.value(i / 50);
        if (i % 50 == 0 && !person.isEmpty()
            && !taken.contains(person.at(0) + QLatin1Char('|') + person.at(1))) {
            taken.insert(person.at(0) + QLatin1Char('|') + person.at(1));
            rows << QStringList {
                number, person.at(0), QString(), QString(), person.at(1), QString()};
        } else {
            rows << QStringList {number, uniqueName(units.at(i % units.size())),
                i % 3 ? QStringLiteral("Nam") : QStringLiteral("Nữ"), QStringLiteral("Đảng viên"),
                units.at(i % units.size()),
                QStringLiteral("%1/%2/%3").arg(1 + i % 28).arg(1 + i % 12).arg(1980 + i % 40)};
        }
    }
    QByteArray csv;
    for (const QStringList &row : std::as_const(rows))
        csv += row.join(QLatin1Char(';')).toUtf8() + "\r\n";
    const QByteArray xlsx = xlsxOf(rows);
    const QString csvPath = folder + QStringLiteral("/can-bo.csv");
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(csvPath));
    }
    const QString copy = folder + QStringLiteral("/directory-import.sqlite");
    for (const auto &[kind, bytes] : QList<std::pair<QString, QByteArray>> {
             {QStringLiteral("CSV"), csv}, {QStringLiteral("xlsx"), xlsx}}) {
        QFile::remove(copy);
        QFile::copy(demo, copy);
        auto store = openStore(copy, Store::OpenMode::MustExist);
        QString error;
        double longest = 0;
        int reports = 0;
        std::optional<DirectoryCsv::Preview> preview;
        const double previewMs = timed(3, [&] {
            QElapsedTimer gap;
            gap.start();
            longest = 0;
            reports = 0;
            preview = DirectoryCsv::parse(DirectoryCsv::Kind::People, bytes,
                QStringLiteral("can-bo"), *store, &error, [&](int, int) {
                    longest = std::max(longest, gap.nsecsElapsed() / 1e6);
                    gap.restart();
                    ++reports;
                    return true;
                });
            longest = std::max(longest, gap.nsecsElapsed() / 1e6);
        });
        if (!preview)
            qFatal("%s", qPrintable(error));
        report(QStringLiteral("people %1 of %2 rows: preview read and checked (%3 new, %4 "
                              "already present, %5 refused)")
                   .arg(kind)
                   .arg(count)
                   .arg(preview->newCount())
                   .arg(preview->presentCount())
                   .arg(preview->errorCount()),
            previewMs, 0);
        report(QStringLiteral("people %1 of %2 rows: longest stretch of the preview without a "
                              "progress report (%3 reports)")
                   .arg(kind)
                   .arg(count)
                   .arg(reports),
            longest, 0);
        // One import: a second would find everyone present.
        QElapsedTimer timer;
        timer.start();
        longest = 0;
        reports = 0;
        QElapsedTimer gap;
        gap.start();
        int added = 0;
        if (!DirectoryCsv::apply(
                *preview, *store, &error,
                [&](int, int) {
                    longest = std::max(longest, gap.nsecsElapsed() / 1e6);
                    gap.restart();
                    ++reports;
                    return true;
                },
                &added))
            qFatal("%s", qPrintable(error));
        const double importMs = timer.nsecsElapsed() / 1e6;
        longest = std::max(longest, gap.nsecsElapsed() / 1e6);
        report(QStringLiteral("people %1 of %2 rows: %3 added in one transaction, audited")
                   .arg(kind)
                   .arg(count)
                   .arg(added),
            importMs, 0);
        report(QStringLiteral("people %1 of %2 rows: longest stretch of the import without a "
                              "progress report (%3 reports)")
                   .arg(kind)
                   .arg(count)
                   .arg(reports),
            longest, 0);
    }

    // The dialog as the secretary sees it, on a file without these people yet.
    QFile::remove(copy);
    QFile::copy(demo, copy);
    auto store = openStore(copy, Store::OpenMode::MustExist);
    QWidget parent;
    parent.resize(1180, 720);
    parent.show();
    QElapsedTimer timer;
    timer.start();
    DirectoryImportDialog dialog(store.get(), DirectoryCsv::Kind::People, csvPath, &parent);
    const double built = timer.nsecsElapsed() / 1e6;
    dialog.show();
    QApplication::processEvents();
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("previewTableView"));
    if (view)
        view->viewport()->repaint();
    const double shown = timer.nsecsElapsed() / 1e6;
    report(QStringLiteral("people CSV of %1 rows: the preview dialog built (read and checked "
                          "included)")
               .arg(count),
        built, 0);
    report(QStringLiteral("people CSV of %1 rows: the preview dialog built and painted").arg(count),
        shown, 0);
}

// A delegate list of 10,000 rows into the big directory: 9,000 people of the directory (named
// with their unit) and 1,000 new ones.
void benchmarkImport(const QString &file, const QString &folder)
{
    const QString copy = folder + QStringLiteral("/import.sqlite");
    QFile::remove(copy);
    if (!QFile::copy(file, copy))
        qFatal("cannot copy %s", qPrintable(file));
    auto store = openStore(copy, Store::OpenMode::MustExist);
    QString error;
    QStringList lines {QStringLiteral("STT;Họ và tên;Chức vụ;Đơn vị")};
    auto people = store->select(QStringLiteral(
        "SELECT p.full_name, p.title, u.name FROM person p JOIN unit u ON u.id = p.unit_id "
        "WHERE p.id % 11 = 0 ORDER BY p.id LIMIT 9000"));
    while (people && people->next())
        lines << QStringLiteral("%1;%2;%3;%4")
                     .arg(lines.size())
                     .arg(people->value(0).toString(), people->value(1).toString(),
                         people->value(2).toString());
    people.reset();
    Generator::Names names(99);
    const QStringList units = Generator::unitNames();
    for (int i = 0; lines.size() <= 10000; ++i) {
        // A name the directory does not have exactly, in a unit: a new person.
        const QString name = names.next() + QStringLiteral(" Mới");
        lines << QStringLiteral("%1;%2;Đảng viên;%3")
                     .arg(lines.size())
                     .arg(name, units.at(i % units.size()));
    }
    const QByteArray csv = lines.join(QLatin1Char('\n')).toUtf8();
    const qint64 conference = *store->insert(QStringLiteral("conference"),
        {{QStringLiteral("kind"), QStringLiteral("final_review")},
            {QStringLiteral("title"), QStringLiteral("Hội nghị tổng kết năm 2026 (đo)")}},
        &error);

    std::optional<DelegateCsv::Preview> preview;
    const double readMs = timed(3, [&] {
        preview
            = DelegateCsv::parse(csv, QStringLiteral("delegates.csv"), *store, conference, &error);
    });
    if (!preview)
        qFatal("%s", qPrintable(error));
    // The floor of the read: the same lookups through the C API, statements prepared once.
    const Raw raw(copy);
    const double readFloor = timed(3, [&] {
        sqlite3_stmt *withUnit = nullptr;
        sqlite3_stmt *alone = nullptr;
        sqlite3_prepare_v2(raw.db(),
            "SELECT id, title FROM person WHERE name_key = ? AND unit_id = ? ORDER BY id LIMIT 2",
            -1, &withUnit, nullptr);
        sqlite3_prepare_v2(raw.db(),
            "SELECT id, title FROM person WHERE name_key = ? ORDER BY id LIMIT 2", -1, &alone,
            nullptr);
        for (const DelegateCsv::Row &row : std::as_const(preview->rows)) {
            sqlite3_stmt *query = row.unitId ? withUnit : alone;
            const QByteArray key = VietnameseText::matchKey(row.fullName).toUtf8();
            sqlite3_bind_text(query, 1, key.constData(), -1, SQLITE_TRANSIENT);
            if (row.unitId)
                sqlite3_bind_int64(query, 2, row.unitId);
            while (sqlite3_step(query) == SQLITE_ROW)
                sqlite3_column_text(query, 1);
            sqlite3_reset(query);
        }
        sqlite3_finalize(withUnit);
        sqlite3_finalize(alone);
    });
    report(QStringLiteral("delegate CSV of %1 rows into the directory: read (%2 good, %3 new, %4 "
                          "refused)")
               .arg(preview->rows.size())
               .arg(preview->goodCount())
               .arg(preview->newPersonCount())
               .arg(preview->errorCount()),
        readMs, readFloor);

    // Rows refused (namesakes in one unit) are left out, as a secretary would after the preview.
    DelegateCsv::Preview good = *preview;
    good.rows.erase(std::remove_if(good.rows.begin(), good.rows.end(),
                        [](const DelegateCsv::Row &row) { return row.hasError(); }),
        good.rows.end());
    QElapsedTimer timer;
    timer.start();
    if (!DelegateCsv::apply(good, *store, conference, &error))
        qFatal("%s", qPrintable(error));
    const double applyMs = timer.nsecsElapsed() / 1e6;
    // Its floor: the same rows written through the C API, statements prepared once, no audit.
    timer.restart();
    sqlite3_exec(raw.db(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *person = nullptr;
    sqlite3_stmt *participant = nullptr;
    sqlite3_prepare_v2(raw.db(),
        "INSERT INTO person (full_name, title, unit_id, name_folded, sort_key, name_key) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        -1, &person, nullptr);
    sqlite3_prepare_v2(raw.db(),
        "INSERT INTO conference_participant (conference_id, person_id, title_held, position) "
        "VALUES (?, ?, ?, ?)",
        -1, &participant, nullptr);
    int position = 100000;
    for (const DelegateCsv::Row &row : std::as_const(good.rows)) {
        qint64 id = row.personId;
        if (!id) {
            sqlite3_bind_text(person, 1, row.fullName.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(person, 2, row.title.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(person, 3, row.unitId);
            sqlite3_bind_text(person, 4, VietnameseText::fold(row.fullName).toUtf8().constData(),
                -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(person, 5,
                VietnameseText::collationKey(row.fullName).toUtf8().constData(), -1,
                SQLITE_TRANSIENT);
            sqlite3_bind_text(person, 6,
                VietnameseText::matchKey(row.fullName).toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_step(person);
            sqlite3_reset(person);
            id = sqlite3_last_insert_rowid(raw.db());
        }
        sqlite3_bind_int64(participant, 1, conference);
        sqlite3_bind_int64(participant, 2, id);
        sqlite3_bind_text(
            participant, 3, row.titleHeld().toUtf8().constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(participant, 4, ++position);
        sqlite3_step(participant);
        sqlite3_reset(participant);
    }
    sqlite3_finalize(person);
    sqlite3_finalize(participant);
    sqlite3_exec(raw.db(), "ROLLBACK", nullptr, nullptr, nullptr);
    const double applyFloor = timer.nsecsElapsed() / 1e6;
    report(QStringLiteral("delegate CSV: apply %1 rows (audit log and index included)")
               .arg(good.rows.size()),
        applyMs, applyFloor);
    store.reset();
    QFile::remove(copy);
}

// A file of a province: generated once, kept for the next run.
QString scaleFile(const QString &name, const Generator::Sizes &sizes)
{
    QString folder = qEnvironmentVariable("SECRETARIAT_BENCH_DATA");
    if (folder.isEmpty())
        folder = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    QDir().mkpath(folder);
    const QString path
        = QStringLiteral("%1/%2-schema%3.sqlite").arg(folder, name).arg(Store::schemaVersion);
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    {
        auto store = openStore(partial, Store::OpenMode::CreateNew);
        QString error;
        if (!Generator::populate(*store, sizes, &error))
            qFatal("%s", qPrintable(error));
        store->setSetting(QStringLiteral("backup.on_close"), QStringLiteral("0"), &error);
    }
    QFile::rename(partial, path);
    report(QStringLiteral("generate %1 (%2 people, %3 conferences, %4 participants; %5 MB) "
                          "through the store")
               .arg(name)
               .arg(sizes.people)
               .arg(sizes.conferences)
               .arg(sizes.participants)
               .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0),
        timer.elapsed(), 0);
    return path;
}

void benchmarkScale(const QString &label, const QString &file, const QString &folder,
    const Start &bare, const Start &text, bool everything)
{
    const Start start = coldStart({QStringLiteral("--window"), file}, 7);
    {
        QProcess session;
        session.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--in-use"), file});
        session.waitForFinished(600000);
        const QByteArray said = session.readAllStandardOutput();
        report(QStringLiteral("peak memory of the window after a session on the %1 file (every "
                              "page, every list filtered, sorted, scrolled; an editor)")
                   .arg(label),
            said.mid(said.indexOf("peak ") + 5).trimmed().toDouble(), bare.mib, "MiB");
    }
    report(QStringLiteral("first painted frame, %1 file").arg(label), start.ms, bare.ms);
    report(
        QStringLiteral("first painted frame, %1 file (floor: a bare window with a table of text)")
            .arg(label),
        start.ms, text.ms);
    report(QStringLiteral("peak memory at the first frame, %1 file").arg(label), start.mib,
        bare.mib, "MiB");

    auto store = openStore(file, Store::OpenMode::ReadOnly);
    const Raw raw(file);
    std::unique_ptr<SqlListModel> people(DirectoryModels::people(store.get()));
    std::unique_ptr<SqlListModel> conferences(WorkLists::conferences(store.get()));
    benchmarkFilter(QStringLiteral("%1 people filter").arg(label), people.get(), raw,
        QStringLiteral("nguyen van hoa"));
    benchmarkFilter(
        QStringLiteral("%1 people filter").arg(label), people.get(), raw, QStringLiteral("nguyen"));
    benchmarkFilter(QStringLiteral("%1 conference filter").arg(label), conferences.get(), raw,
        QStringLiteral("tong ket 39"));
    benchmarkFilter(QStringLiteral("%1 conference filter").arg(label), conferences.get(), raw,
        QStringLiteral("hoang hoa"));
    // A conference's editor: its participant picker offers the whole directory.
    const double editor = timed(3, [&] { ConferenceEditor open(store.get(), 1); });
    report(QStringLiteral("%1 open a conference's editor").arg(label), editor, 0);
    if (!everything)
        return;
    benchmarkSorts(QStringLiteral("%1 people").arg(label), people.get(), raw);
    benchmarkSorts(QStringLiteral("%1 conferences").arg(label), conferences.get(), raw);
    std::unique_ptr<SqlListModel> units(DirectoryModels::units(store.get()));
    benchmarkSorts(QStringLiteral("%1 units").arg(label), units.get(), raw);
    people.reset();
    conferences.reset();
    units.reset();
    store.reset();
    benchmarkImport(file, folder);

    // A backup of the whole file while a list has its first page.
    auto writable = openStore(file, Store::OpenMode::MustExist);
    std::unique_ptr<SqlListModel> list(DirectoryModels::people(writable.get()));
    const QString target = folder + QStringLiteral("/backup.sqlite");
    QString error;
    const double backup = timed(3, [&] {
        QFile::remove(target);
        if (!Backup::create(*writable, target, &error))
            qFatal("backup failed: %s", qPrintable(error));
    });
    QFile::remove(target);
    report(QStringLiteral("back up the %1 file (%2 MB), checked")
               .arg(label)
               .arg(QFileInfo(file).size() / 1e6, 0, 'f', 0),
        backup, 0);
}

// Inspections at scale: 10,000 inspections, 50,000 targets, 200,000 recommendations, 400,000
// remedy events, over a directory of 5,000 people. Generated once, kept for the next run.
QString inspectionsFile()
{
    QString folder = qEnvironmentVariable("SECRETARIAT_BENCH_DATA");
    if (folder.isEmpty())
        folder = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    QDir().mkpath(folder);
    const QString path = QStringLiteral("%1/inspections-200k-schema%2.sqlite")
                             .arg(folder)
                             .arg(Store::schemaVersion);
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    const Generator::InspectionSizes sizes;
    {
        auto store = openStore(partial, Store::OpenMode::CreateNew);
        QString error;
        if (!Generator::populate(*store, {5000, 0, 0}, &error)
            || !Generator::populateInspections(*store, sizes, store->clock()->today(), &error))
            qFatal("%s", qPrintable(error));
        store->setSetting(QStringLiteral("backup.on_close"), QStringLiteral("0"), &error);
    }
    QFile::rename(partial, path);
    report(QStringLiteral("generate %1 inspections, %2 targets, %3 recommendations, %4 remedy "
                          "events (%5 MB) through the store")
               .arg(sizes.inspections)
               .arg(sizes.targets)
               .arg(sizes.recommendations)
               .arg(sizes.events)
               .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0),
        timer.elapsed(), 0);
    return path;
}

// Rows written straight into a file the store made (its triggers keep the full-text indexes),
// with the derived columns the store would compute: a million records in a minute or two rather
// than the hour the store's audited writes take. One statement prepared per table.
class DirectRows
{
public:
    explicit DirectRows(sqlite3 *db)
        : m_db(db)
    { }
    ~DirectRows()
    {
        for (sqlite3_stmt *statement : std::as_const(m_statements))
            sqlite3_finalize(statement);
    }
    qint64 add(const QString &table, QVariantMap values)
    {
        Catalogue::derive(*Catalogue::table(table), values);
        const QStringList columns = values.keys();
        const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
        sqlite3_stmt *statement = m_statements.value(key);
        if (!statement) {
            const QString sql
                = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QLatin1Char(',')),
                          QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr)
                != SQLITE_OK)
                qFatal("%s", sqlite3_errmsg(m_db));
            m_statements.insert(key, statement);
        }
        int i = 1;
        for (const QVariant &value : std::as_const(values)) {
            if (value.isNull())
                sqlite3_bind_null(statement, i);
            else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(statement, i, value.toLongLong());
            else
                sqlite3_bind_text(
                    statement, i, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
            ++i;
        }
        if (sqlite3_step(statement) != SQLITE_DONE)
            qFatal("%s: %s", qPrintable(table), sqlite3_errmsg(m_db));
        sqlite3_reset(statement);
        return sqlite3_last_insert_rowid(m_db);
    }

private:
    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
};

// 1,000,000 records of every kind the search box finds — units (some merged into others),
// people, documents, conferences with two delegates each, inspections, recommendations,
// commendations and register entries over twenty years — generated once, kept.
QString searchFile()
{
    QString folder = qEnvironmentVariable("SECRETARIAT_BENCH_DATA");
    if (folder.isEmpty())
        folder = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    QDir().mkpath(folder);
    const QString path
        = QStringLiteral("%1/search-1m-schema%2.sqlite").arg(folder).arg(Store::schemaVersion);
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    {
        auto store = openStore(partial, Store::OpenMode::CreateNew);
        QString error;
        store->setSetting(QStringLiteral("backup.on_close"), QStringLiteral("0"), &error);
    }
    const auto u = [](const char *text) { return QString::fromUtf8(text); };
    const auto pick = [](const QStringList &list, quint32 n) { return list.at(n % list.size()); };
    const auto date = [](int year, quint32 n) {
        return QDate(year, 1, 1).addDays(n % 365).toString(Qt::ISODate);
    };
    QRandomGenerator random(20261203);
    int records = 0;
    {
        Raw raw(partial);
        sqlite3_exec(raw.db(), "BEGIN", nullptr, nullptr, nullptr);
        DirectRows rows(raw.db());
        QList<qint64> units;
        const QStringList unitNames = Generator::unitNames();
        for (int i = 0; i < unitNames.size(); ++i) {
            QVariantMap unit {{QStringLiteral("name"), unitNames.at(i)},
                {QStringLiteral("kind"), QStringLiteral("party_committee")}};
            // One in twenty was merged into the unit made before it.
            if (i > 100 && i % 20 == 0) {
                unit.insert(QStringLiteral("valid_to"), QStringLiteral("2025-06-30"));
                unit.insert(QStringLiteral("successor_id"), units.last());
            }
            units << rows.add(QStringLiteral("unit"), unit);
        }
        const QStringList titles {u("Bí thư"), u("Phó Bí thư"), u("Ủy viên Ban Thường vụ"),
            u("Chánh Văn phòng"), u("Trưởng ban Tổ chức"), u("Chủ nhiệm Ủy ban Kiểm tra"),
            u("Chuyên viên"), u("Đảng viên")};
        Generator::Names names(11);
        QList<qint64> people;
        for (int i = 0; i < 300000; ++i)
            people << rows.add(QStringLiteral("person"),
                {{QStringLiteral("full_name"), names.next()},
                    {QStringLiteral("title"), pick(titles, random.generate())},
                    {QStringLiteral("unit_id"), units.at(random.bounded(int(units.size())))}});
        const QStringList types {u("CT"), u("NQ"), u("KL"), u("QĐ"), u("HD")};
        const QStringList subjects {u("tăng cường công tác bảo vệ chính trị nội bộ"),
            u("công tác phòng, chống tham nhũng, lãng phí"), u("xây dựng, chỉnh đốn Đảng"),
            u("công tác kiểm tra, giám sát và thi hành kỷ luật đảng"),
            u("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
            u("công tác cán bộ và bảo vệ chính trị"), u("phát triển kinh tế - xã hội"),
            u("công tác dân vận trong tình hình mới")};
        QList<qint64> documents;
        QStringList codes;
        for (int i = 0; i < 20000; ++i) {
            const QString type = pick(types, i);
            const QString code
                = QStringLiteral("%1-%2/%3")
                      .arg(i / 5 + 1)
                      .arg(type, i % 3 ? QStringLiteral("TW") : QStringLiteral("TU"));
            codes << code;
            documents << rows.add(QStringLiteral("legal_document"),
                {{QStringLiteral("code"), code}, {QStringLiteral("type_code"), type},
                    {QStringLiteral("issued_on"), date(2000 + i % 26, random.generate())},
                    {QStringLiteral("excerpt"), u("Về ") + pick(subjects, random.generate())}});
        }
        const QStringList meetings {u("Hội nghị sơ kết"), u("Hội nghị tổng kết"),
            u("Hội nghị quán triệt, triển khai"), u("Hội nghị Ban Chấp hành"),
            u("Hội nghị Ban Thường vụ"), u("Hội nghị Ủy ban Kiểm tra")};
        const QStringList venues {u("Hội trường Tỉnh ủy"), u("Hội trường UBND huyện"),
            u("Trung tâm Chính trị huyện"), u("Nhà văn hóa xã")};
        for (int i = 0; i < 200000; ++i) {
            const int document = random.bounded(int(documents.size()));
            const int year = 2005 + i % 21;
            const qint64 conference = rows.add(QStringLiteral("conference"),
                {{QStringLiteral("kind"), QStringLiteral("other")},
                    {QStringLiteral("title"),
                        QStringLiteral("%1 thực hiện %2 %3 năm %4")
                            .arg(pick(meetings, random.generate()), codes.at(document),
                                u("về ") + pick(subjects, random.generate()))
                            .arg(year)},
                    {QStringLiteral("venue"), pick(venues, random.generate())},
                    {QStringLiteral("held_on"), date(year, random.generate())},
                    {QStringLiteral("organizer_unit_id"),
                        units.at(random.bounded(int(units.size())))},
                    {QStringLiteral("legal_document_id"), documents.at(document)},
                    {QStringLiteral("secrecy"),
                        i % 10 ? QStringLiteral("none") : QStringLiteral("confidential")}});
            const int first = random.bounded(int(people.size()) - 1);
            for (int p = 0; p < 2; ++p)
                rows.add(QStringLiteral("conference_participant"),
                    {{QStringLiteral("conference_id"), conference},
                        {QStringLiteral("person_id"), people.at(first + p)},
                        {QStringLiteral("role"), QStringLiteral("delegate")},
                        {QStringLiteral("position"), p + 1}});
        }
        QList<qint64> targets;
        for (int i = 0; i < 20000; ++i) {
            const qint64 team = rows.add(QStringLiteral("inspection_team"),
                {{QStringLiteral("name"),
                     QStringLiteral("%1 %2 %3")
                         .arg(u("Đoàn kiểm tra số"))
                         .arg(i % 40 + 1)
                         .arg(u("về ") + pick(subjects, random.generate()))},
                    {QStringLiteral("decision_code"), QStringLiteral("%1-QĐ/TU").arg(i + 1)},
                    {QStringLiteral("decided_on"), date(2005 + i % 21, random.generate())},
                    {QStringLiteral("status"), QStringLiteral("concluded")}});
            targets << rows.add(QStringLiteral("inspection_target"),
                {{QStringLiteral("team_id"), team},
                    {QStringLiteral("unit_id"), units.at(random.bounded(int(units.size())))},
                    {QStringLiteral("position"), 1}});
        }
        const QStringList remedies {u("Rà soát, bổ sung hồ sơ"), u("Kiểm điểm, rút kinh nghiệm"),
            u("Khắc phục hạn chế, thiếu sót"), u("Báo cáo kết quả khắc phục"),
            u("Chấn chỉnh công tác quản lý đảng viên")};
        for (int i = 0; i < 200000; ++i)
            rows.add(QStringLiteral("recommendation"),
                {{QStringLiteral("target_id"), targets.at(i / 10)},
                    {QStringLiteral("position"), i % 10 + 1},
                    {QStringLiteral("content"),
                        pick(remedies, random.generate()) + u(" về ")
                            + pick(subjects, random.generate())},
                    {QStringLiteral("responsible_unit_id"),
                        units.at(random.bounded(int(units.size())))},
                    {QStringLiteral("deadline"), date(2006 + i % 21, random.generate())},
                    {QStringLiteral("status"), QStringLiteral("in_progress")}});
        sqlite3_stmt *formQuery = nullptr;
        sqlite3_prepare_v2(
            raw.db(), "SELECT min(id) FROM commendation_form", -1, &formQuery, nullptr);
        sqlite3_step(formQuery);
        const qint64 formId = sqlite3_column_int64(formQuery, 0);
        sqlite3_finalize(formQuery);
        for (int i = 0; i < 100000; ++i) {
            const int year = 2005 + i % 21;
            rows.add(QStringLiteral("commendation"),
                {{QStringLiteral("kind"), QStringLiteral("thematic")},
                    {QStringLiteral("form_id"), formId},
                    {QStringLiteral("reason"),
                        u("Có thành tích xuất sắc trong ") + pick(subjects, random.generate())
                            + u(" năm ") + QString::number(year)},
                    {QStringLiteral("proposing_unit_id"),
                        units.at(random.bounded(int(units.size())))},
                    {QStringLiteral("proposal_code"), QStringLiteral("%1-TTr/TU").arg(i + 1)},
                    {QStringLiteral("proposed_on"), date(year, random.generate())}});
        }
        records = int(unitNames.size()) + 300000 + 20000 + 200000 + 20000 + 200000 + 100000;
        const QStringList outgoing {u("TB"), u("BC"), u("KH"), u("CV")};
        for (int i = 0; records < 1000000; ++i, ++records) {
            const int year = 2005 + i % 21;
            const QString type = pick(outgoing, i / 21);
            rows.add(QStringLiteral("document_register"),
                {{QStringLiteral("type_code"), type}, {QStringLiteral("issuer_code"), u("TU")},
                    {QStringLiteral("series"), QStringLiteral("%1/%2").arg(type).arg(year)},
                    {QStringLiteral("year"), year}, {QStringLiteral("number"), i / 84 + 1},
                    {QStringLiteral("code"), QStringLiteral("%1-%2/TU").arg(i / 84 + 1).arg(type)},
                    {QStringLiteral("issued_on"), date(year, random.generate())},
                    {QStringLiteral("excerpt"),
                        u("Kết luận về ") + pick(subjects, random.generate())},
                    {QStringLiteral("signer"), names.next()},
                    {QStringLiteral("status"), QStringLiteral("issued")}});
        }
        if (sqlite3_exec(raw.db(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(raw.db()));
    }
    QFile::rename(partial, path);
    report(QStringLiteral("generate %1 records of every kind for the search (%2 MB)")
               .arg(records)
               .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0),
        timer.elapsed(), 0);
    return path;
}

// The search box on a million records: each typical query as the window runs it (five hits of
// each kind, every kind counted), its median over runs; the median and the worst of the queries.
// What the search box is asked: names, codes, places, words of titles, quoted phrases.
QStringList searchQueries()
{
    return {QStringLiteral("dien bien"), QStringLiteral("nguyen van"),
        QStringLiteral("Nguyễn Văn An"), QStringLiteral("lê thị hoa"), QStringLiteral("39-ct"),
        QStringLiteral("ct/tw"), QStringLiteral("\"uy ban kiem tra\""), QStringLiteral("2024"),
        QStringLiteral("hội nghị 2023"), QStringLiteral("tong ket"),
        QStringLiteral("quan triet nghi quyet"), QStringLiteral("bao ve chinh tri noi bo"),
        QStringLiteral("huyen uy"), QStringLiteral("kiem tra"), QStringLiteral("khac phuc"),
        QStringLiteral("phong chong tham nhung"), QStringLiteral("12-tb"), QStringLiteral("hoà"),
        QStringLiteral("dan van"), QStringLiteral("chanh van phong")};
}

void benchmarkSearch(const QString &file)
{
    auto store = openStore(file, Store::OpenMode::MustExist);
    const QStringList queries = searchQueries();
    QList<double> medians;
    for (const QString &query : queries) {
        int found = 0;
        const double ms = timed(5, [&] {
            const GlobalSearch::Results results = GlobalSearch::find(store.get(), query, 5);
            if (!results.error.isEmpty())
                qFatal("%s", qPrintable(results.error));
            found = results.total();
        });
        medians << ms;
        report(QStringLiteral("search “%1” (%2 found)").arg(query).arg(found), ms, 0);
    }
    report(QStringLiteral("search box over 1,000,000 records: median of %1 queries")
               .arg(queries.size()),
        median(medians), 0);
    report(QStringLiteral("search box over 1,000,000 records: worst of %1 queries")
               .arg(queries.size()),
        *std::max_element(medians.cbegin(), medians.cend()), 0);
}

// The Party membership badge among 100,000 members (admitted over 1945–1996, some ill, deceased
// or disciplined): everyone due in the next round and the near misses. Generated once, kept.
void benchmarkBadges()
{
    QString folder = qEnvironmentVariable("SECRETARIAT_BENCH_DATA");
    if (folder.isEmpty())
        folder = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    QDir().mkpath(folder);
    const QString path
        = QStringLiteral("%1/badges-100k-schema%2.sqlite").arg(folder).arg(Store::schemaVersion);
    if (!QFile::exists(path)) {
        const QString partial = path + QStringLiteral(".partial");
        QFile::remove(partial);
        QElapsedTimer timer;
        timer.start();
        {
            auto store = openStore(partial, Store::OpenMode::CreateNew);
            QString error;
            if (!Generator::populate(*store, {100000, 0, 0}, &error)
                || !Generator::populatePartyDates(*store, store->clock()->today(), &error))
                qFatal("%s", qPrintable(error));
            store->setSetting(QStringLiteral("backup.on_close"), QStringLiteral("0"), &error);
        }
        QFile::rename(partial, path);
        report(QStringLiteral("generate 100,000 members with their Party dates through the store"),
            timer.elapsed(), 0);
    }
    auto store = openStore(path, Store::OpenMode::MustExist);
    const QDate round = PartyBadges::nextRound(store->clock()->today());
    int due = 0, near = 0;
    const double all = timed(5, [&] {
        QString error;
        const auto result = PartyBadges::candidates(*store, round, 0, &error);
        if (!result)
            qFatal("%s", qPrintable(error));
        due = int(result->due.size());
        near = int(result->nearMisses.size());
    });
    // The floor: reading the same members and nothing else.
    const double read = timed(5, [&] {
        auto query = store->select(QStringLiteral(
            "SELECT p.id, p.full_name, p.title, p.unit_id, u.name, p.admitted_on, p.official_on, "
            "p.deceased_on, p.gravely_ill FROM person p LEFT JOIN unit u ON u.id = p.unit_id "
            "WHERE p.admitted_on IS NOT NULL ORDER BY p.sort_key, p.id"));
        int rows = 0;
        while (query && query->next())
            ++rows;
    });
    const int members = store->value(QStringLiteral("SELECT count(*) FROM person")).toInt();
    report(QStringLiteral("Huy hiệu Đảng round of %1 among %2 members (%3 due, %4 near misses)")
               .arg(VietnameseText::formDate(round))
               .arg(members)
               .arg(due)
               .arg(near),
        all, read);
    // Linear: the same among the first tenth of the directory's units.
    const qint64 unit
        = store
              ->value(QStringLiteral("SELECT id FROM unit WHERE parent_id IS NOT NULL "
                                     "ORDER BY id LIMIT 1"))
              .toLongLong();
    const int within = store
                           ->value(QStringLiteral("WITH RECURSIVE below(id) AS (SELECT ? UNION "
                                                  "SELECT u.id FROM unit u JOIN below b ON "
                                                  "u.parent_id = b.id) SELECT count(*) FROM person "
                                                  "WHERE unit_id IN below"),
                               {unit})
                           .toInt();
    const double part = timed(5, [&] {
        QString error;
        if (!PartyBadges::candidates(*store, round, unit, &error))
            qFatal("%s", qPrintable(error));
    });
    report(QStringLiteral("Huy hiệu Đảng round within one unit and its sub-units (%1 members)")
               .arg(within),
        part, 0);
}

// One filter of the follow-up list as the page applies it: the first page, the count and the
// count of those overdue ("N kiến nghị · M quá hạn"). The floor runs the same statements through
// the engine alone (the count only where the model runs one).
void benchmarkFollowUpFilter(
    const QString &name, FollowUpList *list, const Raw &raw, const std::function<void(bool)> &apply)
{
    QList<double> times;
    for (int run = 0; run < 7; ++run) {
        apply(false);
        QElapsedTimer timer;
        timer.start();
        apply(true);
        list->matchingCount();
        list->overdueMatchingCount();
        times << timer.nsecsElapsed() / 1e6;
    }
    apply(true);
    const QList<SqlListModel::Statement> matches = list->matchStatements();
    const SqlListModel::Statement page = list->pageStatement(0);
    const SqlListModel::Statement count = list->countStatement();
    const SqlListModel::Statement overdue = list->overdueCountStatement();
    // With the quick filter alone, the matches are the count.
    const bool counts = matches.isEmpty() || count.sql.contains(QLatin1String("?"));
    const double floor = timed(7, [&] {
        for (const SqlListModel::Statement &statement : matches)
            raw.run(statement);
        raw.run(page);
        if (counts)
            raw.run(count);
        raw.run(overdue);
    });
    report(QStringLiteral("follow-up list %1 (%2 of them, %3 overdue)")
               .arg(name)
               .arg(list->matchingCount())
               .arg(list->overdueMatchingCount()),
        median(times), floor);
    apply(false);
}

void benchmarkFollowUp(const QString &file)
{
    auto store = openStore(file, Store::OpenMode::ReadOnly);
    const Raw raw(file);
    const double open = timed(7, [&] {
        FollowUpList list(store.get());
        list.matchingCount();
        list.overdueMatchingCount();
    });
    FollowUpList list(store.get());
    const double openFloor = timed(7, [&] {
        raw.run(list.pageStatement(0));
        raw.run(list.countStatement());
        raw.run(list.overdueCountStatement());
    });
    report(QStringLiteral("follow-up list opened: first page, count (%1 recommendations), "
                          "overdue count (%2)")
               .arg(list.matchingCount())
               .arg(list.overdueMatchingCount()),
        open, openFloor);
    benchmarkFollowUpFilter(
        QStringLiteral("filtered overdue"), &list, raw, [&](bool on) { list.setOverdueOnly(on); });
    benchmarkFollowUpFilter(QStringLiteral("filtered due within 30 days"), &list, raw,
        [&](bool on) { list.setDueWithin(on ? 30 : 0); });
    // The responsible unit with the most recommendations.
    const qint64 unit = store
                            ->value(QStringLiteral("SELECT responsible_unit_id FROM recommendation "
                                                   "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))
                            .toLongLong();
    benchmarkFollowUpFilter(QStringLiteral("filtered by responsible unit"), &list, raw,
        [&](bool on) { list.setResponsibleUnit(on ? unit : 0); });
    const qint64 target = store
                              ->value(QStringLiteral("SELECT t.unit_id FROM inspection_target t "
                                                     "WHERE t.unit_id IS NOT NULL GROUP BY 1 "
                                                     "ORDER BY count(*) DESC LIMIT 1"))
                              .toLongLong();
    benchmarkFollowUpFilter(QStringLiteral("filtered by target unit"), &list, raw,
        [&](bool on) { list.setTargetUnit(on ? target : 0); });
    const qint64 team
        = store->value(QStringLiteral("SELECT max(team_id) FROM inspection_target")).toLongLong();
    benchmarkFollowUpFilter(QStringLiteral("filtered by inspection"), &list, raw,
        [&](bool on) { list.setInspection(on ? team : 0); });
    for (const QString &typed : {QStringLiteral("so sach chung tu"), QStringLiteral("dang phi"),
             QStringLiteral("kiem"), QStringLiteral("quang tan dong son")})
        benchmarkFollowUpFilter(QStringLiteral("filtered by text “%1”").arg(typed), &list, raw,
            [&](bool on) { list.setFilterText(on ? typed : QString()); });
    benchmarkFollowUpFilter(
        QStringLiteral("filtered overdue and by text “dang phi”"), &list, raw, [&](bool on) {
            list.setOverdueOnly(on);
            list.setFilterText(on ? QStringLiteral("dang phi") : QString());
        });
    benchmarkSorts(QStringLiteral("follow-up list"), &list, raw);
}

// The inspection statistics of the busiest year and of a five-year term, of every body and of
// the body with the most inspections, beside the same two statements through the engine alone.
void benchmarkStatistics(const QString &file)
{
    auto store = openStore(file, Store::OpenMode::ReadOnly);
    const Raw raw(file);
    const int year = store
                         ->value(QStringLiteral("SELECT substr(starts_on, 1, 4) FROM "
                                                "inspection_team GROUP BY 1 ORDER BY count(*) "
                                                "DESC LIMIT 1"))
                         .toInt();
    const qint64 body = store
                            ->value(QStringLiteral("SELECT issuing_body_id FROM inspection_team "
                                                   "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))
                            .toLongLong();
    const std::pair<QString, InspectionStatistics::Period> periods[]
        = {{QStringLiteral("year %1").arg(year),
               InspectionStatistics::period(InspectionStatistics::Preset::Year, year)},
            {QStringLiteral("term %1–%2").arg(year - 4).arg(year),
                {QDate(year - 4, 1, 1), QDate(year, 12, 31)}}};
    // (The generated inspections may name no body: then only all of them.)
    QList<qint64> bodies {0};
    if (body)
        bodies << body;
    for (const auto &[name, period] : periods) {
        for (const qint64 of : bodies) {
            QString error;
            std::optional<InspectionStatistics::Counts> counts;
            const double time = timed(
                7, [&] { counts = InspectionStatistics::count(*store, period, of, &error); });
            if (!counts) {
                std::fprintf(stderr, "statistics: %s\n", qPrintable(error));
                continue;
            }
            const auto statements = InspectionStatistics::statements(*store, period, of);
            const double floor = timed(7, [&] {
                for (const auto &statement : statements)
                    raw.run({statement.sql, statement.values});
            });
            report(QStringLiteral("inspection statistics, %1, %2 (%3 targets inspected, %4 "
                                  "recommendations)")
                       .arg(name, of ? QStringLiteral("one body") : QStringLiteral("all bodies"))
                       .arg(counts->organizationsInspected + counts->membersInspected)
                       .arg(counts->recommendations),
                time, floor);
        }
    }
}

// The cross table's figures: 30 indicators × 100 units × 10 years, written straight into an
// empty store (the figures, not the writing, are measured).
void fillStatistics(Store *store)
{
    QString error;
    Store::Write write(store);
    QSqlQuery query(store->connection());
    const char *aggregations[] = {"sum", "latest", "average"};
    for (int i = 1; i <= 30; ++i) {
        query.prepare(QStringLiteral("INSERT INTO stat_indicator (name, measure, aggregation, "
                                     "position) VALUES (?, ?, ?, ?)"));
        query.addBindValue(QStringLiteral("Chỉ tiêu thử %1").arg(i));
        query.addBindValue(i % 3 == 2 ? QStringLiteral("%") : QStringLiteral("người"));
        query.addBindValue(QLatin1String(aggregations[i % 3]));
        query.addBindValue(100 + i);
        query.exec();
    }
    for (int u = 1; u <= 100; ++u) {
        query.prepare(QStringLiteral("INSERT INTO unit (name, sort_key) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("Đảng bộ thử %1").arg(u, 3, 10, QLatin1Char('0')));
        query.addBindValue(QStringLiteral("%1").arg(u, 3, 10, QLatin1Char('0')));
        query.exec();
    }
    query.prepare(QStringLiteral(
        "INSERT INTO statistic (indicator_id, unit_id, name, value, period_from, period_to) "
        "SELECT i.id, u.id, i.name, (i.id * 7 + u.id * 13 + y.year) % 97, y.year || "
        "'-01-01', y.year || '-12-31' FROM stat_indicator i, unit u, (WITH RECURSIVE "
        "y(year) AS (SELECT 2015 UNION ALL SELECT year + 1 FROM y WHERE year < 2024) "
        "SELECT year FROM y) y WHERE i.counted IS NULL AND i.position > 100"));
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    if (!write.commit(&error))
        qFatal("%s", qPrintable(error));
}

// Issue 13's cross table: 30 indicators × 100 units × 10 years of entered figures, built by
// units over the ten years and by years for all units, with the counted indicators beside them.
void benchmarkStatisticsTable(const QString &folder)
{
    const QString file = folder + QStringLiteral("/statistics.sqlite");
    auto store = openStore(file, Store::OpenMode::CreateNew);
    fillStatistics(store.get());
    QString error;
    const int figures = store->value(QStringLiteral("SELECT count(*) FROM statistic")).toInt();
    for (const auto by : {StatisticsTable::By::Units, StatisticsTable::By::Years}) {
        StatisticsTable::Options options;
        options.by = by;
        options.fromYear = 2015;
        options.toYear = 2024;
        std::optional<StatisticsTable::Table> table;
        const double time
            = timed(7, [&] { table = StatisticsTable::build(*store, options, &error); });
        if (!table) {
            std::fprintf(stderr, "statistics table: %s\n", qPrintable(error));
            continue;
        }
        report(QStringLiteral("statistics cross table by %1, 2015–2024 (%2 figures; %3 rows × "
                              "%4 columns)")
                   .arg(by == StatisticsTable::By::Units ? QStringLiteral("units")
                                                         : QStringLiteral("years"))
                   .arg(figures)
                   .arg(table->rows.size())
                   .arg(table->columns.size()),
            time, 0);
    }
}

// The start page's one computation (WorkDue) on a generated province's inspections: every line
// (what the page once listed), and the page's 20 most urgent of each group with the counts.
void benchmarkStartPage(const QString &file)
{
    auto store = openStore(file, Store::OpenMode::ReadOnly);
    QString error;
    QList<WorkDue::Line> lines;
    const double time = timed(7, [&] { lines = WorkDue::compute(*store, &error); });
    if (!error.isEmpty())
        std::fprintf(stderr, "start page: %s\n", qPrintable(error));
    report(QStringLiteral("start page: every line due (%1 lines)").arg(lines.size()), time, 0);
    WorkDue::Summary page;
    const double limited
        = timed(7, [&] { page = WorkDue::summarize(*store, WorkDue::PageLimit, &error); });
    int total = 0;
    for (const WorkDue::Kind kind : WorkDue::kinds())
        total += page.total(kind);
    report(QStringLiteral("start page: %1 most urgent of each group (%2 lines, %3 counted)")
               .arg(WorkDue::PageLimit)
               .arg(page.lines.size())
               .arg(total),
        limited, 0);
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
    report(QStringLiteral("notice of the Thanh Hóa conference to PDF, in the program"),
        render(QStringLiteral("notice.pdf")), 0);

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
    report(QStringLiteral("the same notice with %1 pages to PDF").arg(document->pageCount()),
        longTime, 0);
}

// A Quyết định khen thưởng with its list of 2,000 recipients (1,000 collectives, then 1,000
// individuals, each with an achievement of two lines) to PDF: built from the records, laid out
// with the list's header on every page and no row cut, written. On a copy of the demo.
void benchmarkCommendationDecision(const QString &folder)
{
    const QString path = folder + QStringLiteral("/commendation-2000.sqlite");
    QFile::remove(path);
    auto store = openStore(path, Store::OpenMode::CreateNew);
    QString error;
    if (!DemoData::populate(*store, &error))
        qFatal("%s", qPrintable(error));
    const QVariant unit = store->value(QStringLiteral("SELECT min(id) FROM unit"), {});
    const QVariant person = store->value(QStringLiteral("SELECT min(id) FROM person"), {});
    qint64 id = 0;
    {
        Store::Write write(store.get());
        id = store
                 ->insert(QStringLiteral("commendation"),
                     {{QStringLiteral("issuing_body_id"),
                          store->value(QStringLiteral("SELECT id FROM issuing_body WHERE "
                                                      "is_default = 1"),
                              {})},
                         {QStringLiteral("form_id"),
                             store->value(QStringLiteral("SELECT id FROM commendation_form WHERE "
                                                         "name = 'Bằng khen'"),
                                 {})},
                         {QStringLiteral("kind"), QStringLiteral("regular")},
                         {QStringLiteral("reason"),
                             QStringLiteral("Đã có thành tích xuất sắc năm 2026")},
                         {QStringLiteral("proposed_on"), QStringLiteral("2026-11-02")},
                         {QStringLiteral("status"), QStringLiteral("reviewed")}},
                     &error)
                 .value_or(0);
        for (int i = 1; i <= 2000 && id; ++i) {
            const bool collective = i <= 1000;
            QVariantMap row {{QStringLiteral("commendation_id"), id},
                {QStringLiteral("position"), i},
                {QStringLiteral("recipient_kind"),
                    collective ? QStringLiteral("collective") : QStringLiteral("individual")},
                {QStringLiteral("name"),
                    (collective ? QStringLiteral("Chi bộ số %1 (giả định)")
                                : QStringLiteral("Đảng viên số %1 (giả định)"))
                        .arg(i)},
                {QStringLiteral("detail"),
                    collective ? QString() : QStringLiteral("Bí thư Chi bộ")},
                {QStringLiteral("achievement"),
                    QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2026, tiêu biểu trong phong "
                                   "trào thi đua")},
                {QStringLiteral("review"), QStringLiteral("accepted")}};
            row.insert(collective ? QStringLiteral("unit_id") : QStringLiteral("person_id"),
                collective ? unit : person);
            if (!store->insert(QStringLiteral("commendation_recipient"), row, &error))
                qFatal("%s", qPrintable(error));
        }
        if (!id || !write.commit(&error))
            qFatal("%s", qPrintable(error));
    }
    int pages = 0;
    const double ms = timed(3, [&] {
        const auto built
            = Reports::build(*store, QStringLiteral("commendation-decision"), id, &error);
        const auto pdf = built ? Reports::pdf(*built, &error) : std::nullopt;
        if (!pdf)
            qFatal("%s", qPrintable(error));
        QFile file(folder + QStringLiteral("/commendation-2000.pdf"));
        if (file.open(QIODevice::WriteOnly))
            file.write(*pdf);
        pages = pdf->count("/Type /Page") - pdf->count("/Type /Pages");
    });
    report(QStringLiteral("decision with a list of 2,000 recipients to PDF (%1 pages)").arg(pages),
        ms, 0);
}

// 2,000 certificates of one commendation to one PDF, each recipient's text placed on the form's
// stock. The floor is Qt's own: the same texts drawn with QPainter::drawText, wrapped in their
// boxes, on a QPdfWriter of the same resolution.
void benchmarkCertificates(const QString &demo, const QString &folder)
{
    auto store = openStore(demo, Store::OpenMode::MustExist);
    QString error;
    const int count = 2000;
    qint64 commendation = 0;
    {
        Store::Write write(store.get());
        const QVariant form = store->value(
            QStringLiteral("SELECT id FROM commendation_form WHERE name = 'Bằng khen'"));
        const QVariant body = store->value(QStringLiteral("SELECT id FROM issuing_body ORDER BY "
                                                          "is_default DESC, id"));
        commendation
            = store
                  ->insert(QStringLiteral("commendation"),
                      {{QStringLiteral("issuing_body_id"), body}, {QStringLiteral("form_id"), form},
                          {QStringLiteral("reason"),
                              QStringLiteral("Có thành tích xuất sắc trong phong trào "
                                             "thi đua (giả định)")},
                          {QStringLiteral("status"), QStringLiteral("reviewed")}},
                      &error)
                  .value_or(0);
        const qint64 person
            = store
                  ->insert(QStringLiteral("person"),
                      {{QStringLiteral("full_name"), QStringLiteral("Người nhận (giả định)")}},
                      &error)
                  .value_or(0);
        for (int i = 1; i <= count && commendation && person; ++i) {
            if (!store->insert(QStringLiteral("commendation_recipient"),
                    {{QStringLiteral("commendation_id"), commendation},
                        {QStringLiteral("position"), i},
                        {QStringLiteral("recipient_kind"), QStringLiteral("individual")},
                        {QStringLiteral("person_id"), person},
                        {QStringLiteral("name"),
                            QStringLiteral("Đồng chí Nguyễn Văn Số %1 (giả định)").arg(i)},
                        {QStringLiteral("detail"), QStringLiteral("Bí thư Chi bộ thôn %1").arg(i)},
                        {QStringLiteral("achievement"),
                            QStringLiteral("Đã có thành tích xuất sắc trong lãnh đạo, chỉ đạo "
                                           "thực hiện nhiệm vụ chính trị năm 2024, góp phần xây "
                                           "dựng Đảng bộ trong sạch, vững mạnh")},
                        {QStringLiteral("review"), QStringLiteral("accepted")}},
                    &error))
                break;
        }
        if (!write.commit(&error) || !commendation) {
            report(QStringLiteral("2,000 certificates: %1").arg(error), -1, 0);
            return;
        }
    }
    QList<double> times;
    std::optional<Reports::Built> built;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        built = Reports::build(
            *store, QStringLiteral("commendation-certificates"), commendation, &error);
        if (!built
            || !Reports::write(*built, folder + QStringLiteral("/certificates.pdf"), &error)) {
            report(QStringLiteral("2,000 certificates: %1").arg(error), -1, 0);
            return;
        }
        times << timer.nsecsElapsed() / 1e6;
    }
    QList<double> floors;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        QPdfWriter writer(folder + QStringLiteral("/certificates-floor.pdf"));
        writer.setResolution(DocumentRenderer::pdfResolution);
        writer.setPageLayout(Sheets::pageLayout(built->sheets.first().sizeMm));
        QPainter painter(&writer);
        const double unit = writer.logicalDpiX() / 25.4;
        for (qsizetype page = 0; page < built->sheets.size(); ++page) {
            if (page > 0)
                writer.newPage();
            for (const Sheets::Text &text : built->sheets.at(page).texts) {
                QFont font(built->font);
                font.setPointSizeF(text.fontPt);
                font.setBold(text.bold);
                font.setItalic(text.italic);
                painter.setFont(font);
                painter.drawText(
                    QRectF(text.xMm * unit, text.yMm * unit, text.widthMm * unit, 60 * unit),
                    int(text.align) | Qt::AlignTop | Qt::TextWordWrap, text.text);
            }
        }
        painter.end();
        floors << timer.nsecsElapsed() / 1e6;
    }
    report(QStringLiteral("%1 certificates of one commendation to one PDF").arg(count),
        median(times), median(floors));
}

// The delegate list (the sign-in sheet) of a province's conference: build, lay out and write the
// PDF of a list of 500, 1,000 and 5,000 rows, the titles of one to three lines. The floor is Qt's
// own QTextDocument::print of the same document, which neither keeps rows whole nor numbers the
// pages as a Party document does.
void benchmarkDelegateLists(
    const QString &demo, const QString &folder, const QList<int> &sizes = {500, 1000, 5000})
{
    const QString copy = folder + QStringLiteral("/delegates.sqlite");
    const QStringList words = QStringLiteral(
        "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy, Chủ tịch Hội đồng nhân dân huyện")
                                  .split(QLatin1Char(' '));
    int added = 0;
    for (const int rows : sizes) {
        QFile::remove(copy);
        QFile::copy(demo, copy);
        auto store = openStore(copy, Store::OpenMode::MustExist);
        const qint64 conference
            = store->value(QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
        const int already = store
                                ->value(QStringLiteral("SELECT count(*) FROM "
                                                       "conference_participant WHERE "
                                                       "conference_id = ?"),
                                    {conference})
                                .toInt();
        {
            Store::Write write(store.get());
            QSqlQuery person(store->connection());
            person.prepare(QStringLiteral("INSERT INTO person (full_name, title) VALUES (?, ?)"));
            QSqlQuery participant(store->connection());
            participant.prepare(QStringLiteral(
                "INSERT INTO conference_participant (conference_id, person_id, role, title_held, "
                "attendance, position) VALUES (?, ?, 'delegate', ?, 'present', ?)"));
            for (added = 0; added < rows - already; ++added) {
                const QString title
                    = words.mid(0, 3 + (added * 7) % (words.size() - 3)).join(QLatin1Char(' '));
                person.addBindValue(QStringLiteral("Nguyễn Văn Đại biểu %1").arg(added + 1));
                person.addBindValue(title);
                if (!person.exec())
                    qFatal("person: %s", qPrintable(person.lastError().text()));
                participant.addBindValue(conference);
                participant.addBindValue(person.lastInsertId());
                participant.addBindValue(title);
                participant.addBindValue(1000 + added);
                if (!participant.exec())
                    qFatal("participant: %s", qPrintable(participant.lastError().text()));
            }
            QString error;
            if (!write.commit(&error))
                qFatal("%s", qPrintable(error));
        }
        const QString pdf = folder + QStringLiteral("/delegates-%1.pdf").arg(rows);
        QString error;
        int pages = 0;
        const double ms = timed(rows > 1000 ? 1 : 3, [&] {
            const auto built = Reports::build(
                *store, QStringLiteral("conference-delegates"), conference, &error);
            if (!built || !Reports::write(*built, pdf, &error))
                qFatal("delegate list: %s", qPrintable(error));
        });
        const auto built
            = Reports::build(*store, QStringLiteral("conference-delegates"), conference, &error);
        const double floor = timed(1, [&] {
            const auto document = Reports::document(*built, DocumentRenderer::pdfResolution);
            QPdfWriter writer(folder + QStringLiteral("/delegates-qt.pdf"));
            writer.setResolution(DocumentRenderer::pdfResolution);
            document->print(&writer);
        });
        {
            const auto document = Reports::document(*built, DocumentRenderer::pdfResolution);
            QPdfWriter writer(folder + QStringLiteral("/delegates-pages.pdf"));
            writer.setResolution(DocumentRenderer::pdfResolution);
            DocumentRenderer::layout(document.get(), built->profile, &writer);
            pages = document->pageCount();
        }
        report(QStringLiteral("delegate list of %1 rows to PDF, built, laid out and written "
                              "(floor: Qt's own print of it, %2 pages)")
                   .arg(rows)
                   .arg(pages),
            ms, floor);
        store.reset();
        QFile::remove(copy);
    }
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
    report(
        QStringLiteral("open the editor of a conference of 20,000 participants"), median(opens), 0);
    report(QStringLiteral("save it after one edit (%1 audit rows for 5 saves)").arg(logged),
        median(saves), 0);
}

// The whole process of printing a notice from the command line, beside the same process doing
// nothing but start, and LibreOffice converting the same document (when it is installed).
void benchmarkNoticeProcess(const QString &demo, const QString &folder)
{
    const QString program
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/secretariat");
    const auto runs = [&](const QStringList &arguments, int count, const QString &command = {}) {
        return timed(count, [&] {
            QProcess process;
            process.start(command.isEmpty() ? program : command, arguments);
            process.waitForFinished(120000);
        });
    };
    const QString pdf = folder + QStringLiteral("/notice-process.pdf");
    const double notice = runs(
        {QStringLiteral("report"), QStringLiteral("conference-summary"), QStringLiteral("--db"),
            demo, QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("-o"), pdf},
        7);
    const double bare = runs({QStringLiteral("--bare-pdf"), folder + QStringLiteral("/bare.pdf")},
        7, QCoreApplication::applicationFilePath());
    report(QStringLiteral("notice to PDF, whole process (floor: a bare Qt program printing a "
                          "line in the same four faces to PDF)"),
        notice, bare);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << "LibreOffice is not installed: no comparison with it\n";
        return;
    }
    const QString odt = folder + QStringLiteral("/notice.odt");
    QProcess::execute(program,
        {QStringLiteral("report"), QStringLiteral("conference-summary"), QStringLiteral("--db"),
            demo, QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("-o"), odt});
    const double office = runs({QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                   QStringLiteral("pdf"), QStringLiteral("--outdir"), folder, odt},
        3, soffice);
    report(QStringLiteral("LibreOffice converting the notice to PDF (floor: Secretariat's whole "
                          "process)"),
        office, notice);
}

} // namespace

// A province's lists leave for Excel: every row read into the table (the model fetched to its
// end), then written as .xlsx (constant memory, read back whole before it replaces anything) and
// as .csv. The floor is the same statement run by the engine alone.
void benchmarkExport(const QString &file, const QString &folder)
{
    auto store = openStore(file, Store::OpenMode::ReadOnly);
    const Raw raw(file);
    for (const QString &name : {QStringLiteral("conferences"), QStringLiteral("people")}) {
        Spreadsheet::Table table;
        QList<double> reads, workbooks, csvs;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<SqlListModel> model(ListOutput::model(name, store.get()));
            table = ListOutput::table(
                model.get(), ListOutput::shownColumns(*model), ListOutput::title(name));
            reads << timer.nsecsElapsed() / 1e6;
            QString error;
            timer.restart();
            if (!Spreadsheet::write(table, folder + QStringLiteral("/%1.xlsx").arg(name), &error))
                qFatal("%s", qPrintable(error));
            workbooks << timer.nsecsElapsed() / 1e6;
            timer.restart();
            if (!Spreadsheet::write(table, folder + QStringLiteral("/%1.csv").arg(name), &error))
                qFatal("%s", qPrintable(error));
            csvs << timer.nsecsElapsed() / 1e6;
        }
        std::unique_ptr<SqlListModel> model(ListOutput::model(name, store.get()));
        // The same rows in one statement, through the engine alone.
        const double floor = timed(3, [&] { raw.run(model->pageStatement(0, -1)); });
        const QString rows = QStringLiteral("%1 (%2 rows, %3 columns)")
                                 .arg(name)
                                 .arg(table.rows.size())
                                 .arg(table.columns.size());
        report(QStringLiteral("export %1: every row read").arg(rows), median(reads), floor);
        report(QStringLiteral("export %1: .xlsx written").arg(rows), median(workbooks), 0);
        report(QStringLiteral("export %1: read and .xlsx written (goal 3000 ms)").arg(rows),
            median(reads) + median(workbooks), 0);
        report(QStringLiteral("export %1: .csv written").arg(rows), median(csvs), 0);
        report(QStringLiteral("export %1: .xlsx size").arg(rows),
            QFileInfo(folder + QStringLiteral("/%1.xlsx").arg(name)).size() / 1048576.0, 0, "MiB");
    }
}

// ---- The same figures on a file and on a server (issue 14) ----

// One figure on both back ends, and how it was measured.
struct SideBySide
{
    QString name;
    QString how;
    double file = 0;
    double server = 0;
    const char *unit = "ms";
};

// The private server of the run: tests/server/testserver.sh in a folder of its own, stopped
// when this goes.
class PrivateServer
{
public:
    explicit PrivateServer(const QString &folder)
        : m_folder(folder)
    {
        if (QProcess::execute(
                QStringLiteral(SECRETARIAT_TEST_SERVER_SCRIPT), {QStringLiteral("start"), m_folder})
            != 0)
            qFatal("the private server did not start (is PostgreSQL installed?)");
        // TestSupport makes the databases on the server this file names.
        qputenv("SECRETARIAT_TEST_SERVER_FILE", (m_folder + QStringLiteral("/url")).toUtf8());
    }
    ~PrivateServer()
    {
        QProcess::execute(
            QStringLiteral(SECRETARIAT_TEST_SERVER_SCRIPT), {QStringLiteral("stop"), m_folder});
    }
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

private:
    QString m_folder;
};

// A new, empty database on the server.
QString newServerDatabase()
{
    const QString url = TestSupport::newServerDatabase();
    if (url.isEmpty())
        qFatal("no database could be made on the server");
    return url;
}

// The province a list shows, on either back end: opening it (first page and count), filters.
// A figure, or -1 (printed "failed") with the sentence on stderr when its query failed.
double failed(const QString &error, double ms)
{
    if (error.isEmpty())
        return ms;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return -1;
}

QList<std::pair<QString, double>> listFigures(Store *store)
{
    QList<std::pair<QString, double>> figures;
    const std::pair<QString, std::function<SqlListModel *()>> lists[]
        = {{QStringLiteral("people"), [&] { return DirectoryModels::people(store); }},
            {QStringLiteral("conferences"), [&] { return WorkLists::conferences(store); }}};
    const std::pair<QString, QStringList> filters[]
        = {{QStringLiteral("people"), {QStringLiteral("nguyen van hoa"), QStringLiteral("nguyen")}},
            {QStringLiteral("conferences"),
                {QStringLiteral("tong ket 39"), QStringLiteral("hoang hoa")}}};
    for (int l = 0; l < 2; ++l) {
        const QString &name = lists[l].first;
        figures << std::pair {QStringLiteral("open the %1 list").arg(name), timed(7, [&] {
                                  std::unique_ptr<SqlListModel> model(lists[l].second());
                                  model->matchingCount();
                              })};
        std::unique_ptr<SqlListModel> model(lists[l].second());
        for (const QString &text : filters[l].second) {
            int matches = 0;
            const double ms = timed(7, [&] {
                model->setFilterText(QString());
                model->setFilterText(text);
                matches = model->matchingCount();
            });
            figures << std::pair {
                QStringLiteral("filter %1 “%2” (%3 matches)").arg(name, text).arg(matches),
                failed(model->errorString(), ms)};
        }
        model->setFilterText(QString());
        figures << std::pair {
            QStringLiteral("sort %1 by the second column, both ways").arg(name), timed(5, [&] {
                model->sort(2, Qt::AscendingOrder);
                model->sort(2, Qt::DescendingOrder);
            }) / 2};
    }
    QList<double> searches;
    for (const QString &query : searchQueries()) {
        QString error;
        const double ms = timed(5, [&] { error = GlobalSearch::find(store, query, 5).error; });
        searches << failed(error, ms);
    }
    const qsizetype failures = searches.removeAll(-1);
    const QString of
        = QStringLiteral("%1 queries%2")
              .arg(searches.size())
              .arg(failures ? QStringLiteral(" (%1 failed)").arg(failures) : QString());
    figures << std::pair {QStringLiteral("search box: median of %1").arg(of), median(searches)};
    figures << std::pair {QStringLiteral("search box: worst of %1").arg(of),
        searches.isEmpty() ? -1 : *std::max_element(searches.cbegin(), searches.cend())};
    return figures;
}

// Issue 13's cross table by units and by years, on a new database filled with its figures.
QList<std::pair<QString, double>> statisticsFigures(const QString &location)
{
    auto store = openStore(location, Store::OpenMode::CreateNew);
    fillStatistics(store.get());
    QList<std::pair<QString, double>> figures;
    for (const auto by : {StatisticsTable::By::Units, StatisticsTable::By::Years}) {
        StatisticsTable::Options options;
        options.by = by;
        options.fromYear = 2015;
        options.toYear = 2024;
        QString error;
        const double ms = timed(7, [&] {
            if (!StatisticsTable::build(*store, options, &error) && error.isEmpty())
                error = QStringLiteral("statistics table: no sentence");
        });
        figures << std::pair {QStringLiteral("statistics cross table by %1 (30 000 figures)")
                                  .arg(by == StatisticsTable::By::Units ? QStringLiteral("units")
                                                                        : QStringLiteral("years")),
            failed(error, ms)};
    }
    return figures;
}

// `clients` connections, each in a thread of its own, taking `each` register numbers of one
// body as fast as they can: numbers per second over the whole run.
double numbersPerSecond(const QString &location, int clients, int each)
{
    QString error;
    qint64 body = 0;
    {
        auto store = openStore(location, Store::OpenMode::CreateNew);
        const auto id = store->insert(QStringLiteral("issuing_body"),
            {{QStringLiteral("name"), QStringLiteral("Đảng ủy các cơ quan Đảng tỉnh")},
                {QStringLiteral("superior_line"), QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA")},
                {QStringLiteral("issuing_line"), QStringLiteral("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH")},
                {QStringLiteral("place_name"), QStringLiteral("Thanh Hóa")},
                {QStringLiteral("issuer_code"), QStringLiteral("ĐUCQ")},
                {QStringLiteral("numbering"), QStringLiteral("year")}},
            &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        body = *id;
    }
    QSemaphore opened;
    QSemaphore go;
    QAtomicInt failed = 0;
    const auto client = [&] {
        Store store;
        QString problem;
        const bool ok = store.open(location, Store::OpenMode::MustExist, &problem);
        opened.release();
        go.acquire();
        for (int i = 0; ok && i < each; ++i) {
            DocumentRegister::Request request;
            request.typeCode = QStringLiteral("TB");
            request.issuedOn = QDate(2026, 6, 1);
            request.issuingBodyId = body;
            request.excerpt = QStringLiteral("Về việc thử %1").arg(i);
            if (!DocumentRegister::issue(store, request, &problem))
                failed.storeRelaxed(1);
        }
        if (!ok)
            failed.storeRelaxed(1);
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create(client));
        threads.back()->start();
    }
    opened.acquire(clients);
    QElapsedTimer timer;
    timer.start();
    go.release(clients);
    for (auto &thread : threads)
        thread->wait();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (failed.loadRelaxed())
        qFatal("a client could not take its numbers on %s", qPrintable(location));
    return clients * each / seconds;
}

// A province of `people` people and as many conferences on a file and on a private local
// server (generated into each through the store), the same figures on both, side by side.
void benchmarkServer(const QString &folder, const QString &serverFolder, int people)
{
    const Generator::Sizes sizes {people, people, 2 * people};
    const QString file = scaleFile(
        people == 100000 ? QStringLiteral("server-100k") : QStringLiteral("server-%1").arg(people),
        sizes);
    // SECRETARIAT_BENCH_SERVER_URL: a server database already filled so (another run's, whose
    // server SECRETARIAT_TEST_SERVER_FILE names): measured, not generated again.
    QString url = qEnvironmentVariable("SECRETARIAT_BENCH_SERVER_URL");
    std::optional<PrivateServer> server;
    if (url.isEmpty()) {
        server.emplace(serverFolder);
        url = newServerDatabase();
        QElapsedTimer timer;
        timer.start();
        auto store = openStore(url, Store::OpenMode::CreateNew);
        QString error;
        if (!Generator::populate(*store, sizes, &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery(store->connection()).exec(QStringLiteral("VACUUM ANALYZE"));
        report(QStringLiteral("generate the province (%1 people, %2 conferences, %3 "
                              "participants) on the server through the store")
                   .arg(sizes.people)
                   .arg(sizes.conferences)
                   .arg(sizes.participants),
            timer.elapsed(), 0);
    }
    QList<SideBySide> rows;
    const QString listHow = QStringLiteral("median of 7 (sorts, search: 5) runs in one process; "
                                           "the model's own queries, first page and count");
    {
        auto onFile = openStore(file, Store::OpenMode::ReadOnly);
        auto onServer = openStore(url, Store::OpenMode::ReadOnly);
        const auto fileFigures = listFigures(onFile.get());
        const auto serverFigures = listFigures(onServer.get());
        for (int i = 0; i < fileFigures.size(); ++i)
            rows << SideBySide {fileFigures.at(i).first, listHow, fileFigures.at(i).second,
                serverFigures.at(i).second};
    }
    const auto fileStatistics = statisticsFigures(folder + QStringLiteral("/statistics.sqlite"));
    const auto serverStatistics = statisticsFigures(newServerDatabase());
    for (int i = 0; i < fileStatistics.size(); ++i)
        rows << SideBySide {fileStatistics.at(i).first,
            QStringLiteral("median of 7 builds, 30 indicators × 100 units × 10 years"),
            fileStatistics.at(i).second, serverStatistics.at(i).second};
    const int clients = 8;
    const int each = 50;
    rows << SideBySide {QStringLiteral("%1 clients issuing register numbers").arg(clients),
        QStringLiteral("%1 threads, a connection each, %2 numbers each; numbers per second")
            .arg(clients)
            .arg(each),
        numbersPerSecond(folder + QStringLiteral("/numbers.sqlite"), clients, each),
        numbersPerSecond(newServerDatabase(), clients, each), "/s"};

    out << QStringLiteral("\n| figure | SQLite file | local server | server ÷ file | how |\n"
                          "| --- | ---: | ---: | ---: | --- |\n");
    for (const SideBySide &row : rows) {
        const auto shown = [&](double value) {
            return value < 0
                ? QStringLiteral("failed")
                : QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(row.unit));
        };
        const QString ratio = row.file > 0 && row.server > 0
            ? QStringLiteral("%1×").arg(row.server / row.file, 0, 'f', 2)
            : QStringLiteral("-");
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(row.name, shown(row.file), shown(row.server), ratio, row.how);
    }
    out.flush();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == QLatin1String("--empty-window")) {
        QMainWindow window;
        window.resize(1180, 720);
        return showUntilPainted(&window);
    }
    if (arguments.value(0) == QLatin1String("--bare-pdf")) {
        // What any Qt program pays to print Vietnamese text to PDF in the four faces a notice
        // uses (Qt embeds each face with a map of its characters).
        QTextDocument document;
        document.setHtml(QStringLiteral("<p style='font-family: Times New Roman; font-size: 14pt'>"
                                        "Hội nghị tổng kết <b>10 năm</b> thực hiện <i>Chỉ thị</i> "
                                        "<b><i>số 39-CT/TW</i></b></p>"));
        QPdfWriter writer(arguments.value(1));
        document.print(&writer);
        return 0;
    }
    if (arguments.value(0) == QLatin1String("--text-window")) {
        // What any window of text pays besides: fonts, shaping, a table's 30 rows.
        QMainWindow window;
        window.resize(1180, 720);
        auto *table = new QTableWidget(30, 6, &window);
        for (int row = 0; row < 30; ++row)
            for (int column = 0; column < 6; ++column)
                table->setItem(row, column,
                    new QTableWidgetItem(QStringLiteral("Hội nghị tổng kết %1 Đảng ủy xã Quảng Tân")
                                             .arg(row * 6 + column)));
        window.setCentralWidget(table);
        return showUntilPainted(&window);
    }
    if (arguments.value(0) == QLatin1String("--in-use")) {
        // A session of use: every page shown, every list filtered, sorted by each column and
        // scrolled ten pages, a conference's editor opened; then the peak memory.
        Translations::install(&app, QStringLiteral("vi"));
        MainWindow window;
        window.openDatabase(arguments.value(1), Store::OpenMode::MustExist);
        window.show();
        for (const QString &title : window.pageTitles()) {
            window.showPage(title);
            QApplication::processEvents();
        }
        for (SqlListModel *list : window.findChildren<SqlListModel *>()) {
            for (const QString &typed : {QStringLiteral("nguyen"), QStringLiteral("tong ket")}) {
                list->setFilterText(typed);
                list->matchingCount();
            }
            list->setFilterText(QString());
            for (int column = 1; column < list->columnCount(); ++column)
                list->sort(column, Qt::DescendingOrder);
            for (int page = 0; page < 10 && list->canFetchMore(QModelIndex()); ++page)
                list->fetchMore(QModelIndex());
            QApplication::processEvents();
        }
        {
            ConferenceEditor editor(window.store(), 1);
            editor.show();
            QApplication::processEvents();
        }
        fprintf(stdout, "peak %.1f\n", peakMemory());
        return 0;
    }
    if (arguments.value(0) == QLatin1String("--window")) {
        // As main.cpp starts: open, then show.
        Translations::install(&app, QStringLiteral("vi"));
        MainWindow window;
        window.openDatabase(arguments.value(1), Store::OpenMode::MustExist);
        return showUntilPainted(&window);
    }
    const bool large = arguments.contains(QLatin1String("--large"));

    QTemporaryDir folder;
    const QString demo = folder.filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = openStore(demo, Store::OpenMode::CreateNew);
        QString error;
        DemoData::populate(*store, &error);
        // The cold start measures opening the window; the backup made on closing is not in it.
        store->setSetting(QStringLiteral("backup.on_close"), QStringLiteral("0"), &error);
    }
    out << QStringLiteral("Secretariat benchmarks: medians; the platform is %1\n")
               .arg(QGuiApplication::platformName());
    if (arguments.contains(QLatin1String("--delegates"))) {
        const int rows
            = arguments.value(arguments.indexOf(QLatin1String("--delegates")) + 1).toInt();
        if (rows > 0)
            benchmarkDelegateLists(demo, folder.path(), {rows});
        else
            benchmarkDelegateLists(demo, folder.path());
        return 0;
    }
    if (arguments.contains(QLatin1String("--import-preview"))) {
        const int rows
            = arguments.value(arguments.indexOf(QLatin1String("--import-preview")) + 1).toInt();
        benchmarkImportPreview(demo, folder.path(), rows > 0 ? rows : 20000);
        return 0;
    }
    if (arguments.contains(QLatin1String("--import"))) {
        const int rows = arguments.value(arguments.indexOf(QLatin1String("--import")) + 1).toInt();
        benchmarkDirectoryImport(demo, folder.path(), rows > 0 ? rows : 20000);
        return 0;
    }
    if (arguments.contains(QLatin1String("--commendations"))) {
        benchmarkCommendationDecision(folder.path());
        return 0;
    }
    if (arguments.contains(QLatin1String("--certificates"))) {
        benchmarkCertificates(demo, folder.path());
        return 0;
    }
    if (arguments.contains(QLatin1String("--clearance"))) {
        benchmarkClearance(scaleFile(QStringLiteral("province-100k"), {}), folder.path());
        return 0;
    }
    if (arguments.contains(QLatin1String("--badges"))) {
        benchmarkBadges();
        return 0;
    }
    if (arguments.contains(QLatin1String("--start-page"))) {
        benchmarkStartPage(inspectionsFile());
        return 0;
    }
    if (arguments.contains(QLatin1String("--search"))) {
        benchmarkSearch(searchFile());
        return 0;
    }
    if (arguments.contains(QLatin1String("--export"))) {
        benchmarkExport(
            scaleFile(QStringLiteral("province-export"), {100000, 100000, 10000}), folder.path());
        report(QStringLiteral("peak memory of the benchmark process"), peakMemory(), 0, "MiB");
        return 0;
    }
    if (arguments.contains(QLatin1String("--server"))) {
        // Not in the temporary folder: the server's account must reach its own folder.
        const int people
            = arguments.value(arguments.indexOf(QLatin1String("--server")) + 1).toInt();
        benchmarkServer(folder.path(),
            QDir::tempPath()
                + QStringLiteral("/secretariat-bench-server-%1")
                      .arg(QCoreApplication::applicationPid()),
            people > 0 ? people : 100000);
        return 0;
    }
    if (arguments.contains(QLatin1String("--stats"))) {
        benchmarkStatisticsTable(folder.path());
        return 0;
    }
    if (arguments.contains(QLatin1String("--follow-up"))) {
        benchmarkFollowUp(inspectionsFile());
        benchmarkStatistics(inspectionsFile());
        return 0;
    }
    const Start bare = coldStart({QStringLiteral("--empty-window")}, 7);
    report(QStringLiteral("first painted frame, bare QMainWindow"), bare.ms, 0);
    const Start text = coldStart({QStringLiteral("--text-window")}, 7);
    report(QStringLiteral("first painted frame, bare window with a table of text"), text.ms, 0);
    if (!arguments.contains(QLatin1String("--province-only"))) {
        const Start demoStart = coldStart({QStringLiteral("--window"), demo}, 7);
        report(QStringLiteral("first painted frame, demo file"), demoStart.ms, bare.ms);
        benchmarkReports(demo, folder.path());
        benchmarkDelegateLists(demo, folder.path());
        benchmarkImportPreview(demo, folder.path(), 20000);
        benchmarkNoticeProcess(demo, folder.path());
        benchmarkCertificates(demo, folder.path());
        benchmarkLargeConferenceSave(folder.path());
        benchmarkCommendationDecision(folder.path());
    }

    benchmarkFollowUp(inspectionsFile());
    benchmarkStatistics(inspectionsFile());
    benchmarkStatisticsTable(folder.path());
    benchmarkBadges();
    const QString hundred = scaleFile(QStringLiteral("province-100k"), {});
    benchmarkScale(QStringLiteral("100k"), hundred, folder.path(), bare, text, true);
    benchmarkClearance(hundred, folder.path());
    if (large) {
        const QString million
            = scaleFile(QStringLiteral("province-1m"), {1000000, 100000, 1000000});
        benchmarkScale(QStringLiteral("1M"), million, folder.path(), bare, text, false);
    }
    report(QStringLiteral("peak memory of the benchmark process"), peakMemory(), 0, "MiB");
    return 0;
}

// The README's pictures, made from the demo database with one real edit and one number issued:
// the main pages, the conference, inspection and target editors, the follow-up list and a
// recommendation's history, the statistics, the change log and a record's history, and the
// first page of every printed document (through pdftoppm). Run by `./build.sh screenshots`.

#include "guitestsupport.h"
#include "teststore.h"

#include "core/translations.h"
#include "gui/audit/auditpage.h"
#include "gui/common/recordeditor.h"
#include "gui/common/searchfield.h"
#include "gui/conferences/conferencespage.h"
#include "gui/directories/directorypage.h"
#include "gui/commendations/badgerounddialog.h"
#include "gui/commendations/commendationeditor.h"
#include "gui/commendations/commendationspage.h"
#include "gui/directories/commendationformeditor.h"
#include "gui/inspections/followuppage.h"
#include "gui/inspections/inspectioneditor.h"
#include "gui/inspections/inspectionspage.h"
#include "gui/inspections/remedyhistorydialog.h"
#include "gui/inspections/statisticsdialog.h"
#include "gui/inspections/targeteditor.h"
#include "gui/mainwindow.h"
#include "gui/settings/logindialog.h"
#include "gui/start/startpage.h"
#include "gui/tools/convertencodingdialog.h"
#include "storage/approvals.h"
#include "gui/common/valuecombobox.h"
#include "gui/statistics/statisticspage.h"
#include "storage/statistics.h"
#include "reports/statisticsreport.h"
#include "storage/accounts.h"
#include "reports/reports.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

QDir output;

int failures = 0;

void fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    ++failures;
}

void shoot(QWidget *widget, const QString &name)
{
    // Twice round the event loop: layouts settle, lists fetch their first rows.
    for (int i = 0; i < 2; ++i) {
        QApplication::processEvents();
        QTest::qWait(100);
    }
    const QString path = output.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        fail(QStringLiteral("cannot write %1").arg(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void shootTabs(QWidget *editor, const QString &prefix, const QStringList &names)
{
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    for (int tab = 0; tab < names.size() && tabs && tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        shoot(editor, prefix + names.at(tab));
    }
}

// The first page of a printed document, as the PDF a secretary exports.
void shootDocument(const Store &store, const QString &kind, qint64 id, const QTemporaryDir &dir)
{
    QString error;
    const auto built = Reports::build(store, kind, id, &error);
    const QString pdf = dir.filePath(kind + QStringLiteral(".pdf"));
    if (!built || !Reports::write(*built, pdf, &error)) {
        fail(QStringLiteral("%1: %2").arg(kind, error));
        return;
    }
    const QString stem = output.filePath(QStringLiteral("document-") + kind);
    const int status = QProcess::execute(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"), pdf, stem});
    if (status != 0)
        fail(QStringLiteral("pdftoppm failed on %1").arg(pdf));
    else
        std::printf("%s.png\n", qPrintable(stem));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: secretariat_screenshots FOLDER\n");
        return 2;
    }
    output = QDir(QString::fromLocal8Bit(argv[1]));
    if (!output.mkpath(QStringLiteral(".")))
        return 1;
    Translations::install(&app, QStringLiteral("vi"));
    QTemporaryDir dir;
    // The demo file in a folder of a fixed name: the status bar shows its path, and the same
    // path makes the same pictures run after run.
    const QString folder = QDir::temp().filePath(QStringLiteral("secretariat-screenshots"));
    QDir(folder).removeRecursively();
    // Its owner's only, as a secretary's own folder is (a folder others may read is warned of).
    if (!QDir().mkpath(folder)
        || !QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return 1;
    const QString file = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    auto clock = TestSupport::fixClock();
    clock->advance(-24 * 3600);
    const QString demoError = TestSupport::writeDemo(file);
    if (!demoError.isEmpty()) {
        fail(demoError);
        return 1;
    }
    clock->advance(24 * 3600);

    MainWindow window;
    QString error;
    if (!window.openDatabase(file, Store::OpenMode::MustExist, &error)) {
        fail(error);
        return 1;
    }
    Store *store = window.store();
    store->setUserName(QStringLiteral("nva"));
    window.resize(1280, 760);
    window.show();

    // The start page on the demo with a few more things due on the clock's day (1/12/2026): a
    // conference in nine days without invitations, a recommendation due in four days, a late
    // self-inspection report, a badge round's decision approved and waiting for its number.
    {
        const QDate today = store->clock()->today();
        const auto day = [&](int days) { return today.addDays(days).toString(Qt::ISODate); };
        // An invented unit of the demo's (marked "giả định"): nothing invented is put on a real
        // body's name.
        const QVariant invented
            = store->value(QStringLiteral("SELECT min(id) FROM unit WHERE name LIKE '%giả định%'"));
        if (!store->insert(QStringLiteral("conference"),
                {{QStringLiteral("kind"), QStringLiteral("interim_review")},
                    {QStringLiteral("title"),
                        QStringLiteral("Hội nghị sơ kết công tác kiểm tra, giám sát năm 2026 "
                                       "(giả định)")},
                    {QStringLiteral("held_on"), day(9)},
                    {QStringLiteral("organizer_unit_id"), invented},
                    {QStringLiteral("status"), QStringLiteral("planned")}},
                &error))
            fail(error);
        if (!store->insert(QStringLiteral("recommendation"),
                {{QStringLiteral("target_id"),
                     store->value(QStringLiteral("SELECT max(id) FROM inspection_target"))},
                    {QStringLiteral("content"),
                        QStringLiteral("Hoàn thiện hồ sơ đảng viên theo quy định (giả định)")},
                    {QStringLiteral("responsible_unit_id"), invented},
                    {QStringLiteral("deadline"), day(4)}},
                &error))
            fail(error);
        const auto target = store->read(QStringLiteral("inspection_target"),
            store->value(QStringLiteral("SELECT min(t.id) FROM inspection_target t JOIN "
                                        "inspection_team g ON g.id = t.team_id WHERE g.status = "
                                        "'working'")),
            &error);
        if (!target
            || !store->update(*target, {{QStringLiteral("self_report_due_on"), day(-6)}}).ok())
            fail(QStringLiteral("no late self-inspection report: %1").arg(error));
        if (!Approvals::approve(*store, QStringLiteral("commendation"),
                store
                    ->value(QStringLiteral("SELECT min(id) FROM commendation WHERE status = "
                                           "'reviewed'"))
                    .toLongLong(),
                &error))
            fail(error);
        window.showPage(QCoreApplication::translate("MainWindow", "To do"));
        if (window.startPage())
            window.startPage()->refresh();
        shoot(&window, QStringLiteral("start"));
        ConvertEncodingDialog convert(&window);
        // A note typed in .VnTime (TCVN3), as it reads when pasted.
        convert.setSourceText(QStringLiteral("T\u00d8nh \u00f1y Tr\u00b5 Vinh\n"
                                             "H\u00b5 N\u00e9i, ng\u00b5y 05 th\u00b8ng 02 "
                                             "n\u00a8m 2026\n"
                                             "H\u00e9i ngh\u00de t\u00e6ng k\u00d5t "
                                             "c\u00abng t\u00b8c x\u00a9y d\u00f9ng "
                                             "\u00a7\u00b6ng"));
        convert.show();
        shoot(&convert, QStringLiteral("convert-encoding"));
    }

    // A real edit through the editor, and a number from the register.
    window.showPage(QStringLiteral("Hội nghị"));
    ConferencesPage *conferences = window.conferencesPage();
    const qint64 id
        = store->value(QStringLiteral("SELECT id FROM conference WHERE kind = 'final_review'"))
              .toLongLong();
    conferences->selectId(id);
    RecordEditor *editor = conferences->editCurrent();
    auto *venue = editor->findChild<QLineEdit *>(QStringLiteral("venueLineEdit"));
    venue->selectAll();
    GuiTestSupport::typeText(venue, QStringLiteral("Hội trường Tỉnh ủy"));
    if (!editor->save())
        fail(editor->message());
    editor->close();
    GuiTestSupport::answerNextMessageBox(QMessageBox::Yes);
    if (!conferences->issueNumber(QDate(2024, 5, 29)))
        fail(QStringLiteral("no number issued"));

    shoot(&window, QStringLiteral("conferences"));
    editor = conferences->editCurrent();
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    const QStringList tabNames {QStringLiteral("general"), QStringLiteral("participants"),
        QStringLiteral("programme"), QStringLiteral("outcomes")};
    for (int tab = 0; tab < tabNames.size() && tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        shoot(editor, QStringLiteral("conference-") + tabNames.at(tab));
    }
    QTimer::singleShot(500, [] {
        if (QWidget *history = QApplication::activeModalWidget()) {
            shoot(history, QStringLiteral("history"));
            history->close();
        }
    });
    editor->showHistory();
    editor->close();

    const std::pair<const char *, const char *> pages[] = {{"Cán bộ", "people"},
        {"Đơn vị", "units"}, {"Sổ văn bản đi", "register"}, {"Nhật ký thay đổi", "change-log"}};
    for (const auto &[title, name] : pages) {
        window.showPage(QString::fromUtf8(title));
        shoot(&window, QString::fromLatin1(name));
    }
    // The issuing bodies and the editor of the first (an empty one while the file has none).
    window.showPage(DirectoryPage::title(DirectoryPage::Kind::IssuingBodies));
    shoot(&window, QStringLiteral("issuing-bodies"));
    DirectoryPage *bodies = window.directoryPage(int(DirectoryPage::Kind::IssuingBodies));
    RecordEditor *body = bodies->currentId() ? bodies->editCurrent() : bodies->newRecord();
    auto *bodyTabs = body->findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    const QStringList bodyTabNames {
        QStringLiteral("general"), QStringLiteral("terms"), QStringLiteral("signers")};
    for (int tab = 0; tab < bodyTabNames.size() && tab < bodyTabs->count(); ++tab) {
        bodyTabs->setCurrentIndex(tab);
        shoot(body, QStringLiteral("issuing-body-") + bodyTabNames.at(tab));
    }
    body->close();
    for (const QString &kind : Reports::kinds(QStringLiteral("conference")))
        shootDocument(*store, kind, id, dir);

    // The invented inspection at every stage: its list, editor, a target's editor, the
    // follow-up list with a recommendation's history, the statistics, and its documents.
    const qint64 inspection
        = store->value(QStringLiteral("SELECT id FROM inspection_team WHERE number = 3"))
              .toLongLong();
    const qint64 target = store
                              ->value(QStringLiteral("SELECT t.id FROM inspection_target t JOIN "
                                                     "recommendation r ON r.target_id = t.id "
                                                     "WHERE t.team_id = ? AND r.status IN "
                                                     "('pending', 'in_progress') AND r.deadline "
                                                     "< ? ORDER BY t.position LIMIT 1"),
                                  {inspection, store->clock()->today().toString(Qt::ISODate)})
                              .toLongLong();
    window.showPage(QStringLiteral("Đoàn kiểm tra"));
    InspectionsPage *inspections = window.inspectionsPage();
    inspections->selectId(inspection);
    shoot(&window, QStringLiteral("inspections"));
    auto *inspectionEditor = static_cast<InspectionEditor *>(inspections->editCurrent());
    shootTabs(inspectionEditor, QStringLiteral("inspection-"),
        {QStringLiteral("general"), QStringLiteral("team"), QStringLiteral("targets"),
            QStringLiteral("contents")});
    inspectionEditor->close();
    auto *targetEditor = new TargetEditor(store, target, &window);
    targetEditor->setAttribute(Qt::WA_DeleteOnClose);
    targetEditor->show();
    shootTabs(targetEditor, QStringLiteral("target-"),
        {QStringLiteral("schedule"), QStringLiteral("conclusion"),
            QStringLiteral("recommendations")});
    targetEditor->close();
    window.showPage(QStringLiteral("Kết luận kiểm tra"));
    shoot(&window, QStringLiteral("follow-up"));
    FollowUpPage *followUp = window.followUpPage();
    followUp->selectId(store
                           ->value(QStringLiteral("SELECT recommendation_id FROM remedy_event "
                                                  "GROUP BY recommendation_id ORDER BY count(*) "
                                                  "DESC, recommendation_id LIMIT 1"))
                           .toLongLong());
    if (RemedyHistoryDialog *history = followUp->openHistory()) {
        shoot(history, QStringLiteral("remedy-history"));
        history->close();
    }
    StatisticsDialog statistics(store, &window);
    statistics.show();
    shoot(&statistics, QStringLiteral("inspection-statistics"));
    statistics.close();
    // (The statistics are printed from their dialog, of a period: shown above.)
    for (const QString &kind : Reports::kinds(QStringLiteral("inspection_team")))
        shootDocument(*store, kind, inspection, dir);
    for (const QString &kind : Reports::kinds(QStringLiteral("inspection_target")))
        shootDocument(*store, kind, target, dir);
    // The Thanh Hóa commendation of the demo: its list and its editor's tabs.
    const qint64 commendation = store
                                    ->value(QStringLiteral("SELECT id FROM commendation WHERE "
                                                           "reason LIKE '%Chỉ thị số 39%'"))
                                    .toLongLong();
    window.showPage(QStringLiteral("Khen thưởng"));
    CommendationsPage *commendations = window.commendationsPage();
    commendations->selectId(commendation);
    shoot(&window, QStringLiteral("commendations"));
    // The search box with its hits dropped down (a window of its own, drawn over the main one).
    if (auto *search = window.findChild<SearchField *>(QStringLiteral("globalSearchLineEdit"))) {
        search->setFocus();
        GuiTestSupport::typeText(search, QStringLiteral("39-CT"));
        search->searchNow();
        QApplication::processEvents();
        QTest::qWait(100);
        QPixmap shot = window.grab();
        if (auto *popup = search->findChild<QWidget *>(QStringLiteral("globalSearchPopup"))) {
            QPainter painter(&shot);
            painter.drawPixmap(
                popup->mapToGlobal(QPoint()) - window.mapToGlobal(QPoint()), popup->grab());
        }
        const QString path = output.filePath(QStringLiteral("search.png"));
        if (!shot.save(path))
            fail(QStringLiteral("cannot write %1").arg(path));
        else
            std::printf("%s\n", qPrintable(path));
        search->clear();
    }
    if (RecordEditor *commendationEditor = commendations->editCurrent()) {
        shootTabs(commendationEditor, QStringLiteral("commendation-"),
            {QStringLiteral("general"), QStringLiteral("recipients"),
                QStringLiteral("attachments")});
        commendationEditor->close();
    }
    for (const QString &kind : Reports::kinds(QStringLiteral("commendation"))) {
        if (kind != QLatin1String("party-badge-list"))
            shootDocument(*store, kind, commendation, dir);
    }
    // The demo's round of Party membership badges: the dialog that finds who is due, and its list.
    const qint64 round = store
                             ->value(QStringLiteral("SELECT id FROM commendation WHERE "
                                                    "kind = 'party_badge' ORDER BY id LIMIT 1"))
                             .toLongLong();
    shootDocument(*store, QStringLiteral("party-badge-list"), round, dir);
    {
        BadgeRoundDialog badges(store, &window);
        badges.show();
        shoot(&badges, QStringLiteral("badge-round"));
    }
    // A form of commendation and where its certificate's text goes.
    const qint64 form = store
                            ->value(QStringLiteral("SELECT id FROM commendation_form WHERE "
                                                   "name = 'Bằng khen'"))
                            .toLongLong();
    {
        CommendationFormEditor formEditor(store, form, &window);
        shootTabs(&formEditor, QStringLiteral("commendation-form-"),
            {QStringLiteral("general"), QStringLiteral("authorities"), QStringLiteral("layout")});
    }
    shootDocument(*store, QStringLiteral("commendation-form-test"), form, dir);

    // The statistics: five years of an entered indicator for Trà Vinh and the units under it
    // (invented figures, said so in their note), the table by units with its bars, by years with
    // its line, and the printed Báo cáo số liệu.
    {
        const qint64 traVinh
            = store->value(QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Trà Vinh'"))
                  .toLongLong();
        const qint64 admitted = store
                                    ->value(QStringLiteral("SELECT id FROM stat_indicator WHERE "
                                                           "name = 'Đảng viên mới kết nạp'"))
                                    .toLongLong();
        const qint64 members = store
                                   ->value(QStringLiteral("SELECT id FROM stat_indicator WHERE "
                                                          "name = 'Đảng viên'"))
                                   .toLongLong();
        QList<qint64> units {traVinh};
        auto under = store->select(
            QStringLiteral("SELECT id FROM unit WHERE parent_id = ? ORDER BY id"), {traVinh});
        while (under && under->next())
            units << under->value(0).toLongLong();
        int n = 0;
        for (qint64 unit : std::as_const(units)) {
            for (int year = 2020; year <= 2024; ++year) {
                ++n;
                const double value = unit == traVinh ? 1450 + (n * 37) % 160 : 180 + (n * 53) % 140;
                for (const auto &[indicator, figure] :
                    {std::pair {admitted, value}, std::pair {members, value * 30 + year}}) {
                    if (!Statistics::enterFigure(*store,
                            {indicator, unit, year, figure,
                                QStringLiteral("Số liệu giả định cho ảnh minh họa")},
                            &error))
                        fail(error);
                }
            }
        }
        window.showPage(QCoreApplication::translate("MainWindow", "Statistics"));
        StatisticsPage *statistics = window.statisticsPage();
        statistics->findChild<QSpinBox *>(QStringLiteral("fromYearSpinBox"))->setValue(2020);
        statistics->findChild<QSpinBox *>(QStringLiteral("toYearSpinBox"))->setValue(2024);
        auto *unit = statistics->findChild<ValueComboBox *>(QStringLiteral("unitComboBox"));
        unit->setValue(traVinh);
        auto *show = statistics->findChild<QComboBox *>(QStringLiteral("showComboBox"));
        show->setCurrentIndex(1); // the entered figures
        auto *view = statistics->findChild<QTableView *>(QStringLiteral("statisticsTableView"));
        for (int row = 0; row < statistics->table().rows.size(); ++row) {
            if (statistics->table().rows.at(row).indicator.id == admitted)
                view->selectRow(row);
        }
        shoot(&window, QStringLiteral("statistics"));
        const auto options = statistics->options();
        const auto report = Reports::build(*store, QStringLiteral("statistics-table"), 0, &error,
            Reports::Draft::No, StatisticsReport::parameters(options, statistics->chartRow()));
        const QString pdf = dir.filePath(QStringLiteral("statistics.pdf"));
        if (!report || !Reports::write(*report, pdf, &error))
            fail(error);
        else if (QProcess::execute(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"),
                         QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"),
                         pdf, output.filePath(QStringLiteral("document-statistics"))})
            != 0)
            fail(QStringLiteral("pdftoppm failed on %1").arg(pdf));
        auto *by = statistics->findChild<QComboBox *>(QStringLiteral("byComboBox"));
        by->setCurrentIndex(1);
        unit->setValue(traVinh);
        for (int row = 0; row < statistics->table().rows.size(); ++row) {
            if (statistics->table().rows.at(row).indicator.id == admitted)
                view->selectRow(row);
        }
        shoot(&window, QStringLiteral("statistics-years"));
    }

    // The same file seen by two accounts: a clerk who reads only plain records and a leader who
    // reads everything (the invented TỐI MẬT conference and MẬT inspection).
    const QString password = QStringLiteral("mật khẩu mẫu 2026");
    const struct
    {
        const char *name;
        const char *fullName;
        Access::Role role;
        const char *clearance;
    } accounts[] = {{"quantri", "Quản trị hệ thống", Access::Role::Admin, "top_secret"},
        {"lan", "Nguyễn Thị Lan (giả định)", Access::Role::Clerk, "none"},
        {"minh", "Trần Văn Minh (giả định)", Access::Role::Leader, "top_secret"}};
    for (const auto &a : accounts) {
        Accounts::Entry account;
        account.name = QLatin1String(a.name);
        account.fullName = QString::fromUtf8(a.fullName);
        account.role = a.role;
        account.clearance = QLatin1String(a.clearance);
        if (!Accounts::add(*store, account, password, &error))
            fail(error);
        if (a.role == Access::Role::Admin && !store->logIn(account.name, password, &error))
            fail(error);
    }
    for (const char *name : {"lan", "minh"}) {
        MainWindow seen;
        seen.resize(1280, 760);
        seen.show();
        if (!seen.openDatabase(file, Store::OpenMode::MustExist, &error))
            fail(error);
        LoginDialog *login = seen.loginDialog();
        if (!login) {
            fail(QStringLiteral("no log-in asked for"));
            break;
        }
        login->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QLatin1String(name));
        login->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(password);
        if (QLatin1String(name) == QLatin1String("lan"))
            shoot(login, QStringLiteral("log-in"));
        login->findChild<QPushButton *>(QStringLiteral("logInButton"))->click();
        QApplication::processEvents();
        if (!seen.store()->account()) {
            fail(QStringLiteral("%1 could not log in").arg(QLatin1String(name)));
            continue;
        }
        seen.showPage(QStringLiteral("Hội nghị"));
        shoot(&seen, QStringLiteral("conferences-as-") + QLatin1String(name));
        seen.showPage(QStringLiteral("Đoàn kiểm tra"));
        shoot(&seen, QStringLiteral("inspections-as-") + QLatin1String(name));
    }
    return failures == 0 ? 0 : 1;
}

#include "core/translations.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/datelineedit.h"
#include "gui/common/valuecombobox.h"
#include "gui/inspections/inspectioneditor.h"
#include "gui/inspections/inspectionspage.h"
#include "gui/mainwindow.h"
#include "models/childrowsmodel.h"
#include "storage/documentregister.h"
#include "text/vietnamesetext.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

// The eight contents of article 003, as the plan lists them.
const QStringList traVinhContents {
    QStringLiteral("Lãnh đạo, chỉ đạo, quán triệt, tổ chức thực hiện Quy định số 58-QĐ/TW"),
    QStringLiteral("Thẩm định, đánh giá, kết luận tiêu chuẩn chính trị"),
    QStringLiteral("Quản lý hồ sơ, tài liệu phục vụ công tác bảo vệ chính trị nội bộ"),
    QStringLiteral("Tình hình đoàn kết nội bộ các cấp ủy, tổ chức đảng"),
    QStringLiteral(
        "Phòng ngừa, đấu tranh với âm mưu, hoạt động chống phá của các thế lực thù địch"),
    QStringLiteral("Quản lý hoạt động của các tổ chức phi chính phủ, hiệp hội, quỹ xã hội"),
    QStringLiteral("Quản lý hoạt động báo chí, truyền thông và mạng xã hội, bảo đảm an ninh mạng"),
    QStringLiteral("Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"),
};
const QStringList traVinhTargets {QStringLiteral("Ban Thường vụ Tỉnh ủy Trà Vinh"),
    QStringLiteral("Thành ủy Trà Vinh"),
    QStringLiteral("Đảng bộ Khối cơ quan và doanh nghiệp tỉnh Trà Vinh")};

} // namespace

class TestInspectionEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsTheTraVinhInspectionThroughTheForm();
    void memberOrTargetTwiceIsRefusedAndNothingIsLost();
    void badDatesAndAMissingNameAreRefused();
    void targetWithRecommendationsIsNotRemoved();
    void mergedUnitShowsItsSuccessor();
    void decisionIssuedHereIsReadOnly();
    void opensTheTargetEditorForASavedTarget();
    void childModelsPassTheTester();
    void tabsAreNotClipped();
    void aNewContentsTitleIsShownWhole();

private:
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    InspectionEditor *newEditor();
    // Types into a picker that searches as it is typed into, and chooses the first item found.
    void pick(ValueComboBox *picker, const QString &typed, const QString &expectedStart);

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestInspectionEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestInspectionEditor::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    TestSupport::fixClock();
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QString problem;
    QVERIFY2(
        m_window->openDatabase(m_file, Store::OpenMode::MustExist, &problem), qPrintable(problem));
    m_window->resize(1280, 800);
    m_window->show();
    m_window->showPage(QStringLiteral("Đoàn kiểm tra"));
}

void TestInspectionEditor::cleanup()
{
    m_window.reset();
}

qint64 TestInspectionEditor::scalar(const QString &sql, const QVariantList &values) const
{
    return TestSupport::fileValue(m_file, sql, values).toLongLong();
}

InspectionEditor *TestInspectionEditor::newEditor()
{
    auto *editor = qobject_cast<InspectionEditor *>(m_window->inspectionsPage()->newInspection());
    if (editor)
        QApplication::setActiveWindow(editor);
    return editor;
}

void TestInspectionEditor::pick(
    ValueComboBox *picker, const QString &typed, const QString &expectedStart)
{
    picker->lineEdit()->setFocus();
    picker->lineEdit()->clear();
    typeText(picker->lineEdit(), typed);
    // The items are those of the search for what was typed, a moment after the last key.
    const auto foundAt = [&] {
        for (int i = 0; i < picker->count(); ++i) {
            if (picker->itemText(i).startsWith(expectedStart))
                return i;
        }
        return -1;
    };
    QTRY_VERIFY2(foundAt() >= 0, qPrintable(picker->itemText(0)));
    const int found = foundAt();
    picker->setCurrentIndex(found);
}

void TestInspectionEditor::recordsTheTraVinhInspectionThroughTheForm()
{
    // The demo holds this inspection already: the secretary records it anew, under the Tiểu
    // ban's issuing body (made here when the file has none).
    Store *store = m_window->store();
    const qint64 demoTeam
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5"));
    if (demoTeam) {
        const Store::Result removed = store->remove(QStringLiteral("inspection_team"), demoTeam);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
    }
    const qint64 subcommittee = scalar(QStringLiteral(
        "SELECT id FROM unit WHERE name = 'Tiểu ban Bảo vệ chính trị nội bộ Trung ương'"));
    QVERIFY(subcommittee > 0);
    QString error;
    std::optional<qint64> body
        = scalar(QStringLiteral("SELECT id FROM issuing_body WHERE unit_id = ?"), {subcommittee});
    if (!*body)
        body = store->insert(QStringLiteral("issuing_body"),
            {{QStringLiteral("unit_id"), subcommittee},
                {QStringLiteral("name"),
                    QStringLiteral("Tiểu ban Bảo vệ chính trị nội bộ Trung ương")},
                {QStringLiteral("superior_line"), QStringLiteral("BAN CHẤP HÀNH TRUNG ƯƠNG")},
                {QStringLiteral("issuing_line"),
                    QStringLiteral("TIỂU BAN BẢO VỆ CHÍNH TRỊ NỘI BỘ")},
                {QStringLiteral("place_name"), QStringLiteral("Hà Nội")},
                {QStringLiteral("issuer_code"), QStringLiteral("TBBVCTNBTW")}},
            &error);
    QVERIFY2(body && *body, qPrintable(error));

    InspectionEditor *editor = newEditor();
    QVERIFY(editor && editor->isVisible());
    // General: the body chosen by typing its name without diacritics, then Vietnamese typed.
    auto *bodyCombo = field<ValueComboBox>(editor, "bodyComboBox");
    bodyCombo->lineEdit()->selectAll();
    typeText(bodyCombo->lineEdit(), QStringLiteral("tieu ban bao ve chinh tri noi bo trung uong"));
    QCOMPARE(bodyCombo->value().toLongLong(), *body);
    QTest::keyClicks(field<QLineEdit>(editor, "numberLineEdit"), QStringLiteral("5"));
    typeText(
        field<QPlainTextEdit>(editor, "namePlainTextEdit"), QStringLiteral("Đoàn kiểm tra số 5"));
    field<ValueComboBox>(editor, "documentComboBox")
        ->setValue(scalar(QStringLiteral("SELECT id FROM legal_document WHERE code = '58-QĐ/TW'")));
    auto *startsOn = field<DateLineEdit>(editor, "startsOnDateEdit");
    startsOn->setFocus();
    QTest::keyClicks(startsOn, QStringLiteral("2/11/2023"));
    field<ValueComboBox>(editor, "statusComboBox")->setValue(QStringLiteral("working"));
    typeText(field<QPlainTextEdit>(editor, "purposePlainTextEdit"),
        QStringLiteral(
            "Kiểm tra việc thực hiện Quy định số 58-QĐ/TW về bảo vệ chính trị nội bộ Đảng."));

    // The team: its head, found by typing his name without diacritics.
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    tabs->setCurrentWidget(field<QWidget>(editor, "membersTab"));
    pick(field<ValueComboBox>(editor, "memberPickerComboBox"), QStringLiteral("nguyen quang duong"),
        QStringLiteral("Nguyễn Quang Dương"));
    field<ValueComboBox>(editor, "memberRoleComboBox")->setValue(QStringLiteral("head"));
    QTest::mouseClick(field<QPushButton>(editor, "addMemberButton"), Qt::LeftButton);
    QCOMPARE(editor->members()->rowCount(), 1);
    // The title held at the time starts as his current one.
    QCOMPARE(editor->members()->row(0).value(QStringLiteral("title_held")).toString(),
        QStringLiteral("Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương"));

    // The three targets.
    tabs->setCurrentWidget(field<QWidget>(editor, "targetsTab"));
    for (const QString &target : traVinhTargets) {
        pick(field<ValueComboBox>(editor, "targetPickerComboBox"), VietnameseText::fold(target),
            InspectionEditor::tr("Unit: ") + target);
        QTest::mouseClick(field<QPushButton>(editor, "addTargetButton"), Qt::LeftButton);
    }
    QCOMPARE(editor->targets()->rowCount(), 3);
    // The self-inspection report of the first, due and received late.
    ChildRowsModel *targets = editor->targets();
    targets->setData(targets->index(0, targets->columnOf(QStringLiteral("self_report_due_on"))),
        QStringLiteral("2023-10-25"));
    targets->setData(
        targets->index(0, targets->columnOf(QStringLiteral("self_report_received_on"))),
        QStringLiteral("2023-10-28"));
    auto *late = field<QLabel>(editor, "lateLabel");
    QVERIFY(late->isVisible());
    QVERIFY2(late->text().contains(QStringLiteral("Ban Thường vụ Tỉnh ủy Trà Vinh")),
        qPrintable(late->text()));
    QVERIFY2(late->text().contains(u'3'), qPrintable(late->text()));

    // The eight contents, typed into the table's cells.
    tabs->setCurrentWidget(field<QWidget>(editor, "topicsTab"));
    auto *topicsView = field<QTableView>(editor, "topicsTableView");
    for (const QString &content : traVinhContents) {
        QTest::mouseClick(field<QPushButton>(editor, "addTopicButton"), Qt::LeftButton);
        QApplication::processEvents();
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell && topicsView->isAncestorOf(cell));
        typeText(cell, content);
        QTest::keyClick(cell, Qt::Key_Return);
        // The delegate commits on Return a moment later.
        QTRY_COMPARE(
            editor->topics()->rows().last().value(QStringLiteral("title")).toString(), content);
    }
    QCOMPARE(editor->topics()->rowCount(), 8);

    QVERIFY(editor->isDirty());
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    const qint64 id = editor->recordId();
    QVERIFY(id > 0);
    editor->close();

    // An independent read of the file.
    const auto value
        = [&](const QString &sql) { return TestSupport::fileValue(m_file, sql, {id}); };
    QCOMPARE(value(QStringLiteral("SELECT name FROM inspection_team WHERE id = ?")).toString(),
        QStringLiteral("Đoàn kiểm tra số 5"));
    QCOMPARE(value(QStringLiteral("SELECT number FROM inspection_team WHERE id = ?")).toInt(), 5);
    QCOMPARE(value(QStringLiteral("SELECT issuing_body_id FROM inspection_team WHERE id = ?"))
                 .toLongLong(),
        *body);
    QCOMPARE(value(QStringLiteral("SELECT starts_on FROM inspection_team WHERE id = ?")).toString(),
        QStringLiteral("2023-11-02"));
    QCOMPARE(value(QStringLiteral("SELECT status FROM inspection_team WHERE id = ?")).toString(),
        QStringLiteral("working"));
    QCOMPARE(value(QStringLiteral("SELECT d.code FROM inspection_team t JOIN legal_document d ON "
                                  "d.id = t.subject_document_id WHERE t.id = ?"))
                 .toString(),
        QStringLiteral("58-QĐ/TW"));
    QCOMPARE(value(QStringLiteral("SELECT p.full_name || '|' || m.role || '|' || m.title_held "
                                  "FROM team_member m JOIN person p ON p.id = m.person_id WHERE "
                                  "m.team_id = ?"))
                 .toString(),
        QStringLiteral("Nguyễn Quang Dương|head|Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức "
                       "Trung ương"));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT u.name FROM "
                                  "inspection_target t JOIN unit u ON u.id = t.unit_id WHERE "
                                  "t.team_id = ? ORDER BY t.position)"))
                 .toString(),
        traVinhTargets.join(u'|'));
    QCOMPARE(value(QStringLiteral("SELECT self_report_due_on || ' ' || self_report_received_on "
                                  "FROM inspection_target WHERE team_id = ? ORDER BY position "
                                  "LIMIT 1"))
                 .toString(),
        QStringLiteral("2023-10-25 2023-10-28"));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(title, '|') FROM (SELECT title FROM "
                                  "inspection_topic WHERE team_id = ? ORDER BY position)"))
                 .toString(),
        traVinhContents.join(u'|'));

    // Reopened, the form shows what was saved.
    InspectionEditor reopened(m_window->store(), id, m_window.get());
    QCOMPARE(field<QPlainTextEdit>(&reopened, "namePlainTextEdit")->toPlainText(),
        QStringLiteral("Đoàn kiểm tra số 5"));
    QCOMPARE(field<QLineEdit>(&reopened, "numberLineEdit")->text(), QStringLiteral("5"));
    QCOMPARE(field<DateLineEdit>(&reopened, "startsOnDateEdit")->date(), QDate(2023, 11, 2));
    QCOMPARE(reopened.members()->rowCount(), 1);
    QCOMPARE(reopened.targets()->rowCount(), 3);
    QCOMPARE(reopened.topics()->rowCount(), 8);
    QCOMPARE(reopened.topics()->row(7).value(QStringLiteral("title")).toString(),
        traVinhContents.last());
    QVERIFY(!reopened.isDirty());
    // The list shows it with its counts.
    InspectionsPage *page = m_window->inspectionsPage();
    page->selectId(id);
    QCOMPARE(page->currentId(), id);
}

void TestInspectionEditor::memberOrTargetTwiceIsRefusedAndNothingIsLost()
{
    InspectionEditor *editor = newEditor();
    QVERIFY(editor);
    typeText(field<QPlainTextEdit>(editor, "namePlainTextEdit"),
        QStringLiteral("Đoàn kiểm tra số 9 (giả định)"));
    const qint64 duong
        = scalar(QStringLiteral("SELECT id FROM person WHERE full_name = 'Nguyễn Quang Dương'"));
    const qint64 board
        = scalar(QStringLiteral("SELECT id FROM unit WHERE name = 'Thành ủy Trà Vinh'"));
    QVERIFY(editor->addMember(QStringLiteral("p:%1").arg(duong), QStringLiteral("head")));
    QVERIFY(!editor->addMember(QStringLiteral("p:%1").arg(duong), QStringLiteral("member")));
    QVERIFY2(editor->message().contains(QStringLiteral("Nguyễn Quang Dương")),
        qPrintable(editor->message()));
    QCOMPARE(editor->members()->rowCount(), 1);
    QCOMPARE(
        editor->members()->row(0).value(QStringLiteral("role")).toString(), QStringLiteral("head"));
    QVERIFY(editor->addTarget(QStringLiteral("u:%1").arg(board)));
    QVERIFY(!editor->addTarget(QStringLiteral("u:%1").arg(board)));
    QVERIFY2(editor->message().contains(QStringLiteral("Thành ủy Trà Vinh")),
        qPrintable(editor->message()));
    QCOMPARE(editor->targets()->rowCount(), 1);
    // A person as a target too, and the same person in the team is no target twice.
    QVERIFY(editor->addTarget(QStringLiteral("p:%1").arg(duong)));
    QCOMPARE(editor->targets()->rowCount(), 2);

    // Rows that arrive twice some other way (a drop, another window) are refused at Save, with
    // the sentence and nothing lost.
    editor->members()->appendRow({{QStringLiteral("person_id"), duong},
        {QStringLiteral("name"), QStringLiteral("Nguyễn Quang Dương")},
        {QStringLiteral("role"), QStringLiteral("member")}});
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("Nguyễn Quang Dương")),
        qPrintable(editor->message()));
    QCOMPARE(field<QTabWidget>(editor, "tabWidget")->currentWidget(),
        field<QWidget>(editor, "membersTab"));
    QCOMPARE(editor->members()->rowCount(), 2);
    QCOMPARE(field<QPlainTextEdit>(editor, "namePlainTextEdit")->toPlainText(),
        QStringLiteral("Đoàn kiểm tra số 9 (giả định)"));
    editor->members()->removeRow(1);
    editor->targets()->appendRow({{QStringLiteral("unit_id"), board},
        {QStringLiteral("name"), QStringLiteral("Thành ủy Trà Vinh")},
        {QStringLiteral("status"), QStringLiteral("scheduled")}});
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("Thành ủy Trà Vinh")),
        qPrintable(editor->message()));
    QCOMPARE(field<QTabWidget>(editor, "tabWidget")->currentWidget(),
        field<QWidget>(editor, "targetsTab"));
    QCOMPARE(editor->targets()->rowCount(), 3);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM inspection_team WHERE name LIKE '%số 9%'")), 0);
    editor->targets()->removeRow(2);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspection_target WHERE team_id = ?"),
                 {editor->recordId()}),
        2);
    editor->close();
}

void TestInspectionEditor::badDatesAndAMissingNameAreRefused()
{
    InspectionEditor *editor = newEditor();
    QVERIFY(editor);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM inspection_team"));
    QVERIFY(!editor->save());
    QVERIFY(!editor->message().isEmpty());
    QCOMPARE(QApplication::focusWidget(), field<QPlainTextEdit>(editor, "namePlainTextEdit"));
    typeText(field<QPlainTextEdit>(editor, "namePlainTextEdit"),
        QStringLiteral("Đoàn kiểm tra số 7 (giả định)"));
    field<DateLineEdit>(editor, "startsOnDateEdit")->setValue(QStringLiteral("2026-10-10"));
    field<DateLineEdit>(editor, "endsOnDateEdit")->setValue(QStringLiteral("2026-10-01"));
    QVERIFY(!editor->save());
    const QString working = editor->message();
    QVERIFY(!working.isEmpty());
    field<DateLineEdit>(editor, "endsOnDateEdit")->setValue(QStringLiteral("2026-10-20"));
    field<DateLineEdit>(editor, "periodFromDateEdit")->setValue(QStringLiteral("2025-01-01"));
    field<DateLineEdit>(editor, "periodToDateEdit")->setValue(QStringLiteral("2024-12-31"));
    QVERIFY(!editor->save());
    QVERIFY(!editor->message().isEmpty());
    QVERIFY(editor->message() != working);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspection_team")), before);
    // Everything typed is still there; corrected, it saves.
    QCOMPARE(field<DateLineEdit>(editor, "startsOnDateEdit")->date(), QDate(2026, 10, 10));
    field<DateLineEdit>(editor, "periodToDateEdit")->setValue(QStringLiteral("2025-12-31"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspection_team")), before + 1);
    editor->close();
}

void TestInspectionEditor::targetWithRecommendationsIsNotRemoved()
{
    const qint64 invented
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 2"));
    InspectionEditor editor(m_window->store(), invented, m_window.get());
    QCOMPARE(editor.targets()->rowCount(), 1);
    QVERIFY(!editor.removeTarget(0));
    QVERIFY(!editor.message().isEmpty());
    QCOMPARE(editor.targets()->rowCount(), 1);
    QVERIFY(!editor.isDirty());
    // A target without any is removed (and stored so when saved).
    const qint64 traVinh
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5"));
    InspectionEditor other(m_window->store(), traVinh, m_window.get());
    QCOMPARE(other.targets()->rowCount(), 3);
    QVERIFY(other.removeTarget(2));
    QVERIFY(other.save());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspection_target WHERE team_id = ?"),
                 {traVinh}),
        2);
}

void TestInspectionEditor::mergedUnitShowsItsSuccessor()
{
    InspectionEditor *editor = newEditor();
    QVERIFY(editor);
    const qint64 province
        = scalar(QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Trà Vinh'"));
    QVERIFY(editor->addTarget(QStringLiteral("u:%1").arg(province)));
    const QString shown = editor->targets()->row(0).value(QStringLiteral("name")).toString();
    QVERIFY2(shown.startsWith(QStringLiteral("Tỉnh ủy Trà Vinh (")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Tỉnh ủy Vĩnh Long")), qPrintable(shown));
    // The picker offers it under its name of the time, with the successor.
    pick(field<ValueComboBox>(editor, "targetPickerComboBox"), QStringLiteral("tinh uy tra vinh"),
        InspectionEditor::tr("Unit: ") + QStringLiteral("Tỉnh ủy Trà Vinh ("));
    // A unit abolished without a successor says until when it existed.
    const qint64 board = scalar(
        QStringLiteral("SELECT id FROM unit WHERE name = 'Ban Thường vụ Tỉnh ủy Trà Vinh'"));
    QVERIFY(editor->addTarget(QStringLiteral("u:%1").arg(board)));
    QVERIFY2(editor->targets()
                 ->row(1)
                 .value(QStringLiteral("name"))
                 .toString()
                 .contains(QStringLiteral("30/06/2025")),
        qPrintable(editor->targets()->row(1).value(QStringLiteral("name")).toString()));
    typeText(field<QPlainTextEdit>(editor, "namePlainTextEdit"),
        QStringLiteral("Đoàn kiểm tra (giả định)"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    // Reopened, the stored target shows the same way.
    InspectionEditor reopened(m_window->store(), editor->recordId(), m_window.get());
    QCOMPARE(reopened.targets()->row(0).value(QStringLiteral("name")).toString(), shown);
    editor->close();
}

void TestInspectionEditor::decisionIssuedHereIsReadOnly()
{
    const qint64 invented
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 2"));
    {
        InspectionEditor editor(m_window->store(), invented, m_window.get());
        QVERIFY(!field<QLineEdit>(&editor, "decisionCodeLineEdit")->isReadOnly());
    }
    // The register numbers the decision of the inspection.
    DocumentRegister::Request request;
    request.typeCode = QStringLiteral("QĐ");
    request.issuerCode = QStringLiteral("TU");
    request.issuedOn = QDate(2026, 9, 10);
    request.reportKind = QStringLiteral("inspection-decision");
    request.excerpt = QStringLiteral("Quyết định thành lập Đoàn kiểm tra số 2 (giả định)");
    request.subject = {QStringLiteral("inspection_team"), invented};
    QString error;
    const auto entry = DocumentRegister::issue(*m_window->store(), request, &error);
    QVERIFY2(entry, qPrintable(error));
    InspectionEditor editor(m_window->store(), invented, m_window.get());
    QVERIFY(field<QLineEdit>(&editor, "decisionCodeLineEdit")->isReadOnly());
    QVERIFY(field<DateLineEdit>(&editor, "decidedOnDateEdit")->isReadOnly());
    QVERIFY2(field<QLabel>(&editor, "decisionNoteLabel")->text().contains(entry->code),
        qPrintable(field<QLabel>(&editor, "decisionNoteLabel")->text()));
}

void TestInspectionEditor::opensTheTargetEditorForASavedTarget()
{
    const qint64 traVinh
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5"));
    {
        InspectionEditor editor(m_window->store(), traVinh, m_window.get());
        QVERIFY(!editor.openTarget(-1));
        QVERIFY(!editor.message().isEmpty());
        RecordEditor *target = editor.openTarget(1);
        QVERIFY(target);
        QCOMPARE(target->recordId(),
            scalar(QStringLiteral("SELECT id FROM inspection_target WHERE team_id = ? ORDER BY "
                                  "position LIMIT 1 OFFSET 1"),
                {traVinh}));
        target->close();
    }
    // A new target is saved with the inspection first, after asking.
    InspectionEditor *editor = newEditor();
    QVERIFY(editor);
    typeText(field<QPlainTextEdit>(editor, "namePlainTextEdit"),
        QStringLiteral("Đoàn kiểm tra số 8 (giả định)"));
    QVERIFY(editor->addTarget(QStringLiteral("u:%1").arg(
        scalar(QStringLiteral("SELECT id FROM unit WHERE name = 'Thành ủy Trà Vinh'")))));
    GuiTestSupport::answerNextMessageBox(QMessageBox::No);
    QVERIFY(!editor->openTarget(0));
    QCOMPARE(editor->recordId(), 0);
    GuiTestSupport::answerNextMessageBox(QMessageBox::Yes);
    RecordEditor *target = editor->openTarget(0);
    QVERIFY(target);
    QVERIFY(editor->recordId() > 0);
    QCOMPARE(target->recordId(),
        scalar(QStringLiteral("SELECT id FROM inspection_target WHERE team_id = ?"),
            {editor->recordId()}));
    target->close();
    editor->close();
}

void TestInspectionEditor::childModelsPassTheTester()
{
    const qint64 traVinh
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5"));
    InspectionEditor editor(m_window->store(), traVinh, m_window.get());
    for (ChildRowsModel *rows : {editor.members(), editor.targets(), editor.topics()}) {
        QAbstractItemModelTester tester(
            rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(rows->rowCount() > 0);
        QVERIFY(rows->moveRow(0, rows->rowCount() - 1) || rows->rowCount() == 1);
        rows->removeRow(0);
    }
    QCOMPARE(editor.topics()->rowCount(), 7);
}

void TestInspectionEditor::tabsAreNotClipped()
{
    const qint64 traVinh
        = scalar(QStringLiteral("SELECT id FROM inspection_team WHERE number = 5"));
    auto *editor = qobject_cast<InspectionEditor *>((m_window->inspectionsPage()->selectId(traVinh),
        m_window->inspectionsPage()->editCurrent()));
    QVERIFY(editor);
    QCOMPARE(editor->recordId(), traVinh);
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        GuiTestSupport::verifyNotClipped(editor, QStringLiteral("inspection-editor-%1").arg(i + 1));
    }
    QVERIFY(editor->frameGeometry().width() <= 1280);
    QVERIFY(editor->frameGeometry().height() <= 800);
    editor->close();
}

void TestInspectionEditor::aNewContentsTitleIsShownWhole()
{
    // In a new inspection the table's widths were fitted to its empty columns: the contents'
    // title got the narrow first column and was elided while "Chi tiết" took the rest.
    InspectionEditor *editor = newEditor();
    QVERIFY(editor);
    field<QTabWidget>(editor, "tabWidget")->setCurrentWidget(field<QWidget>(editor, "topicsTab"));
    auto *topicsView = field<QTableView>(editor, "topicsTableView");
    QTest::mouseClick(field<QPushButton>(editor, "addTopicButton"), Qt::LeftButton);
    const QString title = QStringLiteral("Rà soát, bổ sung hồ sơ đảng viên");
    QVERIFY(editor->topics()->setData(editor->topics()->index(0, 0), title));
    QCOMPARE(editor->topics()->rows().last().value(QStringLiteral("title")).toString(), title);
    QApplication::processEvents();
    const int needed = topicsView->fontMetrics().horizontalAdvance(title) + 12;
    QVERIFY2(topicsView->columnWidth(0) >= needed,
        qPrintable(QStringLiteral("%1 < %2").arg(topicsView->columnWidth(0)).arg(needed)));
    // Left open and unsaved: cleanup closes the window without asking.
}

QTEST_MAIN(TestInspectionEditor)
#include "tst_inspectioneditor.moc"

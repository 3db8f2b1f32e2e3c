#include "cli/demodata.h"
#include "core/translations.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/common/attachmentspanel.h"
#include "gui/conferences/conferencespage.h"
#include "gui/mainwindow.h"
#include "gui/common/datelineedit.h"
#include "gui/common/valuecombobox.h"
#include "models/childrowsmodel.h"
#include "models/sqllistmodel.h"
#include "reports/reports.h"
#include "guitestsupport.h"
#include "teststore.h"
#include "pdftestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace { } // namespace

class TestConferenceEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsTheTuyenQuangConferenceThroughTheForms();
    void titleIsSuggestedFromKindAndDocument();
    void refusedSaveKeepsEverythingTyped();
    void unsavedChangesAreGuarded();
    void duplicateCarriesParticipantsAndProgrammeOnly();
    void deleteAsksAndRefusesWhatIsInUse();
    void listFiltersInSql();
    void pickerFindsAsItIsTyped();
    void childModelsPassTheTester();
    void tabsAreNotClipped();
    void partOfTheDayIssuingBodyAndOrderAreSaved();

private:
    qint64 scalar(const QString &sql) const;
    qint64 personId(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestConferenceEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestConferenceEditor::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    {
        const QString error = TestSupport::writeDemo(m_file);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->show();
    m_window->showPage(QStringLiteral("Hội nghị"));
}

void TestConferenceEditor::cleanup()
{
    m_window.reset();
}

qint64 TestConferenceEditor::scalar(const QString &sql) const
{
    QSqlQuery query(m_window->store()->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestConferenceEditor::personId(const QString &name) const
{
    QSqlQuery query(m_window->store()->connection());
    query.prepare(QStringLiteral("SELECT id FROM person WHERE full_name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestConferenceEditor::recordsTheTuyenQuangConferenceThroughTheForms()
{
    ConferencesPage *page = m_window->conferencesPage();
    auto *editor = qobject_cast<ConferenceEditor *>(page->newConference());
    QVERIFY(editor && editor->isVisible());
    QApplication::setActiveWindow(editor);

    // General: kind, the document, Vietnamese typed into the title, date, venue, organizer.
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("dissemination"));
    auto *document = field<ValueComboBox>(editor, "documentComboBox");
    document->setEditText(QStringLiteral("58-qd/tw"));
    QVERIFY(document->value().isNull()); // not a whole name yet: nothing chosen
    document->setValue(
        scalar(QStringLiteral("SELECT id FROM legal_document WHERE code = '58-QĐ/TW'")));
    auto *title = field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    QCOMPARE(title->toPlainText(),
        QStringLiteral("Hội nghị quán triệt Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị"));
    title->clear();
    typeText(title,
        QStringLiteral("Hội nghị quán triệt và tập huấn công tác bảo vệ chính trị "
                       "nội bộ Đảng, bảo vệ bí mật Nhà nước"));
    field<DateLineEdit>(editor, "heldOnDateEdit")
        ->setValue(QDate(2023, 4, 26).toString(Qt::ISODate));
    typeText(field<QLineEdit>(editor, "startsAtLineEdit"), QStringLiteral("07:30"));
    typeText(field<QLineEdit>(editor, "venueLineEdit"), QStringLiteral("Trung tâm Hội nghị tỉnh"));
    auto *organizer = field<ValueComboBox>(editor, "organizerComboBox");
    organizer->lineEdit()->selectAll();
    typeText(organizer->lineEdit(), QStringLiteral("tinh uy tuyen quang"));
    QCOMPARE(organizer->value().toLongLong(),
        scalar(QStringLiteral("SELECT id FROM unit WHERE name = 'Tỉnh ủy Tuyên Quang'")));

    // Participants: chairs and delegates from the directory, a unit, and a new person.
    QVERIFY(
        editor->addParticipant(QStringLiteral("p:%1").arg(personId(QStringLiteral("Chẩu Văn Lâm"))),
            QStringLiteral("chair")));
    QVERIFY(editor->addParticipant(
        QStringLiteral("p:%1").arg(personId(QStringLiteral("Lê Thị Kim Dung"))),
        QStringLiteral("chair")));
    QVERIFY(editor->addParticipant(
        QStringLiteral("p:%1").arg(personId(QStringLiteral("Nguyễn Kim Minh"))),
        QStringLiteral("reporter")));
    QVERIFY(!editor->addParticipant(
        QStringLiteral("p:%1").arg(personId(QStringLiteral("Chẩu Văn Lâm"))),
        QStringLiteral("delegate")));
    QVERIFY2(
        editor->message().contains(QStringLiteral("Chẩu Văn Lâm")), qPrintable(editor->message()));
    QVERIFY(editor->addParticipant(
        QStringLiteral("u:%1").arg(scalar(QStringLiteral("SELECT id FROM unit WHERE name = "
                                                         "'Ban Thường vụ Tỉnh ủy Tuyên Quang'"))),
        QStringLiteral("delegate")));
    ChildRowsModel *participants = editor->participants();
    participants->setData(
        participants->index(3, participants->columnOf(QStringLiteral("delegate_count"))), 12);
    // Somebody not in the directory is added without leaving the editor.
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit"));
        typeText(name, QStringLiteral("Hoàng Thị Thu Trang"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit")),
            QStringLiteral("Chuyên viên Ban Tổ chức Tỉnh ủy"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    field<ValueComboBox>(editor, "participantRoleComboBox")->setValue(QStringLiteral("delegate"));
    editor->addNewPerson();
    QCOMPARE(participants->rowCount(), 5);
    QCOMPARE(participants->row(4).value(QStringLiteral("name")).toString(),
        QStringLiteral("Hoàng Thị Thu Trang"));
    // Reorder: the reporter after the unit.
    QVERIFY(participants->moveRow(2, 3));
    QCOMPARE(participants->row(3).value(QStringLiteral("name")).toString(),
        QStringLiteral("Nguyễn Kim Minh"));

    // Programme: items typed, then reordered with the button.
    ChildRowsModel *programme = editor->programme();
    const auto addItem = [&](const QString &time, const QString &kind, const QString &text) {
        field<QPushButton>(editor, "addItemButton")->click();
        const int row = programme->rowCount() - 1;
        programme->setData(
            programme->index(row, programme->columnOf(QStringLiteral("starts_at"))), time);
        programme->setData(
            programme->index(row, programme->columnOf(QStringLiteral("kind"))), kind);
        programme->setData(
            programme->index(row, programme->columnOf(QStringLiteral("title"))), text);
    };
    addItem(
        QStringLiteral("07:30"), QStringLiteral("opening"), QStringLiteral("Khai mạc hội nghị"));
    addItem(QStringLiteral("08:30"), QStringLiteral("report"),
        QStringLiteral("Tập huấn nghiệp vụ công tác bảo vệ chính trị nội bộ Đảng"));
    addItem(QStringLiteral("08:00"), QStringLiteral("report"),
        QStringLiteral("Quán triệt Quy định số 58-QĐ/TW và Hướng dẫn số 01-HD/BTCTW"));
    auto *programmeView = field<QTableView>(editor, "programmeTableView");
    programmeView->setCurrentIndex(programme->index(2, 0));
    field<QPushButton>(editor, "moveItemUpButton")->click();
    QCOMPARE(
        programme->row(1).value(QStringLiteral("starts_at")).toString(), QStringLiteral("08:00"));

    // Outcomes and a figure.
    typeText(field<QPlainTextEdit>(editor, "tasksAheadPlainTextEdit"),
        QStringLiteral(
            "Thực hiện nghiêm Quy chế số 15 và Quy chế số 16 của Ban Thường vụ Tỉnh ủy."));
    field<QPushButton>(editor, "addStatisticButton")->click();
    ChildRowsModel *statistics = editor->statistics();
    statistics->setData(statistics->index(0, 0), QStringLiteral("Đại biểu được tập huấn"));
    statistics->setData(statistics->index(0, 1), 1250);
    QCOMPARE(statistics->index(0, 1).data().toString(), QStringLiteral("1.250"));

    // An attachment, kept with the database.
    const QString invitation = m_dir.filePath(QStringLiteral("Giấy mời hội nghị.pdf"));
    {
        QFile file(invitation);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 giấy mời");
    }
    QVERIFY(editor->attachments()->addFiles({invitation}, QStringLiteral("invitation")));

    QVERIFY(editor->isDirty());
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    const qint64 id = editor->recordId();
    QVERIFY(id > 0);
    editor->close();

    // Read back from the store.
    QSqlQuery query(m_window->store()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT title, kind, held_on, starts_at, venue, tasks_ahead "
                                      "FROM conference WHERE id = %1")
                           .arg(id))
        && query.next());
    QCOMPARE(query.value(0).toString(),
        QStringLiteral("Hội nghị quán triệt và tập huấn công tác bảo "
                       "vệ chính trị nội bộ Đảng, bảo vệ bí mật Nhà nước"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("dissemination"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2023-04-26"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("07:30"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("Trung tâm Hội nghị tỉnh"));
    QVERIFY(query.value(5).toString().startsWith(QStringLiteral("Thực hiện nghiêm")));
    QVERIFY(
        query.exec(QStringLiteral(
            "SELECT group_concat(coalesce(pe.full_name, un.name) || '/' || p.role, '|') FROM "
            "(SELECT * FROM conference_participant WHERE conference_id = %1 ORDER BY position) p "
            "LEFT JOIN person pe ON pe.id = p.person_id LEFT JOIN unit un ON un.id = p.unit_id")
                       .arg(id))
        && query.next());
    QCOMPARE(query.value(0).toString(),
        QStringLiteral("Chẩu Văn Lâm/chair|Lê Thị Kim Dung/chair|Ban Thường vụ Tỉnh ủy Tuyên "
                       "Quang/delegate|Nguyễn Kim Minh/reporter|Hoàng Thị Thu Trang/delegate"));
    QCOMPARE(scalar(QStringLiteral("SELECT delegate_count FROM conference_participant WHERE "
                                   "conference_id = %1 AND unit_id IS NOT NULL")
                        .arg(id)),
        12);
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(starts_at, ' ') FROM (SELECT * FROM "
                                      "agenda_item WHERE conference_id = %1 ORDER BY position)")
                           .arg(id))
        && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("07:30 08:00 08:30"));
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM statistic WHERE conference_id = %1").arg(id)),
        1250);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM person WHERE full_name = 'Hoàng Thị Thu Trang'")),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attachment a JOIN attachment_content c ON "
                                   "c.attachment_id = a.id WHERE a.conference_id = %1 AND "
                                   "a.kind = 'invitation'")
                        .arg(id)),
        1);

    // Reopened, the editor shows it all again.
    page->selectId(id);
    auto *reopened = qobject_cast<ConferenceEditor *>(page->editCurrent());
    QCOMPARE(reopened->participants()->rowCount(), 5);
    QCOMPARE(reopened->programme()->rowCount(), 3);
    QCOMPARE(field<DateLineEdit>(reopened, "heldOnDateEdit")->date(), QDate(2023, 4, 26));
    QVERIFY(!reopened->isDirty());
    reopened->close();

    // Every document prints, and says what was recorded.
    for (const QString &kind : Reports::kinds(QStringLiteral("conference"))) {
        QString error;
        const QString pdf = m_dir.filePath(kind + QStringLiteral(".pdf"));
        const auto built = Reports::build(*m_window->store(), kind, id, &error);
        QVERIFY2(built && Reports::write(*built, pdf, &error),
            qPrintable(kind + QLatin1Char(' ') + error));
        const QString printed = PdfTestSupport::pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")), qPrintable(kind));
        if (kind == QLatin1String("conference-summary")) {
            QVERIFY2(printed.contains(QStringLiteral("Chẩu Văn Lâm")), qPrintable(printed));
            QVERIFY(printed.contains(QStringLiteral("Quy chế số 15")));
        }
    }
}

void TestConferenceEditor::titleIsSuggestedFromKindAndDocument()
{
    auto *editor = qobject_cast<ConferenceEditor *>(m_window->conferencesPage()->newConference());
    field<DateLineEdit>(editor, "heldOnDateEdit")
        ->setValue(QDate(2024, 5, 27).toString(Qt::ISODate));
    field<ValueComboBox>(editor, "documentComboBox")
        ->setValue(scalar(QStringLiteral("SELECT id FROM legal_document WHERE code = '39-CT/TW'")));
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("final_review"));
    auto *title = field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    QCOMPARE(title->toPlainText(),
        QStringLiteral("Hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
                       "39-CT/TW ngày 18/8/2014 của Bộ Chính trị"));
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("interim_review"));
    QVERIFY(title->toPlainText().startsWith(QStringLiteral("Hội nghị sơ kết 10 năm")));
    // Once the secretary writes a title of their own, it is left alone.
    title->setPlainText(QStringLiteral("Hội nghị sơ kết riêng"));
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("final_review"));
    QCOMPARE(title->toPlainText(), QStringLiteral("Hội nghị sơ kết riêng"));
    answerNextMessageBox(QMessageBox::Discard);
    editor->close();
}

void TestConferenceEditor::refusedSaveKeepsEverythingTyped()
{
    const int conferences = int(scalar(QStringLiteral("SELECT count(*) FROM conference")));
    auto *editor = qobject_cast<ConferenceEditor *>(m_window->conferencesPage()->newConference());
    auto *title = field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    title->clear();
    typeText(title, QStringLiteral("Hội nghị giao ban khối Nội chính"));
    auto *starts = field<QLineEdit>(editor, "startsAtLineEdit");
    typeText(starts, QStringLiteral("25:00"));
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("25:00")), qPrintable(editor->message()));
    starts->clear();
    // A unit with no delegates is refused by the store: the whole save rolls back.
    QVERIFY(editor->addParticipant(QStringLiteral("u:%1").arg(scalar(QStringLiteral(
                                       "SELECT id FROM unit WHERE name = 'Tỉnh ủy Điện Biên'"))),
        QStringLiteral("delegate")));
    ChildRowsModel *participants = editor->participants();
    participants->setData(
        participants->index(0, participants->columnOf(QStringLiteral("delegate_count"))), 0);
    QVERIFY(!editor->save());
    QVERIFY2(!editor->message().isEmpty(), "no sentence");
    QVERIFY(!editor->message().contains(QLatin1String("constraint")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conference")), conferences);
    QCOMPARE(title->toPlainText(), QStringLiteral("Hội nghị giao ban khối Nội chính"));
    QCOMPARE(participants->rowCount(), 1);
    QVERIFY(editor->isDirty());
    // Corrected, it saves once.
    participants->setData(
        participants->index(0, participants->columnOf(QStringLiteral("delegate_count"))), 3);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conference")), conferences + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT delegate_count FROM conference_participant WHERE "
                                   "conference_id = %1")
                        .arg(editor->recordId())),
        3);
    editor->close();
}

void TestConferenceEditor::unsavedChangesAreGuarded()
{
    ConferencesPage *page = m_window->conferencesPage();
    page->selectId(1);
    auto *editor = qobject_cast<ConferenceEditor *>(page->editCurrent());
    QVERIFY(!editor->isDirty());
    editor->programme()->removeRow(0);
    QVERIFY(editor->isDirty());
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(editor->isVisible());
    QVERIFY2(asked.contains(QStringLiteral("chưa được lưu")), qPrintable(asked));
    answerNextMessageBox(QMessageBox::Discard);
    editor->close();
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agenda_item WHERE conference_id = 1")), 3);
}

void TestConferenceEditor::duplicateCarriesParticipantsAndProgrammeOnly()
{
    ConferencesPage *page = m_window->conferencesPage();
    const qint64 conferences = scalar(QStringLiteral("SELECT count(*) FROM conference"));
    page->selectId(1);
    // The copy is an editor of a new conference: nothing is stored while it is open…
    RecordEditor *copy = page->duplicateCurrent();
    QVERIFY(copy);
    QCOMPARE(copy->recordId(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conference")), conferences);
    auto *editor = qobject_cast<ConferenceEditor *>(copy);
    QCOMPARE(editor->participants()->rowCount(),
        int(scalar(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                  "conference_id = 1"))));
    QCOMPARE(field<DateLineEdit>(editor, "heldOnDateEdit")->text(), QStringLiteral("27/05/2025"));
    // …and Cancel, answered "Discard", leaves nothing behind.
    answerNextMessageBox(QMessageBox::Discard);
    copy->close();
    QTRY_VERIFY(!copy->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conference")), conferences);

    // Saved, the copy has the participants (invited again) and the programme, a year later.
    copy = page->duplicateCurrent();
    QVERIFY2(copy->save(), qPrintable(copy->message()));
    const qint64 id = copy->recordId();
    QVERIFY(id != 1 && id > 0);
    copy->close();
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM conference_participant WHERE conference_id = %1")
                        .arg(id)),
        scalar(
            QStringLiteral("SELECT count(*) FROM conference_participant WHERE conference_id = 1")));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM agenda_item WHERE conference_id = %1").arg(id)),
        3);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM conference_participant WHERE conference_id = %1 "
                 "AND attendance <> 'invited'")
                        .arg(id)),
        0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT results IS NULL AND lessons IS NULL AND status = 'planned' "
                              "AND held_on = '2025-05-27' FROM conference WHERE id = %1")
                   .arg(id)),
        1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM statistic WHERE conference_id = %1").arg(id)),
        0);
    // The original keeps its own rows.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agenda_item WHERE conference_id = 1")), 3);
}

void TestConferenceEditor::deleteAsksAndRefusesWhatIsInUse()
{
    ConferencesPage *page = m_window->conferencesPage();
    const qint64 tuyenQuang
        = scalar(QStringLiteral("SELECT id FROM conference WHERE kind = 'dissemination'"));
    page->selectId(tuyenQuang);
    answerNextMessageBox(QMessageBox::Cancel);
    page->deleteCurrent();
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM conference WHERE id = %1").arg(tuyenQuang)), 1);
    answerNextMessageBox(QMessageBox::Yes);
    page->deleteCurrent();
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM conference WHERE id = %1").arg(tuyenQuang)), 0);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM conference_participant WHERE conference_id = %1")
                        .arg(tuyenQuang)),
        0);
    // The Thanh Hóa conference has commendations: refused, with where it is used.
    page->selectId(1);
    QString refusal;
    answerNextMessageBox(QMessageBox::Yes);
    QTimer::singleShot(50, [&refusal] { answerNextMessageBox(QMessageBox::Ok, &refusal); });
    page->deleteCurrent();
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("khen thưởng")), qPrintable(refusal));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conference WHERE id = 1")), 1);
}

void TestConferenceEditor::listFiltersInSql()
{
    ConferencesPage *page = m_window->conferencesPage();
    SqlListModel *list = page->listModel();
    QCOMPARE(list->rowCount(), 5);
    page->setYear(2019);
    QCOMPARE(list->rowCount(), 2);
    page->setKind(QStringLiteral("interim_review"));
    QCOMPARE(list->rowCount(), 2);
    page->setKind(QStringLiteral("final_review"));
    QCOMPARE(list->rowCount(), 0);
    page->setYear(0);
    QCOMPARE(list->rowCount(), 1);
    page->setKind(QString());
    list->setFilterText(QStringLiteral("tuyen quang"));
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(
        list->index(0, 3).data().toString().left(26), QStringLiteral("Hội nghị quán triệt và tập"));
}

// The picker held the whole directory (100,000 people took 0.4 s at every opening of an editor):
// now it lists nothing until something is typed, then what the search index finds.
void TestConferenceEditor::pickerFindsAsItIsTyped()
{
    auto *editor = qobject_cast<ConferenceEditor *>(m_window->conferencesPage()->newConference());
    QVERIFY(editor);
    QApplication::setActiveWindow(editor);
    auto *picker = field<ValueComboBox>(editor, "participantPickerComboBox");
    QCOMPARE(picker->count(), 0);
    picker->lineEdit()->setFocus();
    typeText(picker->lineEdit(), QStringLiteral("chau van"));
    QTRY_VERIFY(picker->count() > 0);
    QVERIFY2(picker->itemText(0).startsWith(QStringLiteral("Chẩu Văn Lâm")),
        qPrintable(picker->itemText(0)));
    QCOMPARE(picker->currentText(), QStringLiteral("chau van"));
    picker->setCurrentIndex(0);
    const int before = editor->participants()->rowCount();
    QTest::mouseClick(field<QPushButton>(editor, "addParticipantButton"), Qt::LeftButton);
    QCOMPARE(editor->participants()->rowCount(), before + 1);
    QCOMPARE(editor->participants()->rows().last().value(QStringLiteral("name")).toString(),
        QStringLiteral("Chẩu Văn Lâm"));
    // A unit by the start of its words, after the people.
    picker->lineEdit()->clear();
    typeText(picker->lineEdit(), QStringLiteral("ban thuong vu tinh uy tuyen"));
    QTRY_VERIFY(picker->findText(QStringLiteral("Đơn vị: Ban Thường vụ Tỉnh ủy Tuyên Quang")) >= 0);
}

void TestConferenceEditor::childModelsPassTheTester()
{
    auto *editor = qobject_cast<ConferenceEditor *>(m_window->conferencesPage()->newConference());
    for (ChildRowsModel *model :
        {editor->participants(), editor->programme(), editor->statistics()}) {
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->load(*m_window->store(), 1);
        if (model->rowCount() > 1)
            QVERIFY(model->moveRow(0, 1));
        model->appendRow({});
        QVERIFY(model->removeRow(model->rowCount() - 1));
    }
    answerNextMessageBox(QMessageBox::Discard);
    editor->close();
}

// Every label and button shows its whole text on every tab; with SECRETARIAT_SCREENSHOTS set,
// the tabs are saved there as PNG to be looked at.
void TestConferenceEditor::tabsAreNotClipped()
{
    ConferencesPage *page = m_window->conferencesPage();
    page->selectId(1);
    auto *editor = qobject_cast<ConferenceEditor *>(page->editCurrent());
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        for (const QLabel *label : tabs->currentWidget()->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(
                    label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
        }
        for (const QAbstractButton *button : editor->findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                    qPrintable(button->text()));
        }
        if (!folder.isEmpty())
            QVERIFY(editor->grab().save(
                QDir(folder).filePath(QStringLiteral("conference-tab-%1.png").arg(tab))));
    }
    if (!folder.isEmpty()) {
        m_window->resize(1280, 760);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(QDir(folder).filePath(QStringLiteral("conferences.png"))));
    }
    editor->close();
}

void TestConferenceEditor::partOfTheDayIssuingBodyAndOrderAreSaved()
{
    ConferencesPage *page = m_window->conferencesPage();
    page->selectId(1);
    auto *editor = qobject_cast<ConferenceEditor *>(page->editCurrent());
    QVERIFY(editor);
    auto *dayPart = field<ValueComboBox>(editor, "dayPartComboBox");
    auto *order = field<ValueComboBox>(editor, "participantOrderComboBox");
    auto *issuedBy = field<ValueComboBox>(editor, "issuingBodyComboBox");
    QVERIFY(dayPart && order && issuedBy);
    QVERIFY(!dayPart->toolTip().isEmpty() && !order->toolTip().isEmpty()
        && !issuedBy->toolTip().isEmpty());
    QCOMPARE(order->value().toString(), QStringLiteral("protocol"));
    // Empty: the organizer's body issues the documents.
    QVERIFY(issuedBy->value().isNull());
    dayPart->setValue(QStringLiteral("afternoon"));

    // A row dragged to the top (what the view hands the model on a drop) chooses the manual order.
    ChildRowsModel *rows = editor->participants();
    const int last = rows->rowCount() - 1;
    QVERIFY(last > 0);
    const QString moved = rows->row(last).value(QStringLiteral("name")).toString();
    std::unique_ptr<QMimeData> data(rows->mimeData({rows->index(last, 0)}));
    rows->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(rows->row(0).value(QStringLiteral("name")).toString(), moved);
    QCOMPARE(order->value().toString(), QStringLiteral("manual"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT day_part = 'afternoon' AND participant_order = 'manual' "
                                   "FROM conference WHERE id = 1")),
        1);
    QSqlQuery first(m_window->store()->connection());
    QVERIFY(first.exec(QStringLiteral(
        "SELECT coalesce(pe.full_name, un.name) FROM conference_participant p LEFT JOIN person pe "
        "ON pe.id = p.person_id LEFT JOIN unit un ON un.id = p.unit_id WHERE p.conference_id = 1 "
        "ORDER BY p.position LIMIT 1")));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toString(), moved);

    // Sorting by protocol puts the chairs back on top and leaves the choice of order alone.
    QTest::mouseClick(field<QPushButton>(editor, "sortByProtocolButton"), Qt::LeftButton);
    QCOMPARE(rows->row(0).value(QStringLiteral("role")).toString(), QStringLiteral("chair"));
    QCOMPARE(order->value().toString(), QStringLiteral("manual"));
    QVERIFY(editor->isDirty());
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    editor->close();
}

QTEST_MAIN(TestConferenceEditor)
#include "tst_conferenceeditor.moc"

#include "guitestsupport.h"
#include "teststore.h"

#include "core/translations.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/conferences/conferencespage.h"
#include "gui/mainwindow.h"
#include "io/delegatecsv.h"
#include "models/childrowsmodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::clickInNextMessageBox;
using GuiTestSupport::typeText;
using TestSupport::fileValue;

// Two windows on one file, each with its own connection, as two secretaries (or one, twice)
// work: neither loses the other's work without being told.
class TestTwoWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void delegatesImportedInOneWindowSurviveTheOthersSave();
    void anUnchangedRowWritesNothingAndLogsNothing();
    void theSameFieldChangedInBothIsRefusedWithAChoice();
    void keepingOnesCopyWritesItOverTheOtherChange();
    void keepingOnesCopyKeepsTheOthersChangesToOtherFields();
    void aRecordDeletedMeanwhileCanBeSavedAgain();
    void aParticipantChangedInBothIsNamed();
    void oneDocumentGetsOneNumber();

private:
    ConferenceEditor *open(MainWindow *window, qint64 id)
    {
        window->conferencesPage()->selectId(id);
        auto *editor = qobject_cast<ConferenceEditor *>(window->conferencesPage()->editCurrent());
        QApplication::setActiveWindow(editor);
        return editor;
    }
    QLineEdit *venue(QWidget *editor) const
    {
        return editor->findChild<QLineEdit *>(QStringLiteral("venueLineEdit"));
    }
    QVariant stored(const QString &sql, const QVariantList &values = {}) const
    {
        return fileValue(m_file, sql, values);
    }

    QTemporaryDir m_dir;
    QString m_file;
    qint64 m_conference = 0;
    std::unique_ptr<MainWindow> m_first;
    std::unique_ptr<MainWindow> m_second;
};

void TestTwoWindows::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    TestSupport::fixClock();
}

void TestTwoWindows::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("shared-%1.sqlite").arg(++counter));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_conference = stored(QStringLiteral("SELECT id FROM conference WHERE kind = 'final_review'"))
                       .toLongLong();
    for (auto *window : {&m_first, &m_second}) {
        *window = std::make_unique<MainWindow>();
        QString problem;
        QVERIFY2((*window)->openDatabase(m_file, Store::OpenMode::MustExist, &problem),
            qPrintable(problem));
        (*window)->show();
    }
    m_first->store()->setUserName(QStringLiteral("nva"));
    m_second->store()->setUserName(QStringLiteral("ttb"));
    QVERIFY(m_first->store()->connection().connectionName()
        != m_second->store()->connection().connectionName());
}

void TestTwoWindows::cleanup()
{
    m_first.reset();
    m_second.reset();
}

void TestTwoWindows::delegatesImportedInOneWindowSurviveTheOthersSave()
{
    const int before = stored(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                             "conference_id = ?"),
        {m_conference})
                           .toInt();
    // The second window has the conference open when the first imports five delegates.
    ConferenceEditor *second = open(m_second.get(), m_conference);
    QString error;
    const QByteArray csv
        = QStringLiteral("Họ và tên;Chức vụ\nNguyễn Văn Một;Chuyên viên\n"
                         "Nguyễn Văn Hai;Chuyên viên\nNguyễn Văn Ba;Chuyên viên\n"
                         "Nguyễn Văn Bốn;Chuyên viên\nNguyễn Văn Năm;Chuyên viên\n")
              .toUtf8();
    const auto preview
        = DelegateCsv::parse(csv, QStringLiteral("d.csv"), *m_first->store(), m_conference, &error);
    QVERIFY2(preview, qPrintable(error));
    QVERIFY2(
        DelegateCsv::apply(*preview, *m_first->store(), m_conference, &error), qPrintable(error));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                   "conference_id = ?"),
                 {m_conference})
                 .toInt(),
        before + 5);
    // The second window changes only the venue and saves.
    venue(second)->selectAll();
    typeText(venue(second), QStringLiteral("Hội trường B"));
    QVERIFY2(second->save(), qPrintable(second->message()));
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {m_conference})
                 .toString(),
        QStringLiteral("Hội trường B"));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                   "conference_id = ?"),
                 {m_conference})
                 .toInt(),
        before + 5);
    // After its save the second window shows them too.
    QCOMPARE(second->participants()->rowCount(), before + 5);
    second->close();
}

void TestTwoWindows::anUnchangedRowWritesNothingAndLogsNothing()
{
    ConferenceEditor *editor = open(m_first.get(), m_conference);
    const QVariant versions = stored(QStringLiteral("SELECT group_concat(version) FROM "
                                                    "conference_participant WHERE "
                                                    "conference_id = ?"),
        {m_conference});
    const int logged = stored(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    venue(editor)->selectAll();
    typeText(venue(editor), QStringLiteral("Phòng họp A"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    // One field changed: one row of the log, the participants untouched.
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), logged + 1);
    QCOMPARE(stored(QStringLiteral("SELECT group_concat(version) FROM conference_participant "
                                   "WHERE conference_id = ?"),
                 {m_conference}),
        versions);
    // The ids of the rows stay what they were.
    const QVariant ids = stored(QStringLiteral("SELECT group_concat(id) FROM agenda_item WHERE "
                                               "conference_id = ?"),
        {m_conference});
    editor->close();
    editor = open(m_first.get(), m_conference);
    editor->programme()->moveRow(0, 1);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(stored(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM agenda_item "
                                   "WHERE conference_id = ? ORDER BY id)"),
                 {m_conference}),
        ids);
    editor->close();
}

void TestTwoWindows::theSameFieldChangedInBothIsRefusedWithAChoice()
{
    ConferenceEditor *first = open(m_first.get(), m_conference);
    ConferenceEditor *second = open(m_second.get(), m_conference);
    venue(first)->selectAll();
    typeText(venue(first), QStringLiteral("Hội trường A"));
    QVERIFY2(first->save(), qPrintable(first->message()));
    first->close();

    venue(second)->selectAll();
    typeText(venue(second), QStringLiteral("Hội trường B"));
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!second->save());
    QVERIFY2(asked.contains(QStringLiteral("đã được sửa ở cửa sổ khác lúc 10:42"))
            && asked.contains(QStringLiteral("nva")),
        qPrintable(asked));
    // Nothing is lost either way: the file has the first window's save, the second window its
    // own text.
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {m_conference})
                 .toString(),
        QStringLiteral("Hội trường A"));
    QCOMPARE(venue(second)->text(), QStringLiteral("Hội trường B"));
    // "Load the stored record" shows the other window's save.
    clickInNextMessageBox(QStringLiteral("Tải lại bản đã lưu"));
    QVERIFY(!second->save());
    QCOMPARE(venue(second)->text(), QStringLiteral("Hội trường A"));
    QVERIFY(!second->isDirty());
    second->close();
}

void TestTwoWindows::keepingOnesCopyWritesItOverTheOtherChange()
{
    ConferenceEditor *first = open(m_first.get(), m_conference);
    ConferenceEditor *second = open(m_second.get(), m_conference);
    venue(first)->selectAll();
    typeText(venue(first), QStringLiteral("Hội trường A"));
    QVERIFY(first->save());
    first->close();
    venue(second)->selectAll();
    typeText(venue(second), QStringLiteral("Hội trường B"));
    clickInNextMessageBox(QStringLiteral("Giữ bản của tôi"));
    QVERIFY(!second->save());
    QVERIFY2(second->message().contains(QStringLiteral("Lưu")), qPrintable(second->message()));
    QCOMPARE(venue(second)->text(), QStringLiteral("Hội trường B"));
    // Saved again, knowingly: the second window's text is stored.
    QVERIFY2(second->save(), qPrintable(second->message()));
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {m_conference})
                 .toString(),
        QStringLiteral("Hội trường B"));
    second->close();
}

// "Keep my copy" then Save put back the venue the second window had never touched: only what
// this window changed goes over the other window's save.
void TestTwoWindows::keepingOnesCopyKeepsTheOthersChangesToOtherFields()
{
    ConferenceEditor *first = open(m_first.get(), m_conference);
    ConferenceEditor *second = open(m_second.get(), m_conference);
    venue(first)->selectAll();
    typeText(venue(first), QStringLiteral("Hội trường A"));
    QVERIFY(first->save());
    first->close();
    auto *notes = second->findChild<QPlainTextEdit *>(QStringLiteral("notePlainTextEdit"));
    QVERIFY(notes);
    notes->selectAll();
    typeText(notes, QStringLiteral("Ghi chú của cửa sổ thứ hai"));
    clickInNextMessageBox(QStringLiteral("Giữ bản của tôi"));
    QVERIFY(!second->save());
    // The form shows both: the other window's venue, this window's note.
    QCOMPARE(venue(second)->text(), QStringLiteral("Hội trường A"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Ghi chú của cửa sổ thứ hai"));
    QVERIFY2(second->save(), qPrintable(second->message()));
    QCOMPARE(stored(QStringLiteral("SELECT venue || ' / ' || note FROM conference WHERE id = ?"),
                 {m_conference})
                 .toString(),
        QStringLiteral("Hội trường A / Ghi chú của cửa sổ thứ hai"));
    second->close();
}

void TestTwoWindows::aRecordDeletedMeanwhileCanBeSavedAgain()
{
    const qint64 training
        = stored(QStringLiteral("SELECT id FROM conference WHERE kind = 'dissemination'"))
              .toLongLong();
    ConferenceEditor *second = open(m_second.get(), training);
    answerNextMessageBox(QMessageBox::Yes);
    m_first->conferencesPage()->selectId(training);
    m_first->conferencesPage()->deleteCurrent();
    QVERIFY(stored(QStringLiteral("SELECT id FROM conference WHERE id = ?"), {training}).isNull());

    venue(second)->selectAll();
    typeText(venue(second), QStringLiteral("Trung tâm Hội nghị"));
    QString asked;
    clickInNextMessageBox(QStringLiteral("Giữ bản của tôi"), &asked);
    QVERIFY(!second->save());
    QVERIFY2(asked.contains(QStringLiteral("đã bị xóa ở cửa sổ khác")), qPrintable(asked));
    // Kept, it is saved as a new conference with its participants.
    QVERIFY2(second->save(), qPrintable(second->message()));
    QVERIFY(second->recordId() > 0);
    QCOMPARE(
        stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {second->recordId()})
            .toString(),
        QStringLiteral("Trung tâm Hội nghị"));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM conference_participant WHERE "
                                   "conference_id = ?"),
                 {second->recordId()})
                 .toInt(),
        4);
    second->close();
}

void TestTwoWindows::aParticipantChangedInBothIsNamed()
{
    ConferenceEditor *first = open(m_first.get(), m_conference);
    ConferenceEditor *second = open(m_second.get(), m_conference);
    for (ConferenceEditor *editor : {first, second}) {
        ChildRowsModel *rows = editor->participants();
        rows->setData(rows->index(0, rows->columnOf(QStringLiteral("title_held"))),
            editor == first ? QStringLiteral("Bí thư") : QStringLiteral("Chủ tịch"));
    }
    QVERIFY(first->save());
    first->close();
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!second->save());
    QVERIFY2(asked.contains(QStringLiteral("Đỗ Trọng Hưng")), qPrintable(asked));
    QCOMPARE(stored(QStringLiteral("SELECT title_held FROM conference_participant WHERE "
                                   "conference_id = ? ORDER BY position LIMIT 1"),
                 {m_conference})
                 .toString(),
        QStringLiteral("Bí thư"));
    answerNextMessageBox(QMessageBox::Discard);
    second->close();
}

void TestTwoWindows::oneDocumentGetsOneNumber()
{
    for (MainWindow *window : {m_first.get(), m_second.get()}) {
        window->showPage(QStringLiteral("Hội nghị"));
        window->conferencesPage()->selectId(m_conference);
    }
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(m_first->conferencesPage()->issueNumber(QDate(2024, 5, 29)));
    QString told;
    answerNextMessageBox(QMessageBox::Ok, &told);
    QVERIFY(!m_second->conferencesPage()->issueNumber(QDate(2024, 5, 29)));
    QVERIFY2(told.contains(QStringLiteral("đã có số")), qPrintable(told));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM document_register")).toInt(), 1);
}

QTEST_MAIN(TestTwoWindows)
#include "tst_twowindows.moc"

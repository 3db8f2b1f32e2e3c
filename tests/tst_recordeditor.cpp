#include "guitestsupport.h"
#include "teststore.h"

#include "core/translations.h"
#include "gui/common/datelineedit.h"
#include "gui/common/historydialog.h"
#include "gui/common/valuecombobox.h"
#include "gui/conferences/conferenceeditor.h"
#include "gui/conferences/conferencespage.h"
#include "gui/directories/directorypage.h"
#include "gui/directories/personeditor.h"
#include "gui/mainwindow.h"
#include "models/childrowsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::field;
using GuiTestSupport::typeText;
using TestSupport::fileValue;

// What an editor does with what a secretary types: every defect of the trust issue that lived in
// an editor, each tried through the real form and read back from the file.
class TestRecordEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addingAPersonOnTheSpotLeavesEveryOtherFieldAsItWas();
    void onTheSpotRecordsExistOnlyOnceTheEditorIsSaved();
    void aTitleOfOnesOwnIsNeverReplacedWithoutAsking();
    void escapeClosesTheEditorAndNeverEditsAField();
    void aRetryAfterAFullDiskWritesWhatTheFormShows();
    void aRetryAfterARefusedRuleWritesWhatTheFormShows();
    void aNamesakeIsAskedAboutFirst();
    void controlCharactersArriveNowhere();
    void theHistoryTellsTheChangeInWords();
    void ctrlPageDownTurnsTheTabEvenInAComboBox();
    void aLongTitleIsCutInDialogs();

private:
    ConferenceEditor *openConference(qint64 id);
    qint64 thanhHoa() const
    {
        return m_window->store()
            ->value(QStringLiteral("SELECT id FROM conference WHERE kind = 'final_review'"))
            .toLongLong();
    }
    QVariant stored(const QString &sql, const QVariantList &values = {}) const
    {
        return fileValue(m_file, sql, values);
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestRecordEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    TestSupport::fixClock();
}

void TestRecordEditor::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QString problem;
    QVERIFY2(
        m_window->openDatabase(m_file, Store::OpenMode::MustExist, &problem), qPrintable(problem));
    m_window->store()->setUserName(QStringLiteral("nva"));
    m_window->show();
    m_window->showPage(QStringLiteral("Hội nghị"));
}

void TestRecordEditor::cleanup()
{
    m_window.reset();
}

ConferenceEditor *TestRecordEditor::openConference(qint64 id)
{
    ConferencesPage *page = m_window->conferencesPage();
    page->selectId(id);
    auto *editor
        = qobject_cast<ConferenceEditor *>(id ? page->editCurrent() : page->newConference());
    if (editor)
        QApplication::setActiveWindow(editor);
    return editor;
}

void TestRecordEditor::addingAPersonOnTheSpotLeavesEveryOtherFieldAsItWas()
{
    const qint64 id = thanhHoa();
    const QVariant document = stored(QStringLiteral("SELECT legal_document_id FROM conference "
                                                    "WHERE id = ?"),
        {id});
    const QVariant organizer = stored(QStringLiteral("SELECT organizer_unit_id FROM conference "
                                                     "WHERE id = ?"),
        {id});
    QVERIFY(!document.isNull() && !organizer.isNull());
    ConferenceEditor *editor = openConference(id);
    auto *documents = field<ValueComboBox>(editor, "documentComboBox");
    auto *organizers = field<ValueComboBox>(editor, "organizerComboBox");
    QCOMPARE(documents->value().toLongLong(), document.toLongLong());
    const QString documentText = documents->currentText();

    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
            QStringLiteral("Lê Thị Phương Thảo"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    field<QPushButton>(editor, "newPersonButton")->click();
    QCOMPARE(editor->participants()
                 ->row(editor->participants()->rowCount() - 1)
                 .value(QStringLiteral("name"))
                 .toString(),
        QStringLiteral("Lê Thị Phương Thảo"));
    // A unit added meanwhile (in the directory, in another window) fills the pickers again.
    QString error;
    QVERIFY(m_window->store()->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Huyện ủy Mới")}}, &error));
    QCOMPARE(organizers->findText(QStringLiteral("Huyện ủy Mới")) >= 0, true);
    // Every field is as it was; the pickers were filled again and kept what they showed.
    QCOMPARE(documents->value().toLongLong(), document.toLongLong());
    QCOMPARE(documents->currentText(), documentText);
    QCOMPARE(organizers->value().toLongLong(), organizer.toLongLong());

    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(stored(QStringLiteral("SELECT legal_document_id FROM conference WHERE id = ?"), {id}),
        document);
    QCOMPARE(stored(QStringLiteral("SELECT organizer_unit_id FROM conference WHERE id = ?"), {id}),
        organizer);
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM conference_participant p JOIN person pe "
                                   "ON pe.id = p.person_id WHERE p.conference_id = ? AND "
                                   "pe.full_name = 'Lê Thị Phương Thảo'"),
                 {id})
                 .toInt(),
        1);
    editor->close();
}

void TestRecordEditor::onTheSpotRecordsExistOnlyOnceTheEditorIsSaved()
{
    const int people = stored(QStringLiteral("SELECT count(*) FROM person")).toInt();
    const int documents = stored(QStringLiteral("SELECT count(*) FROM legal_document")).toInt();
    ConferenceEditor *editor = openConference(thanhHoa());
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("fullNameLineEdit")),
            QStringLiteral("Vũ Đình Khoa"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    editor->addNewPerson();
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("codeLineEdit")),
            QStringLiteral("12-KH/TU"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    editor->addNewDocument();
    QCOMPARE(field<ValueComboBox>(editor, "documentComboBox")->currentText(),
        QStringLiteral("12-KH/TU"));
    // Nothing is stored while the conference is not saved…
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM person")).toInt(), people);
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM legal_document")).toInt(), documents);
    // …and "Don't save" leaves nothing behind.
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM person")).toInt(), people);
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM legal_document")).toInt(), documents);

    // Saved, both are stored, and the conference points at the new document.
    editor = openConference(thanhHoa());
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("codeLineEdit")),
            QStringLiteral("12-KH/TU"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    editor->addNewDocument();
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM legal_document")).toInt(), documents + 1);
    QCOMPARE(stored(QStringLiteral("SELECT d.code FROM conference c JOIN legal_document d ON "
                                   "d.id = c.legal_document_id WHERE c.id = ?"),
                 {thanhHoa()})
                 .toString(),
        QStringLiteral("12-KH/TU"));
    editor->close();
}

void TestRecordEditor::aTitleOfOnesOwnIsNeverReplacedWithoutAsking()
{
    // The Thanh Hóa conference has a title of its own (with the directive's excerpt).
    const qint64 id = thanhHoa();
    const QString own
        = stored(QStringLiteral("SELECT title FROM conference WHERE id = ?"), {id}).toString();
    ConferenceEditor *editor = openConference(id);
    auto *title = field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    QCOMPARE(title->toPlainText(), own);
    auto *document = field<ValueComboBox>(editor, "documentComboBox");
    document->setValue(
        stored(QStringLiteral("SELECT id FROM legal_document WHERE code = '58-QĐ/TW'")));
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("interim_review"));
    QCOMPARE(title->toPlainText(), own);
    // Asked, "No" keeps it.
    QString asked;
    answerNextMessageBox(QMessageBox::No, &asked);
    editor->suggestTitle();
    QVERIFY2(asked.contains(QStringLiteral("Thay tên hội nghị")), qPrintable(asked));
    QCOMPARE(title->toPlainText(), own);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(
        stored(QStringLiteral("SELECT title FROM conference WHERE id = ?"), {id}).toString(), own);
    editor->close();

    // A title that is still the suggestion follows kind and document.
    editor = openConference(0);
    title = field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    field<ValueComboBox>(editor, "documentComboBox")
        ->setValue(stored(QStringLiteral("SELECT id FROM legal_document WHERE code = '39-CT/TW'")));
    QVERIFY(title->toPlainText().contains(QStringLiteral("39-CT/TW")));
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("dissemination"));
    QVERIFY(title->toPlainText().startsWith(QStringLiteral("Hội nghị quán triệt")));
    answerNextMessageBox(QMessageBox::Discard);
    editor->close();
}

void TestRecordEditor::escapeClosesTheEditorAndNeverEditsAField()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    auto *venue = field<QLineEdit>(editor, "venueLineEdit");
    venue->setFocus();
    venue->selectAll();
    typeText(venue, QStringLiteral("Hội trường Tỉnh ủy"));
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(venue, Qt::Key_Escape);
    // Esc asked about the unsaved change, and the field kept what was typed.
    QVERIFY2(asked.contains(QStringLiteral("chưa được lưu")), qPrintable(asked));
    QVERIFY(editor->isVisible());
    QCOMPARE(venue->text(), QStringLiteral("Hội trường Tỉnh ủy"));
    // Esc again, "Save": the venue is stored.
    answerNextMessageBox(QMessageBox::Save);
    QTest::keyClick(venue, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {thanhHoa()})
                 .toString(),
        QStringLiteral("Hội trường Tỉnh ủy"));
    // Esc in an unchanged editor closes it at once.
    editor = openConference(thanhHoa());
    QTest::keyClick(field<QLineEdit>(editor, "venueLineEdit"), Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
}

void TestRecordEditor::aRetryAfterAFullDiskWritesWhatTheFormShows()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    Store *store = m_window->store();
    const QVariant before
        = stored(QStringLiteral("SELECT note FROM conference WHERE id = ?"), {thanhHoa()});
    // The file may not grow any more: SQLite answers as on a full disk.
    const int pages = store->value(QStringLiteral("PRAGMA page_count")).toInt();
    QSqlQuery(store->connection()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    const QString note = QStringLiteral("Ghi chú dài của thư ký. ").repeated(3000);
    auto *noteEdit = field<QPlainTextEdit>(editor, "notePlainTextEdit");
    noteEdit->setPlainText(note);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->message().contains(QStringLiteral("đầy")), qPrintable(editor->message()));
    QCOMPARE(noteEdit->toPlainText(), note);
    QCOMPARE(
        stored(QStringLiteral("SELECT note FROM conference WHERE id = ?"), {thanhHoa()}), before);
    // Room again: the same Ctrl+S writes what the form shows, and only then closes.
    QSqlQuery(store->connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(
        stored(QStringLiteral("SELECT note FROM conference WHERE id = ?"), {thanhHoa()}).toString(),
        note.trimmed());
}

void TestRecordEditor::aRetryAfterARefusedRuleWritesWhatTheFormShows()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    typeText(field<QLineEdit>(editor, "venueLineEdit"), QStringLiteral(" (phòng 2)"));
    // A unit sending no delegates is refused by the store, after the conference row was written
    // in the same transaction: all of it rolls back.
    QVERIFY(editor->addParticipant(
        QStringLiteral("u:%1").arg(stored(QStringLiteral("SELECT id FROM unit WHERE name = "
                                                         "'Tỉnh ủy Điện Biên'"))
                                       .toLongLong()),
        QStringLiteral("delegate")));
    ChildRowsModel *participants = editor->participants();
    const int row = participants->rowCount() - 1;
    participants->setData(
        participants->index(row, participants->columnOf(QStringLiteral("delegate_count"))), 0);
    QVERIFY(!editor->save());
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {thanhHoa()})
                 .toString(),
        QStringLiteral("Thanh Hóa"));
    participants->setData(
        participants->index(row, participants->columnOf(QStringLiteral("delegate_count"))), 4);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {thanhHoa()})
                 .toString(),
        QStringLiteral("Thanh Hóa (phòng 2)"));
    QCOMPARE(stored(QStringLiteral("SELECT delegate_count FROM conference_participant WHERE "
                                   "conference_id = ? AND unit_id IS NOT NULL"),
                 {thanhHoa()})
                 .toInt(),
        4);
    editor->close();
}

void TestRecordEditor::aNamesakeIsAskedAboutFirst()
{
    const int people = stored(QStringLiteral("SELECT count(*) FROM person")).toInt();
    DirectoryPage *directory = m_window->directoryPage(int(DirectoryPage::Kind::People));
    RecordEditor *editor = directory->newRecord();
    // The same person as in the directory, typed in decomposed Unicode and without one mark.
    typeText(field<QLineEdit>(editor, "fullNameLineEdit"),
        QStringLiteral("Đỗ Trọng Hưng").normalized(QString::NormalizationForm_D));
    typeText(field<QLineEdit>(editor, "titleLineEdit"),
        QStringLiteral("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HDND tỉnh"));
    QString asked;
    answerNextMessageBox(QMessageBox::No, &asked);
    QVERIFY(!editor->save());
    QVERIFY2(asked.contains(QStringLiteral("Đỗ Trọng Hưng")), qPrintable(asked));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM person")).toInt(), people);
    // Another person indeed: "Yes" saves.
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM person")).toInt(), people + 1);
    editor->close();
}

void TestRecordEditor::controlCharactersArriveNowhere()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    auto *venue = field<QLineEdit>(editor, "venueLineEdit");
    venue->clear();
    // Pasted from a web page: a right-to-left override and a zero character.
    QApplication::clipboard()->setText(
        QStringLiteral("Hội trường \u202EA") + QChar(0) + QStringLiteral(" tầng 2"));
    venue->setFocus();
    venue->paste();
    QCOMPARE(venue->text(), QStringLiteral("Hội trường A tầng 2"));
    QVERIFY2(editor->message().contains(QStringLiteral("ký tự điều khiển")),
        qPrintable(editor->message()));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(stored(QStringLiteral("SELECT venue FROM conference WHERE id = ?"), {thanhHoa()})
                 .toString(),
        QStringLiteral("Hội trường A tầng 2"));
    editor->close();
}

void TestRecordEditor::theHistoryTellsTheChangeInWords()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    auto *venue = field<QLineEdit>(editor, "venueLineEdit");
    venue->selectAll();
    typeText(venue, QStringLiteral("Hội trường Tỉnh ủy"));
    QVERIFY(editor->addParticipant(
        QStringLiteral("p:%1").arg(stored(QStringLiteral("SELECT id FROM person WHERE "
                                                         "full_name = 'Lò Văn Muôn'"))
                                       .toLongLong()),
        QStringLiteral("guest")));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    editor->close();

    editor = openConference(thanhHoa());
    QStringList lines;
    QTimer::singleShot(0, [&lines] {
        auto *dialog = qobject_cast<HistoryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        lines = dialog->lines();
        const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
        if (!folder.isEmpty())
            dialog->grab().save(QDir(folder).filePath(QStringLiteral("history.png")));
        dialog->reject();
    });
    field<QPushButton>(editor, "historyButton")->click();
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.contains(QStringLiteral("10:42 01/12/2026 — nva — Địa điểm: “Thanh Hóa” → "
                                           "“Hội trường Tỉnh ủy”")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    bool participant = false;
    for (const QString &line : std::as_const(lines))
        participant = participant
            || (line.contains(QStringLiteral("Thêm thành phần dự hội nghị “Lò Văn Muôn”"))
                && line.startsWith(QStringLiteral("10:42 01/12/2026 — nva")));
    QVERIFY2(participant, qPrintable(lines.join(QLatin1Char('\n'))));
    editor->close();
}

void TestRecordEditor::ctrlPageDownTurnsTheTabEvenInAComboBox()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    auto *kind = field<ValueComboBox>(editor, "kindComboBox");
    const QVariant before = kind->value();
    tabs->setCurrentIndex(0);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(kind->value(), before);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!editor->isDirty());
    editor->close();
}

void TestRecordEditor::aLongTitleIsCutInDialogs()
{
    ConferenceEditor *editor = openConference(thanhHoa());
    auto *title = field<QPlainTextEdit>(editor, "titlePlainTextEdit");
    title->setPlainText(
        QStringLiteral("Hội nghị tổng kết công tác bảo vệ chính trị nội bộ ").repeated(40));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    editor->close();
    m_window->conferencesPage()->selectId(thanhHoa());
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    m_window->conferencesPage()->deleteCurrent();
    QVERIFY2(asked.size() < 400, qPrintable(asked));
    QVERIFY(asked.contains(QChar(0x2026)));
}

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"

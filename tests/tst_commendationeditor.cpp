#include "core/translations.h"
#include "gui/commendations/commendationeditor.h"
#include "gui/commendations/commendationspage.h"
#include "gui/commendations/recipientimportdialog.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/datelineedit.h"
#include "gui/common/valuecombobox.h"
#include "gui/mainwindow.h"
#include "models/commendationlists.h"
#include "text/vietnamesetext.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

const QString reason = QStringLiteral(
    "Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị số 39-CT/TW của Bộ Chính trị");
// The collectives are invented (the article names none), and so is the person.
const QString commune = QStringLiteral("Đảng ủy xã Bình Minh (giả định)");
const QString school = QStringLiteral("Chi bộ Trường Tiểu học Bình Minh (giả định)");
const QString newcomer = QStringLiteral("Lê Thị Mẫu (giả định)");

// The store's sentence for an edit of a decided commendation.
QString frozenSentence()
{
    return QCoreApplication::translate("StoreErrors",
        "The commendation is decided: its decision and its list are kept as they were signed. "
        "Only a badge number or a note can still be written.");
}

} // namespace

// The commendation editor: the Thanh Hóa Bằng khen recorded through the forms, its list picked
// and imported, reviewed and saved; a recipient twice refused at save with nothing lost; a
// decided commendation read-only.
class TestCommendationEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsTheThanhHoaCommendationThroughTheForms();
    void recipientTwiceIsRefusedAtSaveAndNothingIsLost();
    void aBadgeRoundHasNoFormAndShowsItsDate();
    void decidedCommendationIsReadOnly();
    void recipientsModelPassesTheTester();
    void tabsAreNotClipped();

private:
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSupport::fileValue(m_file, sql, values);
    }
    CommendationEditor *newEditor();
    void pick(ValueComboBox *picker, const QString &typed, const QString &expectedStart);
    qint64 demoId() const;

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestCommendationEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
}

void TestCommendationEditor::init()
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
    m_window->showPage(QStringLiteral("Khen thưởng"));
}

void TestCommendationEditor::cleanup()
{
    m_window.reset();
}

qint64 TestCommendationEditor::demoId() const
{
    return value(QStringLiteral("SELECT id FROM commendation WHERE reason LIKE '%Chỉ thị số 39%'"))
        .toLongLong();
}

CommendationEditor *TestCommendationEditor::newEditor()
{
    auto *editor
        = qobject_cast<CommendationEditor *>(m_window->commendationsPage()->newCommendation());
    if (editor)
        QApplication::setActiveWindow(editor);
    return editor;
}

void TestCommendationEditor::pick(
    ValueComboBox *picker, const QString &typed, const QString &expectedStart)
{
    picker->lineEdit()->setFocus();
    picker->lineEdit()->clear();
    typeText(picker->lineEdit(), typed);
    const auto foundAt = [&] {
        for (int i = 0; i < picker->count(); ++i) {
            if (picker->itemText(i).startsWith(expectedStart))
                return i;
        }
        return -1;
    };
    QTRY_VERIFY2(foundAt() >= 0, qPrintable(picker->itemText(0)));
    picker->setCurrentIndex(foundAt());
}

void TestCommendationEditor::recordsTheThanhHoaCommendationThroughTheForms()
{
    // The demo has this commendation already: recorded anew, its recipients are warned about
    // as proposed twice.
    const qint64 demo = demoId();
    QVERIFY(demo > 0);
    const qint64 board = value(QStringLiteral("SELECT id FROM issuing_body WHERE name = 'Ban "
                                              "Thường vụ Tỉnh ủy Thanh Hóa'"))
                             .toLongLong();
    QVERIFY(board > 0);
    CommendationEditor *editor = newEditor();
    QVERIFY(editor && editor->isVisible());
    // General: the body found by typing without marks; the reason typed decomposed (NFD).
    auto *body = field<ValueComboBox>(editor, "bodyComboBox");
    body->lineEdit()->selectAll();
    typeText(body->lineEdit(), QStringLiteral("ban thuong vu tinh uy thanh hoa"));
    QCOMPARE(body->value().toLongLong(), board);
    QCOMPARE(
        field<ValueComboBox>(editor, "formComboBox")->currentText(), QStringLiteral("Bằng khen"));
    field<ValueComboBox>(editor, "kindComboBox")->setValue(QStringLiteral("thematic"));
    typeText(field<QPlainTextEdit>(editor, "reasonPlainTextEdit"),
        reason.normalized(QString::NormalizationForm_D));
    auto *proposer = field<ValueComboBox>(editor, "proposingUnitComboBox");
    proposer->lineEdit()->selectAll();
    typeText(proposer->lineEdit(), QStringLiteral("Ban Tổ chức Tỉnh ủy Thanh Hóa"));
    QCOMPARE(proposer->currentText(), QStringLiteral("Ban Tổ chức Tỉnh ủy Thanh Hóa"));
    QTest::keyClicks(
        field<QLineEdit>(editor, "proposalCodeLineEdit"), QStringLiteral("45-TTr/BTC"));
    auto *proposedOn = field<DateLineEdit>(editor, "proposedOnDateEdit");
    proposedOn->setFocus();
    QTest::keyClicks(proposedOn, QStringLiteral("10/5/2024"));
    // No badge round: its date is not asked.
    QVERIFY(!field<DateLineEdit>(editor, "roundOnDateEdit")->isVisible());
    // The decision is not typed here.
    QVERIFY(field<QLineEdit>(editor, "decisionCodeLineEdit")->isReadOnly());

    // The list: one collective picked from the directory …
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    tabs->setCurrentWidget(field<QWidget>(editor, "recipientsTab"));
    pick(field<ValueComboBox>(editor, "recipientPickerComboBox"),
        QStringLiteral("dang uy xa binh minh"), CommendationEditor::tr("Unit: ") + commune);
    QTest::mouseClick(field<QPushButton>(editor, "addRecipientButton"), Qt::LeftButton);
    QCOMPARE(editor->recipients()->rowCount(), 1);
    // … picked again, refused with a sentence.
    pick(field<ValueComboBox>(editor, "recipientPickerComboBox"),
        QStringLiteral("dang uy xa binh minh"), CommendationEditor::tr("Unit: ") + commune);
    QVERIFY(
        !editor->addRecipient(field<ValueComboBox>(editor, "recipientPickerComboBox")->value()));
    QVERIFY2(editor->message().contains(commune), qPrintable(editor->message()));
    QCOMPARE(editor->recipients()->rowCount(), 1);
    // … the rest imported from a CSV file: the other collective and a person not yet in the
    // directory.
    const QString path = m_dir.filePath(QStringLiteral("danh-sach.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("STT;Họ và tên;Chức vụ, đơn vị;Thành tích\n"
                             "1;%1;;Đã có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 39\n"
                             "2;%2;Bí thư chi bộ (giả định);Gương mẫu\n")
                  .arg(school, newcomer)
                  .toUtf8());
    csv.close();
    {
        RecipientImportDialog dialog(m_window->store(), editor->recipients()->rows(), path, editor);
        QVERIFY2(dialog.hasPreview(), qPrintable(dialog.message()));
        QCOMPARE(dialog.rows().size(), 2);
        editor->addImportedRows(dialog.rows());
    }
    QCOMPARE(editor->recipients()->rowCount(), 3);
    // The same file again: every row is already on the list, nothing is taken.
    {
        RecipientImportDialog again(m_window->store(), editor->recipients()->rows(), path, editor);
        QVERIFY(again.hasPreview());
        QCOMPARE(again.preview()->errorCount(), 2);
        QVERIFY(again.rows().isEmpty());
    }

    // The review: the person rejected with a reason, then "accept all" for the rest.
    RecipientRowsModel *rows = editor->recipients();
    rows->setData(
        rows->index(2, rows->columnOf(QStringLiteral("review"))), QStringLiteral("rejected"));
    rows->setData(rows->index(2, rows->columnOf(QStringLiteral("review_note"))),
        QStringLiteral("Chưa đủ thời gian công tác"));
    QTest::mouseClick(field<QPushButton>(editor, "acceptAllButton"), Qt::LeftButton);
    QCOMPARE(rows->row(0).value(QStringLiteral("review")).toString(), QStringLiteral("accepted"));
    QCOMPARE(rows->row(1).value(QStringLiteral("review")).toString(), QStringLiteral("accepted"));
    QCOMPARE(rows->row(2).value(QStringLiteral("review")).toString(), QStringLiteral("rejected"));
    field<ValueComboBox>(editor, "statusComboBox")->setValue(QStringLiteral("reviewed"));

    QVERIFY(editor->isDirty());
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    const qint64 id = editor->recordId();
    QVERIFY(id > 0 && id != demo);

    // Read back from the file.
    QCOMPARE(value(QStringLiteral("SELECT reason FROM commendation WHERE id = ?"), {id}).toString(),
        reason);
    QCOMPARE(value(QStringLiteral("SELECT issuing_body_id FROM commendation WHERE id = ?"), {id})
                 .toLongLong(),
        board);
    QCOMPARE(value(QStringLiteral("SELECT f.name FROM commendation c JOIN commendation_form f ON "
                                  "f.id = c.form_id WHERE c.id = ?"),
                 {id})
                 .toString(),
        QStringLiteral("Bằng khen"));
    QCOMPARE(value(QStringLiteral("SELECT proposal_code || ' ' || proposed_on || ' ' || status || "
                                  "' ' || kind FROM commendation WHERE id = ?"),
                 {id})
                 .toString(),
        QStringLiteral("45-TTr/BTC 2024-05-10 reviewed thematic"));
    QCOMPARE(value(QStringLiteral("SELECT group_concat(line, '|') FROM (SELECT recipient_kind || "
                                  "':' || name || ':' || review AS line FROM "
                                  "commendation_recipient WHERE commendation_id = ? ORDER BY "
                                  "position)"),
                 {id})
                 .toString(),
        QStringLiteral("collective:%1:accepted|collective:%2:accepted|individual:%3:rejected")
            .arg(commune, school, newcomer));
    // The new person joined the directory, with the title the file gave.
    QCOMPARE(value(QStringLiteral("SELECT p.title FROM commendation_recipient r JOIN person p ON "
                                  "p.id = r.person_id WHERE r.commendation_id = ?"),
                 {id})
                 .toString(),
        QStringLiteral("Bí thư chi bộ (giả định)"));
    QCOMPARE(value(QStringLiteral("SELECT review_note FROM commendation_recipient WHERE "
                                  "commendation_id = ? AND recipient_kind = 'individual'"),
                 {id})
                 .toString(),
        QStringLiteral("Chưa đủ thời gian công tác"));

    // The warnings, read after the save: the collectives are on the demo's list too; clicking
    // one selects its row.
    QVERIFY2(!editor->warnings().isEmpty(), "no warning of the collectives proposed twice");
    QVERIFY2(editor->warnings().join(u' ').contains(commune),
        qPrintable(editor->warnings().join(u'\n')));
    const auto *warnings = field<QListWidget>(editor, "warningsListWidget");
    for (int i = 0; i < warnings->count(); ++i) {
        const qint64 recipient = warnings->item(i)->data(Qt::UserRole).toLongLong();
        if (!recipient)
            continue;
        editor->selectWarning(i);
        const QModelIndex current
            = field<QTableView>(editor, "recipientsTableView")->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(rows->rowId(current.row()), recipient);
        break;
    }
    editor->close();

    // The list shows it, accepted out of listed.
    CommendationsPage *page = m_window->commendationsPage();
    page->selectId(id);
    QCOMPARE(page->currentId(), id);
    SqlListModel *list = page->listModel();
    QCOMPARE(list->index(list->rowOfId(id), CommendationLists::Recipients).data().toString(),
        QStringLiteral("2 / 3"));
}

void TestCommendationEditor::recipientTwiceIsRefusedAtSaveAndNothingIsLost()
{
    CommendationEditor *editor = newEditor();
    QVERIFY(editor);
    typeText(field<QPlainTextEdit>(editor, "reasonPlainTextEdit"),
        QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2025 (giả định)"));
    const qint64 unit
        = value(QStringLiteral("SELECT id FROM unit WHERE name = ?"), {commune}).toLongLong();
    editor->addRecipient(QStringLiteral("u:%1").arg(unit));
    // The same name again, as another window or a paste would give it, in the other tone
    // placement ("Hóa"/"Hoá" alike): the store's rule refuses it at save.
    RecipientRowsModel *rows = editor->recipients();
    rows->appendRow({{QStringLiteral("recipient_kind"), QStringLiteral("collective")},
        {QStringLiteral("unit_id"), unit},
        {QStringLiteral("name"), commune.toUpper().normalized(QString::NormalizationForm_D)},
        {QStringLiteral("review"), QStringLiteral("pending")}});
    QCOMPARE(rows->rowCount(), 2);
    QVERIFY(!editor->save());
    QCOMPARE(editor->message(),
        QCoreApplication::translate(
            "StoreErrors", "This recipient is already on the list for this form of commendation."));
    // Nothing typed is lost, nothing is stored.
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(field<QPlainTextEdit>(editor, "reasonPlainTextEdit")->toPlainText(),
        QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2025 (giả định)"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM commendation WHERE reason LIKE '%năm "
                                  "2025 (giả định)%'"))
                 .toInt(),
        0);
    // Remove the second row: saved.
    rows->removeRow(1);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM commendation_recipient WHERE "
                                  "commendation_id = ?"),
                 {editor->recordId()})
                 .toInt(),
        1);
    editor->close();
}

void TestCommendationEditor::aBadgeRoundHasNoFormAndShowsItsDate()
{
    CommendationEditor *editor = newEditor();
    QVERIFY(editor);
    auto *kind = field<ValueComboBox>(editor, "kindComboBox");
    kind->setValue(QStringLiteral("party_badge"));
    QVERIFY(field<ValueComboBox>(editor, "formComboBox")->value().isNull());
    QVERIFY(field<DateLineEdit>(editor, "roundOnDateEdit")->isVisible());
    typeText(field<QPlainTextEdit>(editor, "reasonPlainTextEdit"),
        QStringLiteral("Trao Huy hiệu Đảng đợt 3/2/2026 (giả định)"));
    auto *roundOn = field<DateLineEdit>(editor, "roundOnDateEdit");
    roundOn->setFocus();
    QTest::keyClicks(roundOn, QStringLiteral("3/2/2026"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(value(QStringLiteral("SELECT ifnull(form_id, 'none') || ' ' || round_on FROM "
                                  "commendation WHERE id = ?"),
                 {editor->recordId()})
                 .toString(),
        QStringLiteral("none 2026-02-03"));
    // Any other kind needs its form.
    kind->setValue(QStringLiteral("regular"));
    QVERIFY(!editor->save());
    QCOMPARE(editor->message(), CommendationEditor::tr("Choose the form of commendation."));
    editor->revert();
    editor->close();
}

void TestCommendationEditor::decidedCommendationIsReadOnly()
{
    Store *store = m_window->store();
    const qint64 demo = demoId();
    const auto record = store->read(QStringLiteral("commendation"), demo);
    QVERIFY(record);
    const Store::Result decided = store->update(*record,
        {{QStringLiteral("status"), QStringLiteral("decided")},
            {QStringLiteral("decided_on"), QStringLiteral("2024-05-27")},
            {QStringLiteral("decision_code"), QStringLiteral("1234-QĐ/TU")},
            {QStringLiteral("signer"), QStringLiteral("Lê Văn An")}});
    QVERIFY2(decided.ok(), qPrintable(decided.error));

    m_window->commendationsPage()->refresh();
    m_window->commendationsPage()->selectId(demo);
    auto *editor = qobject_cast<CommendationEditor *>(m_window->commendationsPage()->editCurrent());
    QVERIFY(editor);
    QVERIFY(editor->isFrozen());
    QVERIFY2(editor->frozenBanner().contains(QStringLiteral("1234-QĐ/TU")),
        qPrintable(editor->frozenBanner()));
    QVERIFY(editor->frozenBanner().contains(QStringLiteral("27/05/2024")));
    QVERIFY(field<QPlainTextEdit>(editor, "reasonPlainTextEdit")->isReadOnly());
    QVERIFY(!field<ValueComboBox>(editor, "bodyComboBox")->isEnabled());
    QVERIFY(!field<ValueComboBox>(editor, "formComboBox")->isEnabled());
    QVERIFY(!field<QPushButton>(editor, "addRecipientButton")->isEnabled());
    QVERIFY(!field<QPushButton>(editor, "importButton")->isEnabled());
    QVERIFY(!field<QPushButton>(editor, "acceptAllButton")->isEnabled());
    RecipientRowsModel *rows = editor->recipients();
    QVERIFY(rows->rowCount() > 0);
    for (int column = 0; column < rows->columnCount(); ++column) {
        const bool editable = rows->flags(rows->index(0, column)) & Qt::ItemIsEditable;
        QCOMPARE(editable, column == rows->columnOf(QStringLiteral("badge_number")));
    }
    // A direct edit of the list is refused by the store, with its sentence.
    const qint64 recipient = value(QStringLiteral("SELECT id FROM commendation_recipient WHERE "
                                                  "commendation_id = ? ORDER BY position"),
        {demo})
                                 .toLongLong();
    const auto row = store->read(QStringLiteral("commendation_recipient"), recipient);
    QVERIFY(row);
    const Store::Result refused
        = store->update(*row, {{QStringLiteral("name"), QStringLiteral("Tên khác (giả định)")}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error, frozenSentence());
    // A badge's number may still be written, through the editor.
    rows->setData(
        rows->index(0, rows->columnOf(QStringLiteral("badge_number"))), QStringLiteral("A-000123"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(value(QStringLiteral("SELECT badge_number FROM commendation_recipient WHERE id = ?"),
                 {recipient})
                 .toString(),
        QStringLiteral("A-000123"));
    editor->close();
}

void TestCommendationEditor::recipientsModelPassesTheTester()
{
    CommendationEditor editor(m_window->store(), demoId(), m_window.get());
    RecipientRowsModel *rows = editor.recipients();
    QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(rows->rowCount() > 1);
    QVERIFY(rows->moveRow(0, rows->rowCount() - 1));
    rows->setFrozen(true);
    rows->setFrozen(false);
    rows->removeRow(0);
    QCOMPARE(rows->rowCount(),
        value(
            QStringLiteral("SELECT count(*) FROM commendation_recipient WHERE commendation_id = ?"),
            {demoId()})
                .toInt()
            - 1);
}

void TestCommendationEditor::tabsAreNotClipped()
{
    m_window->commendationsPage()->selectId(demoId());
    auto *editor = qobject_cast<CommendationEditor *>(m_window->commendationsPage()->editCurrent());
    QVERIFY(editor);
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        GuiTestSupport::verifyNotClipped(
            editor, QStringLiteral("commendation-editor-%1").arg(i + 1));
    }
    QVERIFY(editor->frameGeometry().width() <= 1280);
    QVERIFY(editor->frameGeometry().height() <= 800);
    editor->close();
}

QTEST_MAIN(TestCommendationEditor)
#include "tst_commendationeditor.moc"

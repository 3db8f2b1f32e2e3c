#include "core/translations.h"
#include "gui/common/datelineedit.h"
#include "gui/common/valuecombobox.h"
#include "gui/directories/directorypage.h"
#include "gui/directories/issuingbodyeditor.h"
#include "gui/mainwindow.h"
#include "models/childrowsmodel.h"
#include "models/issuingbodymodels.h"
#include "models/sqllistmodel.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

const int issuingBodies = int(DirectoryPage::Kind::IssuingBodies);

} // namespace

class TestIssuingBodyEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typesABodyWithTermsAndSigners();
    void overlappingTermsAreRefusedAndNothingIsLost();
    void aStateAuthorityIsRefused();
    void partyAuthority_data();
    void partyAuthority();
    void editingKeepsTheRowsIds();
    void deletingABodyInUseIsRefused();
    void anOrganizersBodyKeepsItsUnit();
    void unsavedChangesAreGuarded();
    void modelsPassTheTester();
    void formIsNotClipped();

private:
    DirectoryPage *page() const { return m_window->directoryPage(issuingBodies); }
    IssuingBodyEditor *newBody();
    // Types into a cell of a table through its editor, as a secretary would, and commits it.
    void typeIntoCell(QTableView *view, int row, int column, const QString &text);
    void typeRequiredFields(IssuingBodyEditor *editor, const QString &code);
    qint64 unitId(const QString &name) const;
    QVariant fileValue(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSupport::fileValue(m_file, sql, values);
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestIssuingBodyEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    TestSupport::fixClock(); // 10:42, 1 December 2026
}

void TestIssuingBodyEditor::init()
{
    static int counter = 0;
    m_file = m_dir.filePath(QStringLiteral("office-%1.sqlite").arg(++counter));
    const QString error = TestSupport::writeDemo(m_file);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    QString problem;
    QVERIFY2(
        m_window->openDatabase(m_file, Store::OpenMode::MustExist, &problem), qPrintable(problem));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPage(DirectoryPage::title(DirectoryPage::Kind::IssuingBodies));
    QVERIFY(page() && page()->isVisible());
}

void TestIssuingBodyEditor::cleanup()
{
    m_window.reset();
}

qint64 TestIssuingBodyEditor::unitId(const QString &name) const
{
    return fileValue(QStringLiteral("SELECT id FROM unit WHERE name = ?"), {name}).toLongLong();
}

IssuingBodyEditor *TestIssuingBodyEditor::newBody()
{
    auto *editor = qobject_cast<IssuingBodyEditor *>(page()->newRecord());
    if (!editor)
        return nullptr;
    QApplication::setActiveWindow(editor);
    if (!QTest::qWaitForWindowActive(editor))
        return nullptr;
    return editor;
}

void TestIssuingBodyEditor::typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    // The table's tab comes to the front first, as a secretary clicks it.
    for (QWidget *up = view; up && up->parentWidget(); up = up->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(up->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(up);
    }
    const QModelIndex index = view->model()->index(row, column);
    // A cell just added is open for typing already.
    const bool open = view->currentIndex() == index
        && view->viewport()->isAncestorOf(QApplication::focusWidget());
    if (!open) {
        view->setCurrentIndex(index);
        view->edit(index);
    }
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && view->isAncestorOf(editor));
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->selectAll();
        typeText(edit, text);
    } else if (auto *combo = qobject_cast<ValueComboBox *>(editor)) {
        // A choice is picked by its words, as a keyboard user moves to it.
        const int found = combo->findText(text);
        QVERIFY2(found >= 0, qPrintable(text));
        combo->setCurrentIndex(found);
    } else {
        QFAIL("the cell's editor is neither a line nor a choice");
    }
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor once the key is handled.
    const QPointer<QWidget> closing(editor);
    QTRY_VERIFY(!closing || !closing->isVisible());
}

void TestIssuingBodyEditor::typeRequiredFields(IssuingBodyEditor *editor, const QString &code)
{
    typeText(field<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Ủy ban Kiểm tra Tỉnh ủy"));
    typeText(field<QLineEdit>(editor, "superiorLineEdit"), QStringLiteral("Tỉnh ủy Thanh Hóa"));
    typeText(field<QLineEdit>(editor, "issuingLineEdit"), QStringLiteral("Ủy ban Kiểm tra"));
    typeText(field<QLineEdit>(editor, "issuerCodeLineEdit"), code);
}

void TestIssuingBodyEditor::typesABodyWithTermsAndSigners()
{
    // One body issues by default: one the file has already gives way.
    Store *store = m_window->store();
    const QVariant other
        = store->value(QStringLiteral("SELECT id FROM issuing_body WHERE is_default = 1"));
    if (!other.isNull()) {
        const std::optional<Store::Record> record
            = store->read(QStringLiteral("issuing_body"), other);
        QVERIFY(record);
        QVERIFY(store->update(*record, {{QStringLiteral("is_default"), 0}}).ok());
    }
    IssuingBodyEditor *editor = newBody();
    QVERIFY(editor);
    QCOMPARE(field<ValueComboBox>(editor, "numberingComboBox")->value().toString(),
        QStringLiteral("term"));
    QVERIFY(!editor->isDirty());

    // The header lines and the code become capitals as they are typed: they print so.
    typeText(field<QLineEdit>(editor, "nameLineEdit"),
        QStringLiteral("Ban Thường vụ Tỉnh ủy Vĩnh Long"));
    typeText(
        field<QLineEdit>(editor, "superiorLineEdit"), QStringLiteral("đảng bộ tỉnh vĩnh long"));
    typeText(field<QLineEdit>(editor, "issuingLineEdit"), QStringLiteral("ban thường vụ"));
    typeText(field<QLineEdit>(editor, "placeNameLineEdit"), QStringLiteral("Vĩnh Long"));
    typeText(field<QLineEdit>(editor, "issuerCodeLineEdit"), QStringLiteral("btvtuvl"));
    QCOMPARE(field<QLineEdit>(editor, "superiorLineEdit")->text(),
        QStringLiteral("ĐẢNG BỘ TỈNH VĨNH LONG"));
    QCOMPARE(field<QLineEdit>(editor, "issuingLineEdit")->text(), QStringLiteral("BAN THƯỜNG VỤ"));
    QCOMPARE(field<QLineEdit>(editor, "issuerCodeLineEdit")->text(), QStringLiteral("BTVTUVL"));
    auto *unit = field<ValueComboBox>(editor, "unitComboBox");
    unit->lineEdit()->selectAll();
    typeText(unit->lineEdit(), QStringLiteral("tinh uy vinh long"));
    QCOMPARE(unit->value().toLongLong(), unitId(QStringLiteral("Tỉnh ủy Vĩnh Long")));
    field<QCheckBox>(editor, "defaultCheckBox")->setChecked(true);
    QVERIFY(editor->isDirty());

    // The preview shows the header as the documents will print it, dated by the clock.
    const QString preview = field<QLabel>(editor, "headerPreviewLabel")->text();
    for (const char *part : {"ĐẢNG BỘ TỈNH VĨNH LONG", "BAN THƯỜNG VỤ", "Số 01-TB/BTVTUVL",
             "ĐẢNG CỘNG SẢN VIỆT NAM", "Vĩnh Long, ngày 01 tháng 12 năm 2026"})
        QVERIFY2(preview.contains(QString::fromUtf8(part)), part);

    // Two terms: the one that holds today is named.
    auto *terms = field<QTableView>(editor, "termsTableView");
    QTest::mouseClick(field<QPushButton>(editor, "addTermButton"), Qt::LeftButton);
    QCOMPARE(terms->model()->rowCount(), 1);
    typeIntoCell(terms, 0, 0, QStringLiteral("Nhiệm kỳ 2020–2025"));
    typeIntoCell(terms, 0, 1, QStringLiteral("17/10/2020"));
    typeIntoCell(terms, 0, 2, QStringLiteral("15-10-2025"));
    QCOMPARE(
        terms->model()->index(0, 2).data(Qt::EditRole).toString(), QStringLiteral("2025-10-15"));
    QTest::mouseClick(field<QPushButton>(editor, "addTermButton"), Qt::LeftButton);
    // The next term begins the day after the last one ends.
    QCOMPARE(
        terms->model()->index(1, 1).data(Qt::EditRole).toString(), QStringLiteral("2025-10-16"));
    typeIntoCell(terms, 1, 0, QStringLiteral("Nhiệm kỳ 2025–2030"));
    QCOMPARE(editor->termOn(QDate(2026, 12, 1)), 1);
    QVERIFY(field<QLabel>(editor, "currentTermLabel")
                ->text()
                .contains(QStringLiteral("Nhiệm kỳ 2025–2030")));
    QVERIFY(
        field<QLabel>(editor, "currentTermLabel")->text().contains(QStringLiteral("16/10/2025")));

    // Two signers: the notice and the invitations, each with its recipients.
    auto *signers = field<QTableView>(editor, "signersTableView");
    auto *recipients = field<QPlainTextEdit>(editor, "recipientsPlainTextEdit");
    QTest::mouseClick(field<QPushButton>(editor, "addSignerButton"), Qt::LeftButton);
    typeIntoCell(signers, 0, 0, IssuingBodyEditor::kindLabel(QStringLiteral("conference-summary")));
    typeIntoCell(signers, 0, 1, QStringLiteral("t/m ban thường vụ"));
    typeIntoCell(signers, 0, 2, QStringLiteral("bí thư"));
    typeIntoCell(signers, 0, 3, QStringLiteral("Đỗ Trọng Hưng"));
    signers->setCurrentIndex(signers->model()->index(0, 0));
    QVERIFY(recipients->isEnabled());
    typeText(recipients, QStringLiteral("- Ban Thường vụ Tỉnh ủy,"));
    QTest::keyClick(recipients, Qt::Key_Return);
    typeText(recipients, QStringLiteral("- Lưu Văn phòng Tỉnh ủy."));
    QTest::mouseClick(field<QPushButton>(editor, "addSignerButton"), Qt::LeftButton);
    QCOMPARE(recipients->toPlainText(), QString());
    typeIntoCell(
        signers, 1, 0, IssuingBodyEditor::kindLabel(QStringLiteral("conference-invitations")));
    typeIntoCell(signers, 1, 1, QStringLiteral("T/L BAN THƯỜNG VỤ"));
    typeIntoCell(signers, 1, 2, QStringLiteral("chánh văn phòng"));
    typeIntoCell(signers, 1, 3, QStringLiteral("Lê Quang Hòa"));
    signers->setCurrentIndex(signers->model()->index(1, 3));
    typeText(recipients, QStringLiteral("- Như trên,"));
    QTest::keyClick(recipients, Qt::Key_Return);
    typeText(recipients, QStringLiteral("- Lưu Văn phòng Tỉnh ủy."));
    // Going back to the first signer shows its own recipients.
    signers->setCurrentIndex(signers->model()->index(0, 1));
    QCOMPARE(recipients->toPlainText(),
        QStringLiteral("- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy."));
    QCOMPARE(signers->model()->index(0, 1).data().toString(), QStringLiteral("T/M BAN THƯỜNG VỤ"));

    QTest::mouseClick(field<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!editor->isVisible(), qPrintable(editor->message()));

    // Read back by a connection of its own, as another program reads the file.
    const qint64 id = fileValue(QStringLiteral("SELECT id FROM issuing_body WHERE issuer_code = "
                                               "'BTVTUVL'"))
                          .toLongLong();
    QVERIFY(id > 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("r"));
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery body(db);
        QVERIFY(body.exec(QStringLiteral(
            "SELECT name, superior_line, issuing_line, place_name, unit_id, numbering, "
            "is_default, closed_on FROM issuing_body WHERE id = %1")
                              .arg(id)));
        QVERIFY(body.next());
        QCOMPARE(body.value(0).toString(), QStringLiteral("Ban Thường vụ Tỉnh ủy Vĩnh Long"));
        QCOMPARE(body.value(1).toString(), QStringLiteral("ĐẢNG BỘ TỈNH VĨNH LONG"));
        QCOMPARE(body.value(2).toString(), QStringLiteral("BAN THƯỜNG VỤ"));
        QCOMPARE(body.value(3).toString(), QStringLiteral("Vĩnh Long"));
        QCOMPARE(body.value(4).toLongLong(), unitId(QStringLiteral("Tỉnh ủy Vĩnh Long")));
        QCOMPARE(body.value(5).toString(), QStringLiteral("term"));
        QCOMPARE(body.value(6).toInt(), 1);
        QVERIFY(body.value(7).isNull());
        QVERIFY(!body.next());
        QSqlQuery term(db);
        QVERIFY(term.exec(QStringLiteral("SELECT name, starts_on, ends_on FROM issuing_body_term "
                                         "WHERE issuing_body_id = %1 ORDER BY starts_on")
                              .arg(id)));
        QVERIFY(term.next());
        QCOMPARE(term.value(0).toString(), QStringLiteral("Nhiệm kỳ 2020–2025"));
        QCOMPARE(term.value(1).toString(), QStringLiteral("2020-10-17"));
        QCOMPARE(term.value(2).toString(), QStringLiteral("2025-10-15"));
        QVERIFY(term.next());
        QCOMPARE(term.value(0).toString(), QStringLiteral("Nhiệm kỳ 2025–2030"));
        QCOMPARE(term.value(1).toString(), QStringLiteral("2025-10-16"));
        QVERIFY(term.value(2).isNull());
        QVERIFY(!term.next());
        QSqlQuery signer(db);
        QVERIFY(signer.exec(QStringLiteral("SELECT report_kind, authority, title, signer_name, "
                                           "recipients, position FROM issuing_body_signer "
                                           "WHERE issuing_body_id = %1 ORDER BY position")
                                .arg(id)));
        QVERIFY(signer.next());
        QCOMPARE(signer.value(0).toString(), QStringLiteral("conference-summary"));
        QCOMPARE(signer.value(1).toString(), QStringLiteral("T/M BAN THƯỜNG VỤ"));
        QCOMPARE(signer.value(2).toString(), QStringLiteral("BÍ THƯ"));
        QCOMPARE(signer.value(3).toString(), QStringLiteral("Đỗ Trọng Hưng"));
        QCOMPARE(signer.value(4).toString(),
            QStringLiteral("- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy."));
        QCOMPARE(signer.value(5).toInt(), 1);
        QVERIFY(signer.next());
        QCOMPARE(signer.value(0).toString(), QStringLiteral("conference-invitations"));
        QCOMPARE(signer.value(1).toString(), QStringLiteral("T/L BAN THƯỜNG VỤ"));
        QCOMPARE(signer.value(2).toString(), QStringLiteral("CHÁNH VĂN PHÒNG"));
        QCOMPARE(signer.value(3).toString(), QStringLiteral("Lê Quang Hòa"));
        QCOMPARE(
            signer.value(4).toString(), QStringLiteral("- Như trên,\n- Lưu Văn phòng Tỉnh ủy."));
        QVERIFY(!signer.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("r"));

    // The list shows it, with its code, place, unit and the default mark.
    SqlListModel *list = page()->listModel();
    const int row = list->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(page()->currentId(), id);
    QCOMPARE(
        list->index(row, IssuingBodyModels::ListCode).data().toString(), QStringLiteral("BTVTUVL"));
    QCOMPARE(list->index(row, IssuingBodyModels::ListPlace).data().toString(),
        QStringLiteral("Vĩnh Long"));
    QCOMPARE(list->index(row, IssuingBodyModels::ListUnit).data().toString(),
        QStringLiteral("Tỉnh ủy Vĩnh Long"));
    QVERIFY(!list->index(row, IssuingBodyModels::ListDefault).data().toString().isEmpty());
    // The quick filter finds it without marks.
    auto *filter = page()->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    typeText(filter, QStringLiteral("ban thuong vu vinh long"));
    QTRY_COMPARE(list->rowCount(), 1);
}

void TestIssuingBodyEditor::overlappingTermsAreRefusedAndNothingIsLost()
{
    IssuingBodyEditor *editor = newBody();
    QVERIFY(editor);
    typeRequiredFields(editor, QStringLiteral("ubktvl"));
    auto *terms = field<QTableView>(editor, "termsTableView");
    QTest::mouseClick(field<QPushButton>(editor, "addTermButton"), Qt::LeftButton);
    typeIntoCell(terms, 0, 0, QStringLiteral("Nhiệm kỳ 2020–2025"));
    typeIntoCell(terms, 0, 1, QStringLiteral("17/10/2020"));
    typeIntoCell(terms, 0, 2, QStringLiteral("20/10/2025"));
    QTest::mouseClick(field<QPushButton>(editor, "addTermButton"), Qt::LeftButton);
    typeIntoCell(terms, 1, 0, QStringLiteral("Nhiệm kỳ 2025–2030"));
    typeIntoCell(terms, 1, 1, QStringLiteral("15/10/2025"));
    field<QTabWidget>(editor, "tabWidget")->setCurrentIndex(0);

    QVERIFY(!editor->save());
    QVERIFY(editor->isVisible());
    // The sentence names both terms and the first day the later one may begin.
    const QString message = editor->message();
    for (const char *part :
        {"Nhiệm kỳ 2020–2025", "Nhiệm kỳ 2025–2030", "20/10/2025", "21/10/2025"})
        QVERIFY2(message.contains(QString::fromUtf8(part)), qPrintable(message));
    QCOMPARE(field<QTabWidget>(editor, "tabWidget")->currentWidget()->objectName(),
        QStringLiteral("termsTab"));
    QCOMPARE(terms->currentIndex().row(), 1);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM issuing_body WHERE issuer_code = "
                                      "'UBKTVL'"))
                 .toInt(),
        0);
    // Everything typed is still there.
    QCOMPARE(field<QLineEdit>(editor, "issuerCodeLineEdit")->text(), QStringLiteral("UBKTVL"));
    QCOMPARE(terms->model()->rowCount(), 2);
    QCOMPARE(
        terms->model()->index(1, 1).data(Qt::EditRole).toString(), QStringLiteral("2025-10-15"));

    // Two open terms overlap too.
    terms->model()->setData(terms->model()->index(0, 2), QVariant());
    QVERIFY(!editor->save());
    QVERIFY2(editor->message().contains(QStringLiteral("Nhiệm kỳ 2020–2025")),
        qPrintable(editor->message()));
    // Put right, it is saved.
    typeIntoCell(terms, 0, 2, QStringLiteral("14/10/2025"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(
        fileValue(QStringLiteral("SELECT count(*) FROM issuing_body_term t JOIN issuing_body b "
                                 "ON b.id = t.issuing_body_id WHERE b.issuer_code = 'UBKTVL'"))
            .toInt(),
        2);
    QCOMPARE(fileValue(QStringLiteral("SELECT t.ends_on FROM issuing_body_term t JOIN "
                                      "issuing_body b ON b.id = t.issuing_body_id WHERE "
                                      "b.issuer_code = 'UBKTVL' AND t.name = ?"),
                 {QStringLiteral("Nhiệm kỳ 2020–2025")})
                 .toString(),
        QStringLiteral("2025-10-14"));
    editor->close();
}

void TestIssuingBodyEditor::aStateAuthorityIsRefused()
{
    IssuingBodyEditor *editor = newBody();
    QVERIFY(editor);
    typeRequiredFields(editor, QStringLiteral("ubktvl"));
    auto *signers = field<QTableView>(editor, "signersTableView");
    QTest::mouseClick(field<QPushButton>(editor, "addSignerButton"), Qt::LeftButton);
    // "Every other kind" comes first.
    QCOMPARE(signers->model()->index(0, 0).data(Qt::EditRole).toString(), QString());
    typeIntoCell(signers, 0, 1, QStringLiteral("tm. ủy ban kiểm tra"));
    typeIntoCell(signers, 0, 2, QStringLiteral("chủ nhiệm"));
    typeIntoCell(signers, 0, 3, QStringLiteral("Nguyễn Thị Hằng"));
    field<QTabWidget>(editor, "tabWidget")->setCurrentIndex(0);
    QVERIFY(!editor->save());
    const QString message = editor->message();
    QVERIFY2(message.contains(QStringLiteral("“TM. ỦY BAN KIỂM TRA”")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("T/M, K/T")), qPrintable(message));
    QCOMPARE(field<QTabWidget>(editor, "tabWidget")->currentWidget()->objectName(),
        QStringLiteral("signersTab"));
    QCOMPARE(signers->currentIndex().column(), 1);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM issuing_body WHERE issuer_code = "
                                      "'UBKTVL'"))
                 .toInt(),
        0);
    QCOMPARE(signers->model()->index(0, 3).data().toString(), QStringLiteral("Nguyễn Thị Hằng"));

    typeIntoCell(signers, 0, 1, QStringLiteral("T/M ỦY BAN KIỂM TRA"));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(
        fileValue(QStringLiteral("SELECT authority FROM issuing_body_signer s JOIN issuing_body b "
                                 "ON b.id = s.issuing_body_id WHERE b.issuer_code = 'UBKTVL'"))
            .toString(),
        QStringLiteral("T/M ỦY BAN KIỂM TRA"));
    QCOMPARE(
        fileValue(QStringLiteral("SELECT report_kind FROM issuing_body_signer s JOIN issuing_body "
                                 "b ON b.id = s.issuing_body_id WHERE b.issuer_code = 'UBKTVL'"))
            .toString(),
        QString(""));
    editor->close();
}

void TestIssuingBodyEditor::partyAuthority_data()
{
    QTest::addColumn<QString>("authority");
    QTest::addColumn<bool>("party");
    QTest::newRow("T/M") << QStringLiteral("T/M BAN THƯỜNG VỤ") << true;
    QTest::newRow("K/T") << QStringLiteral("K/T BÍ THƯ") << true;
    QTest::newRow("T/L") << QStringLiteral("T/L BAN THƯỜNG VỤ") << true;
    QTest::newRow("T/M ỦY BAN") << QStringLiteral("T/M ỦY BAN KIỂM TRA") << true;
    QTest::newRow("state TM.") << QStringLiteral("TM. BAN THƯỜNG VỤ") << false;
    QTest::newRow("state KT.") << QStringLiteral("KT. CHỦ TỊCH") << false;
    QTest::newRow("state TL.") << QStringLiteral("TL. BAN THƯỜNG VỤ") << false;
    QTest::newRow("state lower case") << QStringLiteral("tm. ủy ban") << false;
    QTest::newRow("state alone") << QStringLiteral("TM.") << false;
    QTest::newRow("spaces before") << QStringLiteral("  KT. BÍ THƯ") << false;
}

void TestIssuingBodyEditor::partyAuthority()
{
    QFETCH(QString, authority);
    QFETCH(bool, party);
    QString sentence;
    QCOMPARE(IssuingBodyEditor::isPartyAuthority(authority, &sentence), party);
    QCOMPARE(sentence.isEmpty(), party);
    if (!party)
        QVERIFY(sentence.contains(authority.trimmed()));
}

void TestIssuingBodyEditor::editingKeepsTheRowsIds()
{
    Store *store = m_window->store();
    QString error;
    const auto id = store->insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Tỉnh ủy Thanh Hóa")},
            {QStringLiteral("superior_line"), QStringLiteral("ĐẢNG BỘ TỈNH THANH HÓA")},
            {QStringLiteral("issuing_line"), QStringLiteral("TỈNH ỦY")},
            {QStringLiteral("issuer_code"), QStringLiteral("TUVL")}},
        &error);
    QVERIFY2(id, qPrintable(error));
    const auto term = store->insert(QStringLiteral("issuing_body_term"),
        {{QStringLiteral("issuing_body_id"), *id},
            {QStringLiteral("name"), QStringLiteral("Nhiệm kỳ 2020–2025")},
            {QStringLiteral("starts_on"), QStringLiteral("2020-10-17")}},
        &error);
    QVERIFY2(term, qPrintable(error));
    page()->refresh();
    page()->selectId(*id);
    auto *editor = qobject_cast<IssuingBodyEditor *>(page()->editCurrent());
    QVERIFY(editor);
    QApplication::setActiveWindow(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    QVERIFY(!editor->isDirty());
    auto *terms = field<QTableView>(editor, "termsTableView");
    QCOMPARE(terms->model()->rowCount(), 1);
    QCOMPARE(terms->model()->index(0, 1).data().toString(), QStringLiteral("2020-10-17"));
    QVERIFY(field<QLabel>(editor, "currentTermLabel")
                ->text()
                .contains(QStringLiteral("Nhiệm kỳ 2020–2025")));
    typeIntoCell(terms, 0, 2, QStringLiteral("15/10/2025"));
    QVERIFY(editor->isDirty());
    QVERIFY(!field<QLabel>(editor, "currentTermLabel")
                 ->text()
                 .contains(QStringLiteral("Nhiệm kỳ 2020–2025")));
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QCOMPARE(fileValue(QStringLiteral("SELECT id FROM issuing_body_term WHERE issuing_body_id = ?"),
                 {*id})
                 .toLongLong(),
        *term);
    QCOMPARE(
        fileValue(QStringLiteral("SELECT ends_on FROM issuing_body_term WHERE id = ?"), {*term})
            .toString(),
        QStringLiteral("2025-10-15"));
    QCOMPARE(
        fileValue(QStringLiteral("SELECT version FROM issuing_body_term WHERE id = ?"), {*term})
            .toInt(),
        2);
    editor->close();
}

// The Điện Biên conference names no issuing body: it is issued by the body of its organizer.
// Taking that body's unit away would head its notice "TỈNH ỦY THANH HÓA" (the default body):
// refused with a sentence, until the conference names its issuing body itself.
void TestIssuingBodyEditor::anOrganizersBodyKeepsItsUnit()
{
    const qint64 body = fileValue(QStringLiteral("SELECT id FROM issuing_body WHERE name = "
                                                 "'Ban Thường vụ Tỉnh ủy Điện Biên'"))
                            .toLongLong();
    const qint64 unit
        = fileValue(QStringLiteral("SELECT unit_id FROM issuing_body WHERE id = ?"), {body})
              .toLongLong();
    const qint64 conference = fileValue(QStringLiteral("SELECT id FROM conference WHERE "
                                                       "organizer_unit_id = ? AND "
                                                       "issuing_body_id IS NULL"),
        {unit})
                                  .toLongLong();
    QVERIFY(body > 0 && unit > 0 && conference > 0);
    page()->refresh();
    page()->selectId(body);
    auto *editor = qobject_cast<IssuingBodyEditor *>(page()->editCurrent());
    QVERIFY(editor);
    auto *units = field<ValueComboBox>(editor, "unitComboBox");
    QCOMPARE(units->value().toLongLong(), unit);
    units->setValue(QVariant());
    QVERIFY(!editor->save());
    const QString unitName
        = fileValue(QStringLiteral("SELECT name FROM unit WHERE id = ?"), {unit}).toString();
    QVERIFY2(editor->message().contains(unitName), qPrintable(editor->message()));
    QCOMPARE(fileValue(QStringLiteral("SELECT unit_id FROM issuing_body WHERE id = ?"), {body})
                 .toLongLong(),
        unit);

    // Once the conference names the body, the unit may change.
    Store *store = m_window->store();
    auto record = store->read(QStringLiteral("conference"), conference);
    QVERIFY(record);
    QCOMPARE(store->update(*record, {{QStringLiteral("issuing_body_id"), body}}).outcome,
        Store::Outcome::Written);
    QVERIFY2(editor->save(), qPrintable(editor->message()));
    QVERIFY(fileValue(QStringLiteral("SELECT unit_id FROM issuing_body WHERE id = ?"), {body})
                .isNull());
    editor->close();
}

void TestIssuingBodyEditor::deletingABodyInUseIsRefused()
{
    Store *store = m_window->store();
    QString error;
    const auto used = store->insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy Khối các cơ quan Trung ương")},
            {QStringLiteral("issuing_line"), QStringLiteral("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG")},
            {QStringLiteral("issuer_code"), QStringLiteral("ĐUKCQTW")}},
        &error);
    QVERIFY2(used, qPrintable(error));
    const auto unused = store->insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Ban Tuyên giáo Tỉnh ủy")},
            {QStringLiteral("issuing_line"), QStringLiteral("BAN TUYÊN GIÁO")},
            {QStringLiteral("issuer_code"), QStringLiteral("BTGTUVL")}},
        &error);
    QVERIFY2(unused, qPrintable(error));
    QVERIFY(store->insert(QStringLiteral("issuing_body_term"),
        {{QStringLiteral("issuing_body_id"), *unused},
            {QStringLiteral("name"), QStringLiteral("Nhiệm kỳ 2025–2030")},
            {QStringLiteral("starts_on"), QStringLiteral("2025-10-16")}},
        &error));
    const qint64 conference
        = fileValue(QStringLiteral("SELECT min(id) FROM conference")).toLongLong();
    const std::optional<Store::Record> record
        = store->read(QStringLiteral("conference"), conference);
    QVERIFY(record);
    QVERIFY(store->update(*record, {{QStringLiteral("issuing_body_id"), *used}}).ok());
    page()->refresh();
    const int listed = page()->listModel()->rowCount();

    page()->selectId(*used);
    QStringList texts;
    GuiTestSupport::answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
    page()->deleteCurrent();
    QTRY_COMPARE(texts.size(), 2);
    QVERIFY2(texts.first().contains(QStringLiteral("Đảng ủy Khối các cơ quan Trung ương")),
        qPrintable(texts.first()));
    // The refusal says where it is used.
    QVERIFY2(texts.last().contains(QStringLiteral("hội nghị")), qPrintable(texts.last()));
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM issuing_body WHERE id = ?"), {*used})
                 .toInt(),
        1);

    // One nobody uses goes, with its terms.
    page()->selectId(*unused);
    QCOMPARE(page()->currentId(), *unused);
    texts.clear();
    GuiTestSupport::answerMessageBoxes({QMessageBox::Yes}, &texts);
    page()->deleteCurrent();
    QTRY_COMPARE(texts.size(), 1);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM issuing_body WHERE id = ?"), {*unused})
                 .toInt(),
        0);
    QCOMPARE(fileValue(
                 QStringLiteral("SELECT count(*) FROM issuing_body_term WHERE issuing_body_id = ?"),
                 {*unused})
                 .toInt(),
        0);
    QCOMPARE(page()->listModel()->rowCount(), listed - 1);
}

void TestIssuingBodyEditor::unsavedChangesAreGuarded()
{
    const int bodies = fileValue(QStringLiteral("SELECT count(*) FROM issuing_body")).toInt();
    IssuingBodyEditor *editor = newBody();
    QVERIFY(editor);
    QTest::mouseClick(field<QPushButton>(editor, "addSignerButton"), Qt::LeftButton);
    QVERIFY(editor->isDirty());
    // Esc asks first; Cancel keeps the window and what was typed.
    QStringList texts;
    GuiTestSupport::answerMessageBoxes({QMessageBox::Cancel}, &texts);
    QTest::keyClick(field<QLineEdit>(editor, "nameLineEdit"), Qt::Key_Escape);
    QTRY_COMPARE(texts.size(), 1);
    QVERIFY(editor->isVisible());
    QCOMPARE(field<QTableView>(editor, "signersTableView")->model()->rowCount(), 1);
    GuiTestSupport::answerMessageBoxes({QMessageBox::Discard}, &texts);
    QTest::mouseClick(field<QPushButton>(editor, "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(texts.size(), 2);
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM issuing_body")).toInt(), bodies);
}

void TestIssuingBodyEditor::modelsPassTheTester()
{
    Store *store = m_window->store();
    QString error;
    const auto id = store->insert(QStringLiteral("issuing_body"),
        {{QStringLiteral("name"), QStringLiteral("Tỉnh ủy Thanh Hóa")},
            {QStringLiteral("issuing_line"), QStringLiteral("TỈNH ỦY")},
            {QStringLiteral("issuer_code"), QStringLiteral("TUVL")}},
        &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(store->insert(QStringLiteral("issuing_body_signer"),
        {{QStringLiteral("issuing_body_id"), *id}, {QStringLiteral("report_kind"), QString("")},
            {QStringLiteral("authority"), QStringLiteral("T/M BAN THƯỜNG VỤ")},
            {QStringLiteral("title"), QStringLiteral("BÍ THƯ")},
            {QStringLiteral("signer_name"), QStringLiteral("Đỗ Trọng Hưng")},
            {QStringLiteral("recipients"), QStringLiteral("- Như trên,\n- Lưu VPTU.")}},
        &error));
    std::unique_ptr<SqlListModel> list(IssuingBodyModels::list(store));
    QAbstractItemModelTester listTester(list.get());
    QVERIFY(list->rowOfId(*id) >= 0);
    std::unique_ptr<ChildRowsModel> terms(IssuingBodyModels::terms());
    QAbstractItemModelTester termsTester(terms.get());
    QVERIFY(terms->load(*store, *id));
    terms->appendRow({{QStringLiteral("name"), QStringLiteral("Nhiệm kỳ 2025–2030")}});
    std::unique_ptr<ChildRowsModel> signers(IssuingBodyModels::signers());
    QAbstractItemModelTester signersTester(signers.get());
    QVERIFY(signers->load(*store, *id));
    QCOMPARE(signers->rowCount(), 1);
    // The recipients keep their lines when typed into.
    const QModelIndex recipients
        = signers->index(0, signers->columnOf(QStringLiteral("recipients")));
    QVERIFY(signers->setData(recipients, QStringLiteral("- Như trên,\n- Lưu Văn phòng.")));
    QCOMPARE(
        recipients.data(Qt::EditRole).toString(), QStringLiteral("- Như trên,\n- Lưu Văn phòng."));
    // The other cells stay one line.
    const QModelIndex name = signers->index(0, signers->columnOf(QStringLiteral("signer_name")));
    QVERIFY(signers->setData(name, QStringLiteral("Đỗ Trọng\nHưng")));
    QCOMPARE(name.data(Qt::EditRole).toString(), QStringLiteral("Đỗ Trọng Hưng"));
}

// Every label and button shows its whole text at the size the editor opens in; with
// SECRETARIAT_SCREENSHOTS set to a folder, the list and the editor's tabs are saved there as PNG.
void TestIssuingBodyEditor::formIsNotClipped()
{
    const auto check = &GuiTestSupport::verifyNotClipped;
    typesABodyWithTermsAndSigners();
    // The page as it opens on a file that holds the body.
    QString error;
    QVERIFY2(m_window->openDatabase(m_file, Store::OpenMode::MustExist, &error), qPrintable(error));
    m_window->showPage(DirectoryPage::title(DirectoryPage::Kind::IssuingBodies));
    QVERIFY(page()->listModel()->rowCount() >= 1);
    m_window->resize(1280, 760);
    check(m_window.get(), QStringLiteral("issuing-bodies"));
    auto *editor = qobject_cast<IssuingBodyEditor *>(page()->editCurrent());
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        check(editor, QStringLiteral("issuing-body-%1").arg(tabs->currentWidget()->objectName()));
    }
    editor->close();
}

QTEST_MAIN(TestIssuingBodyEditor)
#include "tst_issuingbodyeditor.moc"

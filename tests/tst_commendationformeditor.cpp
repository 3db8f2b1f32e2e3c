#include "core/labels.h"
#include "core/translations.h"
#include "gui/common/valuecombobox.h"
#include "gui/directories/commendationformeditor.h"
#include "gui/directories/directorypage.h"
#include "gui/mainwindow.h"
#include "models/childrowsmodel.h"
#include "models/commendationformmodels.h"
#include "models/sqllistmodel.h"
#include "guitestsupport.h"
#include "teststore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QAbstractSpinBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using GuiTestSupport::field;
using GuiTestSupport::typeText;

namespace {

const int forms = int(DirectoryPage::Kind::CommendationForms);

} // namespace

class TestCommendationFormEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editsAFormItsBodiesAndLayout();
    void aFieldOffThePageIsRefusedAndNothingIsLost();
    void aNewFormIsSaved();
    void deletingAFormInUseIsRefused();
    void testPageIsPrintedFromTheEditor();
    void modelsPassTheTester();
    void formIsNotClipped();

private:
    DirectoryPage *page() const { return m_window->directoryPage(forms); }
    CommendationFormEditor *open(const QString &name);
    void typeIntoCell(QTableView *view, int row, int column, const QString &text);
    QVariant fileValue(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSupport::fileValue(m_file, sql, values);
    }
    qint64 formId(const QString &name) const
    {
        return fileValue(QStringLiteral("SELECT id FROM commendation_form WHERE name = ?"), {name})
            .toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<MainWindow> m_window;
};

void TestCommendationFormEditor::initTestCase()
{
    QVERIFY(Translations::install(qApp, QStringLiteral("vi")));
    TestSupport::fixClock();
}

void TestCommendationFormEditor::init()
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
    m_window->showPage(DirectoryPage::title(DirectoryPage::Kind::CommendationForms));
    QVERIFY(page() && page()->isVisible());
}

void TestCommendationFormEditor::cleanup()
{
    m_window.reset();
}

CommendationFormEditor *TestCommendationFormEditor::open(const QString &name)
{
    const qint64 id = formId(name);
    if (!id)
        return nullptr;
    page()->selectId(id);
    auto *editor = qobject_cast<CommendationFormEditor *>(page()->editCurrent());
    if (!editor)
        return nullptr;
    QApplication::setActiveWindow(editor);
    if (!QTest::qWaitForWindowActive(editor))
        return nullptr;
    return editor;
}

void TestCommendationFormEditor::typeIntoCell(
    QTableView *view, int row, int column, const QString &text)
{
    for (QWidget *up = view; up && up->parentWidget(); up = up->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(up->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(up);
    }
    const QModelIndex index = view->model()->index(row, column);
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
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
        spin->selectAll();
        typeText(spin, text);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findText(text);
        QVERIFY2(found >= 0, qPrintable(text));
        combo->setCurrentIndex(found);
    } else {
        QFAIL("the cell's editor is neither a line nor a choice");
    }
    QTest::keyClick(editor, Qt::Key_Return);
    const QPointer<QWidget> closing(editor);
    QTRY_VERIFY(!closing || !closing->isVisible());
}

void TestCommendationFormEditor::editsAFormItsBodiesAndLayout()
{
    const qint64 id = formId(QStringLiteral("Giấy khen"));
    QVERIFY(id > 0);
    const int fieldsBefore = fileValue(QStringLiteral("SELECT count(*) FROM certificate_field "
                                                      "WHERE form_id = ?"),
        {id})
                                 .toInt();
    const int bodiesBefore = fileValue(QStringLiteral("SELECT count(*) FROM "
                                                      "commendation_form_authority WHERE "
                                                      "form_id = ?"),
        {id})
                                 .toInt();
    CommendationFormEditor *editor = open(QStringLiteral("Giấy khen"));
    QVERIFY(editor);
    QCOMPARE(editor->fields()->rowCount(), fieldsBefore);
    QCOMPARE(editor->authorities()->rowCount(), bodiesBefore);
    QVERIFY(!editor->isDirty());

    // Stock a little narrower; given to individuals only.
    auto *width = field<QSpinBox>(editor, "widthSpinBox");
    width->selectAll();
    typeText(width, QStringLiteral("290"));
    auto *recipients = field<ValueComboBox>(editor, "recipientsComboBox");
    recipients->setValue(QStringLiteral("individual"));

    // A body that may give it, chosen by its name.
    const QString bodyName
        = fileValue(QStringLiteral("SELECT name FROM issuing_body WHERE id NOT IN (SELECT "
                                   "issuing_body_id FROM commendation_form_authority WHERE "
                                   "form_id = ?) ORDER BY sort_key"),
            {id})
              .toString();
    QVERIFY(!bodyName.isEmpty());
    auto *body = field<ValueComboBox>(editor, "bodyComboBox");
    body->setCurrentIndex(body->findText(bodyName));
    QTest::mouseClick(field<QPushButton>(editor, "addAuthorityButton"), Qt::LeftButton);
    // Added once, however often it is asked.
    QTest::mouseClick(field<QPushButton>(editor, "addAuthorityButton"), Qt::LeftButton);
    QCOMPARE(editor->authorities()->rowCount(), bodiesBefore + 1);

    // A line of fixed text, printed bold at the top.
    auto *fields = field<QTableView>(editor, "fieldsTableView");
    QTest::mouseClick(field<QPushButton>(editor, "addFieldButton"), Qt::LeftButton);
    const int row = editor->fields()->rowCount() - 1;
    ChildRowsModel *model = editor->fields();
    typeIntoCell(fields, row, model->columnOf(QStringLiteral("content")),
        QStringLiteral("Đã có thành tích xuất sắc"));
    typeIntoCell(fields, row, model->columnOf(QStringLiteral("y_mm")), QStringLiteral("80,5"));
    typeIntoCell(fields, row, model->columnOf(QStringLiteral("bold")), QStringLiteral("1"));
    typeIntoCell(fields, row, model->columnOf(QStringLiteral("align")),
        Labels::label(Labels::Enum::TextAlign, QStringLiteral("left")));
    QTest::mouseClick(field<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!editor->isVisible(), qPrintable(editor->message()));

    // Read back by a connection of its own.
    QCOMPARE(
        fileValue(QStringLiteral("SELECT page_width_mm FROM commendation_form WHERE id = ?"), {id})
            .toDouble(),
        290.0);
    QCOMPARE(
        fileValue(QStringLiteral("SELECT recipients FROM commendation_form WHERE id = ?"), {id})
            .toString(),
        QStringLiteral("individual"));
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM commendation_form_authority a JOIN "
                                      "issuing_body b ON b.id = a.issuing_body_id WHERE "
                                      "a.form_id = ? AND b.name = ?"),
                 {id, bodyName})
                 .toInt(),
        1);
    QCOMPARE(
        fileValue(QStringLiteral("SELECT count(*) FROM certificate_field WHERE form_id = ?"), {id})
            .toInt(),
        fieldsBefore + 1);
    QCOMPARE(fileValue(QStringLiteral("SELECT y_mm || '|' || bold || '|' || align || '|' || field "
                                      "FROM certificate_field WHERE form_id = ? AND content = ?"),
                 {id, QStringLiteral("Đã có thành tích xuất sắc")})
                 .toString(),
        QStringLiteral("80.5|1|left|text"));

    // Opened again, it shows what was saved.
    editor = open(QStringLiteral("Giấy khen"));
    QVERIFY(editor);
    QCOMPARE(field<QSpinBox>(editor, "widthSpinBox")->value(), 290);
    QCOMPARE(editor->authorities()->rowCount(), bodiesBefore + 1);
    QCOMPARE(editor->fields()->rowCount(), fieldsBefore + 1);
    QVERIFY(!editor->isDirty());
    editor->close();
}

void TestCommendationFormEditor::aFieldOffThePageIsRefusedAndNothingIsLost()
{
    const qint64 id = formId(QStringLiteral("Bằng khen"));
    CommendationFormEditor *editor = open(QStringLiteral("Bằng khen"));
    QVERIFY(editor);
    ChildRowsModel *model = editor->fields();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->row(i).value(QStringLiteral("field")) == QLatin1String("place_date"))
            row = i;
    }
    QVERIFY(row >= 0);
    auto *fields = field<QTableView>(editor, "fieldsTableView");
    typeIntoCell(fields, row, model->columnOf(QStringLiteral("width_mm")), QStringLiteral("200"));
    QTest::mouseClick(field<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    const QString message = field<QLabel>(editor, "messageLabel")->text();
    // In Vietnamese, as the window speaks; it names the field and the sheet's width.
    QVERIFY2(message.contains(
                 Labels::label(Labels::Enum::CertificateField, QStringLiteral("place_date"))),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("297")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("350")), qPrintable(message));
    // The row is shown, the typing kept, nothing written.
    QCOMPARE(fields->currentIndex().row(), row);
    QCOMPARE(model->row(row).value(QStringLiteral("width_mm")).toString(), QStringLiteral("200"));
    QCOMPARE(fileValue(QStringLiteral("SELECT width_mm FROM certificate_field WHERE form_id = ? "
                                      "AND field = 'place_date'"),
                 {id})
                 .toDouble(),
        120.0);
    // Narrower, it is saved.
    typeIntoCell(fields, row, model->columnOf(QStringLiteral("width_mm")), QStringLiteral("130"));
    QTest::mouseClick(field<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!editor->isVisible(), qPrintable(editor->message()));
    QCOMPARE(fileValue(QStringLiteral("SELECT width_mm FROM certificate_field WHERE form_id = ? "
                                      "AND field = 'place_date'"),
                 {id})
                 .toDouble(),
        130.0);
}

void TestCommendationFormEditor::aNewFormIsSaved()
{
    const int listed = page()->listModel()->rowCount();
    auto *editor = qobject_cast<CommendationFormEditor *>(page()->newRecord());
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QCOMPARE(field<QSpinBox>(editor, "widthSpinBox")->value(), 297);
    QCOMPARE(field<QSpinBox>(editor, "heightSpinBox")->value(), 210);
    // Without a name it is refused with a sentence.
    QTest::mouseClick(field<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY(editor->isVisible());
    QVERIFY(!field<QLabel>(editor, "messageLabel")->text().isEmpty());
    typeText(field<QLineEdit>(editor, "nameLineEdit"), QStringLiteral("Kỷ niệm chương"));
    QTest::mouseClick(field<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QVERIFY2(!editor->isVisible(), qPrintable(editor->message()));
    QVERIFY(formId(QStringLiteral("Kỷ niệm chương")) > 0);
    QCOMPARE(page()->listModel()->rowCount(), listed + 1);
    QCOMPARE(page()->currentId(), formId(QStringLiteral("Kỷ niệm chương")));
}

void TestCommendationFormEditor::deletingAFormInUseIsRefused()
{
    // The demo's commendation is a Bằng khen.
    const qint64 used = formId(QStringLiteral("Bằng khen"));
    QVERIFY(fileValue(QStringLiteral("SELECT count(*) FROM commendation WHERE form_id = ?"), {used})
                .toInt()
        > 0);
    page()->selectId(used);
    QStringList texts;
    GuiTestSupport::answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
    page()->deleteCurrent();
    QTRY_COMPARE(texts.size(), 2);
    // The store's sentence says where it is used.
    const QString refusal = texts.last();
    QVERIFY2(refusal.contains(QStringLiteral("khen thưởng")), qPrintable(refusal));
    QVERIFY(formId(QStringLiteral("Bằng khen")) > 0);

    // A statistics indicator counts the Cờ thi đua given: that form stays too, with a sentence.
    const qint64 counted = formId(QStringLiteral("Cờ thi đua"));
    QVERIFY(fileValue(QStringLiteral("SELECT count(*) FROM stat_indicator WHERE form_id = ?"),
                {counted})
                .toInt()
        > 0);
    page()->selectId(counted);
    texts.clear();
    GuiTestSupport::answerMessageBoxes({QMessageBox::Yes, QMessageBox::Ok}, &texts);
    page()->deleteCurrent();
    QTRY_COMPARE(texts.size(), 2);
    QVERIFY(formId(QStringLiteral("Cờ thi đua")) > 0);

    // One nobody uses goes, with its layout.
    const qint64 unused = formId(QStringLiteral("Huy hiệu 90 năm tuổi Đảng"));
    QVERIFY(unused > 0);
    page()->selectId(unused);
    GuiTestSupport::answerNextMessageBox(QMessageBox::Yes);
    page()->deleteCurrent();
    QCOMPARE(formId(QStringLiteral("Huy hiệu 90 năm tuổi Đảng")), 0);
    QCOMPARE(fileValue(QStringLiteral("SELECT count(*) FROM certificate_field WHERE form_id = ?"),
                 {unused})
                 .toInt(),
        0);
}

void TestCommendationFormEditor::testPageIsPrintedFromTheEditor()
{
    CommendationFormEditor *editor = open(QStringLiteral("Bằng khen"));
    QVERIFY(editor);
    field<QTabWidget>(editor, "tabWidget")->setCurrentWidget(field<QWidget>(editor, "fieldsTab"));
    QString title;
    QTimer::singleShot(0, [&title] {
        const std::function<void()> close = [&title, &close] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview) {
                QTimer::singleShot(10, close);
                return;
            }
            title = preview->windowTitle();
            preview->reject();
        };
        close();
    });
    QTest::mouseClick(field<QPushButton>(editor, "testPageButton"), Qt::LeftButton);
    QTRY_VERIFY(!title.isEmpty());
    QVERIFY2(title.contains(QStringLiteral("Bằng khen")), qPrintable(title));
    editor->close();
}

void TestCommendationFormEditor::modelsPassTheTester()
{
    Store *store = m_window->store();
    std::unique_ptr<SqlListModel> list(CommendationFormModels::list(store));
    QAbstractItemModelTester listTester(list.get());
    QVERIFY(list->rowCount() > 0);
    QCOMPARE(list->rowCount(),
        fileValue(QStringLiteral("SELECT count(*) FROM commendation_form")).toInt());
    std::unique_ptr<ChildRowsModel> fields(CommendationFormModels::fields());
    QAbstractItemModelTester fieldsTester(fields.get());
    QVERIFY(fields->load(*store, formId(QStringLiteral("Bằng khen"))));
    QVERIFY(fields->rowCount() > 0);
    std::unique_ptr<ChildRowsModel> bodies(CommendationFormModels::authorities());
    QAbstractItemModelTester bodiesTester(bodies.get());
    QVERIFY(bodies->load(*store, formId(QStringLiteral("Bằng khen"))));
}

void TestCommendationFormEditor::formIsNotClipped()
{
    const auto check = &GuiTestSupport::verifyNotClipped;
    m_window->resize(1280, 760);
    check(m_window.get(), QStringLiteral("commendation-forms"));
    CommendationFormEditor *editor = open(QStringLiteral("Bằng khen"));
    QVERIFY(editor);
    auto *tabs = field<QTabWidget>(editor, "tabWidget");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        check(editor,
            QStringLiteral("commendation-form-%1").arg(tabs->currentWidget()->objectName()));
    }
    editor->close();
}

QTEST_MAIN(TestCommendationFormEditor)
#include "tst_commendationformeditor.moc"

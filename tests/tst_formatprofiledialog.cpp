#include "core/translations.h"
#include "gui/settings/formatprofiledialog.h"
#include "reports/formatprofile.h"
#include "storage/store.h"
#include "teststore.h"
#include "guitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using GuiTestSupport::typeText;

namespace {

// Answers the next modal message box with the given button and keeps what it said. Polling stops
// when the object goes out of scope or after a few seconds, so that a box which never came
// cannot answer a later one.
class MessageBoxAnswer
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
        m_timer.start(10);
    }

    bool asked() const { return m_asked; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (m_clock.elapsed() > 5000)
                m_timer.stop();
            return;
        }
        m_timer.stop();
        m_asked = true;
        m_text = box->text() + QLatin1Char(' ') + box->informativeText();
        box->button(m_button)->click();
    }

    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_asked = false;
    QString m_text;
};

// Replaces what a line edit holds, as a user does: select all, type over it.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    typeText(edit, text);
}

void retype(QDoubleSpinBox *spinBox, const QString &text)
{
    spinBox->selectAll();
    QTest::keyClicks(spinBox, text);
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
    }
    return QChar();
}

// An office's own format: every value differs from the defaults; the font is one no computer
// here has, as Times New Roman is missing on Linux.
FormatProfile officeProfile()
{
    FormatProfile profile;
    profile.name = QStringLiteral("Văn phòng Huyện ủy Định Hóa");
    profile.pageSize = QStringLiteral("A5");
    profile.landscape = true;
    profile.marginsMm = QMarginsF(35, 25, 15.5, 22);
    profile.mirrorMargins = true;
    profile.fontFamily = QStringLiteral("VNI-Times Secretariat");
    profile.partySize = 16;
    profile.headerSize = 13;
    profile.numberSize = 13.5;
    profile.typeSize = 16;
    profile.excerptSize = 15;
    profile.bodySize = 15;
    profile.recipientsHeadingSize = 13;
    profile.recipientsSize = 11;
    profile.signatureSize = 13;
    profile.pageNumberSize = 12;
    return profile;
}

} // namespace

class TestFormatProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheDefaultsOfAFreshDatabase();
    void savesWhatWasTyped();
    void keepsAFontThatIsNotInstalled();
    void exportThenImportRoundTrips();
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    void restoreDefaultsAsksFirst();
    void unsavedChangesAreGuarded();
    void closesWithoutAskingWhenNothingChanged();
    void ctrlSSaves();
    void everyLabelHasItsOwnAccelerator();
    void tabOrderFollowsTheForm();
    void formIsNotClipped_data();
    void formIsNotClipped();

private:
    int storedProfiles() const;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestFormatProfileDialog::init()
{
    static int counter = 0;
    m_store = TestSupport::open(
        file(QStringLiteral("p-%1.sqlite").arg(++counter)), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
}

void TestFormatProfileDialog::cleanup()
{
    m_store.reset();
}

int TestFormatProfileDialog::storedProfiles() const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM setting WHERE key = 'format_profile'"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestFormatProfileDialog::showsTheDefaultsOfAFreshDatabase()
{
    FormatProfileDialog dialog(m_store.get());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Document format"));
    const auto spin = [&dialog](const char *name) {
        return dialog.findChild<QDoubleSpinBox *>(QLatin1String(name))->value();
    };
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"))->currentData(),
        QVariant(QStringLiteral("A4")));
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("landscapeCheckBox"))->isChecked());
    QCOMPARE(spin("topMarginDoubleSpinBox"), 20.0);
    QCOMPARE(spin("bottomMarginDoubleSpinBox"), 20.0);
    QCOMPARE(spin("leftMarginDoubleSpinBox"), 30.0);
    QCOMPARE(spin("rightMarginDoubleSpinBox"), 15.0);
    QCOMPARE(dialog.findChild<QFontComboBox *>(QStringLiteral("fontComboBox"))->currentText(),
        QStringLiteral("Times New Roman"));
    QCOMPARE(spin("partySizeDoubleSpinBox"), 15.0);
    QCOMPARE(spin("recipientsSizeDoubleSpinBox"), 12.0);
    // The header, signer and recipients are each issuing body's: not asked here, and the form
    // says where they are.
    for (const char *gone : {"superiorBodyLineEdit", "issuingBodyLineEdit", "issuerCodeLineEdit",
             "placeNameLineEdit", "signerAuthorityLineEdit", "signerTitleLineEdit",
             "signerNameLineEdit", "recipientsPlainTextEdit", "headerTab"})
        QVERIFY2(!dialog.findChild<QWidget *>(QLatin1String(gone)), gone);
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("issuingBodiesNoteLabel"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("Directories → Issuing bodies")),
        qPrintable(note->text()));
    QCOMPARE(dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->count(), 2);
    QCOMPARE(dialog.profile().toJson(), FormatProfile::defaults().toJson());
    QVERIFY(!dialog.isDirty());
    QVERIFY(dialog.message().isEmpty());
}

void TestFormatProfileDialog::savesWhatWasTyped()
{
    FormatProfileDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    retype(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("topMarginDoubleSpinBox")),
        QStringLiteral("25"));
    retype(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("leftMarginDoubleSpinBox")),
        QStringLiteral("35"));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("bodySizeDoubleSpinBox"))->stepUp();
    QTest::keyClick(
        dialog.findChild<QCheckBox *>(QStringLiteral("mirrorMarginsCheckBox")), Qt::Key_Space);
    QVERIFY(dialog.isDirty());
    QVERIFY(dialog.windowTitle().endsWith(QLatin1String(" *")));

    // Spaces around the name are not kept.
    retype(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")),
        QStringLiteral("  Văn phòng Tỉnh ủy Thanh Hóa "));

    QVERIFY2(dialog.save(), qPrintable(dialog.message()));
    QVERIFY(!dialog.isDirty());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Document format"));
    QVERIFY(dialog.message().isEmpty());

    const FormatProfile stored = FormatProfile::load(*m_store);
    QCOMPARE(stored.marginsMm, QMarginsF(35, 25, 15, 20));
    QCOMPARE(stored.bodySize, 14.5);
    QVERIFY(stored.mirrorMargins);
    QCOMPARE(stored.name, QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa"));
    QCOMPARE(stored.fontFamily, QStringLiteral("Times New Roman"));

    // The next time the dialog opens it shows what was saved.
    FormatProfileDialog reopened(m_store.get());
    QCOMPARE(reopened.profile().toJson(), stored.toJson());
    QVERIFY(!reopened.isDirty());
}

void TestFormatProfileDialog::keepsAFontThatIsNotInstalled()
{
    const QString missing = officeProfile().fontFamily;
    QVERIFY(!QFontDatabase::hasFamily(missing));
    FormatProfileDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fonts = dialog.findChild<QFontComboBox *>(QStringLiteral("fontComboBox"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("fontNoteLabel"));
    QVERIFY(fonts->fontFilters().testFlag(QFontComboBox::ScalableFonts));

    FormatProfile profile = FormatProfile::defaults();
    profile.fontFamily = missing;
    dialog.setProfile(profile);
    QCOMPARE(fonts->currentText(), missing);
    QCOMPARE(dialog.profile().fontFamily, missing);
    // No stand-in with the same letter widths: this computer cannot print with it, and says so.
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(missing), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("Liberation Serif")), qPrintable(note->text()));
    QVERIFY(dialog.save());
    QCOMPARE(FormatProfile::load(*m_store).fontFamily, missing);

    // Where Times New Roman is missing, the note names its stand-in, as the renderer uses it.
    const QStringList families = QFontDatabase::families();
    if (!families.contains(QLatin1String("Times New Roman"))
        && families.contains(QLatin1String("Liberation Serif"))) {
        dialog.setProfile(FormatProfile::defaults());
        QCOMPARE(dialog.profile().fontFamily, QStringLiteral("Times New Roman"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("“Liberation Serif”, which")),
            qPrintable(note->text()));
    }

    // An installed family is chosen from the list, and the note goes away.
    const QString installed = fonts->itemText(0);
    fonts->setCurrentIndex(0);
    QCOMPARE(dialog.profile().fontFamily, installed);
    QVERIFY(!note->isVisible());
    QVERIFY(dialog.isDirty());
}

void TestFormatProfileDialog::exportThenImportRoundTrips()
{
    const QString path = file(QStringLiteral("huyen-uy.json"));
    const FormatProfile office = officeProfile();
    {
        FormatProfileDialog dialog(m_store.get());
        dialog.setProfile(office);
        QCOMPARE(dialog.profile().toJson(), office.toJson());
        QVERIFY2(dialog.exportTo(path), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QFileInfo(path).fileName()));
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(storedProfiles(), 0); // exporting is not saving

    FormatProfileDialog dialog(m_store.get());
    QCOMPARE(dialog.profile().toJson(), FormatProfile::defaults().toJson());
    QVERIFY2(dialog.importFrom(path), qPrintable(dialog.message()));
    QCOMPARE(dialog.profile().toJson(), office.toJson());
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("pageSizeComboBox"))->currentData(),
        QVariant(QStringLiteral("A5")));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(),
        QStringLiteral("Văn phòng Huyện ủy Định Hóa"));
    // Imported into the form only: the database still has the defaults until Save.
    QVERIFY(dialog.isDirty());
    QCOMPARE(storedProfiles(), 0);
    QVERIFY(dialog.save());
    QCOMPARE(FormatProfile::load(*m_store).toJson(), office.toJson());
}

void TestFormatProfileDialog::refusedImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("ĐẢNG BỘ TỈNH, not a profile") << QString("not a");
    QTest::newRow("other JSON") << QByteArray(R"({"unit": "Tỉnh ủy", "margins": 20})")
                                << QString("not a");
    QTest::newRow("margin out of range")
        << QByteArray(R"({"format": "secretariat-format-profile", "version": 1,
                             "marginsMm": {"top": 2, "bottom": 20, "left": 30, "right": 15}})")
        << QString("Margins");
    QTest::newRow("missing file") << QByteArray() << QString("cannot be read");
}

void TestFormatProfileDialog::refusedImportChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = file(QStringLiteral("import-%1.json").arg(QTest::currentDataTag()));
    if (!content.isEmpty()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    FormatProfileDialog dialog(m_store.get());
    retype(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit")),
        QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa"));
    const QJsonObject before = dialog.profile().toJson();

    QVERIFY(!dialog.importFrom(path));
    QVERIFY2(dialog.message().contains(expected), qPrintable(dialog.message()));
    QCOMPARE(dialog.profile().toJson(), before);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->text(),
        QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa"));
    QCOMPARE(storedProfiles(), 0);
}

void TestFormatProfileDialog::restoreDefaultsAsksFirst()
{
    {
        FormatProfileDialog office(m_store.get());
        office.setProfile(officeProfile());
        QVERIFY(office.save());
    }
    FormatProfileDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *defaultsButton = dialog.findChild<QPushButton *>(QStringLiteral("defaultsButton"));
    {
        MessageBoxAnswer answer(QMessageBox::Cancel);
        defaultsButton->click();
        QVERIFY(answer.asked());
    }
    QCOMPARE(dialog.profile().toJson(), officeProfile().toJson());
    QVERIFY(!dialog.isDirty());
    {
        MessageBoxAnswer answer(QMessageBox::RestoreDefaults);
        defaultsButton->click();
        QVERIFY(answer.asked());
        QVERIFY2(answer.text().contains(QLatin1String("Nothing is saved until you click Save")),
            qPrintable(answer.text()));
    }
    QCOMPARE(dialog.profile().toJson(), FormatProfile::defaults().toJson());
    QVERIFY(dialog.isDirty());
    // Restoring is not saving.
    QCOMPARE(FormatProfile::load(*m_store).toJson(), officeProfile().toJson());
}

void TestFormatProfileDialog::unsavedChangesAreGuarded()
{
    FormatProfileDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    auto *cancelButton = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancelButton);
    retype(name, QStringLiteral("HUYỆN ỦY ĐỊNH HÓA"));
    QVERIFY(dialog.isDirty());

    // Cancel, then "Cancel" in the question: the dialog stays with what was typed.
    {
        MessageBoxAnswer answer(QMessageBox::Cancel);
        cancelButton->click();
        QVERIFY(answer.asked());
        QVERIFY2(answer.text().contains(QLatin1String("not saved")), qPrintable(answer.text()));
    }
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("HUYỆN ỦY ĐỊNH HÓA"));

    // Esc asks the same.
    {
        MessageBoxAnswer answer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(answer.asked());
    }
    QVERIFY(dialog.isVisible());

    // Closing the window, "Discard": nothing reaches the database, and the form forgets it.
    {
        MessageBoxAnswer answer(QMessageBox::Discard);
        dialog.close();
        QVERIFY(answer.asked());
    }
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(storedProfiles(), 0);
    QCOMPARE(name->text(), FormatProfile::defaults().name);
    QVERIFY(!dialog.isDirty());

    // Shown again, edited, closed with "Save": saved and accepted.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(name, QStringLiteral("ĐẢNG ỦY KHỐI"));
    {
        MessageBoxAnswer answer(QMessageBox::Save);
        cancelButton->click();
        QVERIFY(answer.asked());
    }
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(FormatProfile::load(*m_store).name, QStringLiteral("ĐẢNG ỦY KHỐI"));
}

void TestFormatProfileDialog::closesWithoutAskingWhenNothingChanged()
{
    FormatProfileDialog dialog(m_store.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *nameEdit = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    // Typed and typed back is no change (at the end of the name, not over it).
    nameEdit->end(false);
    typeText(nameEdit, QStringLiteral("x"));
    QVERIFY(dialog.isDirty());
    QTest::keyClick(nameEdit, Qt::Key_Backspace);
    QVERIFY(!dialog.isDirty());

    MessageBoxAnswer answer(QMessageBox::Cancel);
    dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QVERIFY(!answer.asked());
    QVERIFY(!dialog.isVisible());
}

void TestFormatProfileDialog::ctrlSSaves()
{
    FormatProfileDialog dialog(m_store.get());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *nameEdit = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    nameEdit->setFocus();
    retype(nameEdit, QStringLiteral("Thanh Hóa"));
    QTest::keySequence(nameEdit, QKeySequence::Save);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(FormatProfile::load(*m_store).name, QStringLiteral("Thanh Hóa"));
}

void TestFormatProfileDialog::everyLabelHasItsOwnAccelerator()
{
    FormatProfileDialog dialog(m_store.get());
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QStringList global;
    for (int i = 0; i < tabs->count(); ++i)
        global << tabs->tabText(i);
    for (const char *name : {"importButton", "exportButton", "defaultsButton"})
        global << dialog.findChild<QPushButton *>(QLatin1String(name))->text();

    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        QStringList texts = global;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
            else
                QVERIFY2(label->wordWrap(), qPrintable(label->objectName() + " has no buddy"));
        }
        for (const QCheckBox *check : page->findChildren<QCheckBox *>())
            texts << check->text();
        QString letters;
        for (const QString &text : texts) {
            const QChar letter = mnemonic(text);
            QVERIFY2(!letter.isNull(), qPrintable(text + " has no accelerator"));
            QVERIFY2(!letters.contains(letter),
                qPrintable(QStringLiteral("%1 shares Alt+%2").arg(text, letter)));
            letters += letter;
        }
    }
}

void TestFormatProfileDialog::tabOrderFollowsTheForm()
{
    FormatProfileDialog dialog(m_store.get());
    const QStringList expected = {"nameLineEdit", "pageSizeComboBox", "landscapeCheckBox",
        "topMarginDoubleSpinBox", "bottomMarginDoubleSpinBox", "leftMarginDoubleSpinBox",
        "rightMarginDoubleSpinBox", "mirrorMarginsCheckBox", "fontComboBox",
        "partySizeDoubleSpinBox", "headerSizeDoubleSpinBox", "numberSizeDoubleSpinBox",
        "typeSizeDoubleSpinBox", "excerptSizeDoubleSpinBox", "bodySizeDoubleSpinBox",
        "recipientsHeadingSizeDoubleSpinBox", "recipientsSizeDoubleSpinBox",
        "signatureSizeDoubleSpinBox", "pageNumberSizeDoubleSpinBox", "guidanceComboBox",
        "lineSpacingDoubleSpinBox", "firstLineIndentDoubleSpinBox", "endMarkComboBox",
        "headerSpellingComboBox", "citationCommaCheckBox", "signerTitleBoldCheckBox",
        "committeesSignKTCheckBox", "programmeNumberedCheckBox", "importButton", "exportButton",
        "defaultsButton"};
    QStringList visited;
    QWidget *start = dialog.findChild<QWidget *>(expected.first());
    QWidget *widget = start;
    do {
        if (expected.contains(widget->objectName()) && !visited.contains(widget->objectName()))
            visited << widget->objectName();
        widget = widget->nextInFocusChain();
    } while (widget != start);
    QCOMPARE(visited, expected);
}

void TestFormatProfileDialog::formIsNotClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    // Last: the translators stay installed for the rest of the program.
    QTest::newRow("vi") << QStringLiteral("vi");
}

void TestFormatProfileDialog::formIsNotClipped()
{
    QFETCH(QString, language);
    if (language != QLatin1String("en"))
        QVERIFY(Translations::install(qApp, language));
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    FormatProfileDialog dialog(m_store.get());
    // The longest texts a profile holds, and the font note that a missing family brings.
    dialog.setProfile(officeProfile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        QWidget *page = tabs->widget(i);
        const QSize needed = page->layout()->minimumSize();
        QVERIFY2(page->width() >= needed.width() && page->height() >= needed.height(),
            qPrintable(QStringLiteral("tab %1 needs %2×%3, has %4×%5")
                           .arg(i)
                           .arg(needed.width())
                           .arg(needed.height())
                           .arg(page->width())
                           .arg(page->height())));
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                QVERIFY2(
                    label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                    qPrintable(button->text()));
        }
        for (const QAbstractSpinBox *spinBox : dialog.findChildren<QAbstractSpinBox *>()) {
            if (spinBox->isVisible())
                QVERIFY2(spinBox->width() >= spinBox->sizeHint().width(),
                    qPrintable(spinBox->objectName()));
        }
        if (!folder.isEmpty()) {
            const QString name
                = QStringLiteral("formatprofiledialog-%1-%2.png").arg(language).arg(i);
            QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
        }
    }
    // A refusal sentence has room too.
    dialog.findChild<QFontComboBox *>(QStringLiteral("fontComboBox"))->setEditText(QString());
    QVERIFY(!dialog.save());
    QApplication::processEvents();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(message->height() >= message->heightForWidth(message->width()));
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        QVERIFY(page->height() >= page->layout()->minimumSize().height());
    }
    if (!folder.isEmpty()) {
        const QString name = QStringLiteral("formatprofiledialog-%1-refused.png").arg(language);
        QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
    }
    // Not larger than a small office screen either.
    QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
}

QTEST_MAIN(TestFormatProfileDialog)
#include "tst_formatprofiledialog.moc"

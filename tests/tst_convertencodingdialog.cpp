#include "gui/tools/convertencodingdialog.h"
#include "text/legacyencoding.h"
#include "guitestsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using GuiTestSupport::field;

// Công cụ › Chuyển mã: text pasted in TCVN3 or VNI reads as Unicode while it is typed, with the
// encoding named; a chosen encoding wins; Unicode text is left alone; Copy puts the result on
// the clipboard.
class TestConvertEncodingDialog : public QObject
{
    Q_OBJECT

private slots:
    void convertsTcvn3AsItIsPasted();
    void convertsVniAndWindows1258WhenChosen();
    void leavesUnicodeAlone();
    void copiesTheResult();
    void isNotClipped();
};

namespace {

// "Hà Nội, ngày 05 tháng 02 năm 2026" typed in .VnTime (TCVN3): its glyph codes as Latin-1.
const QString tcvn3 = QStringLiteral("H\u00b5 N\u00e9i, ng\u00b5y 05 th\u00b8ng 02 n\u00a8m 2026");
const QString unicode = QStringLiteral("Hà Nội, ngày 05 tháng 02 năm 2026");

} // namespace

void TestConvertEncodingDialog::convertsTcvn3AsItIsPasted()
{
    ConvertEncodingDialog dialog;
    dialog.show();
    auto *source = field<QPlainTextEdit>(&dialog, "sourcePlainTextEdit");
    auto *result = field<QPlainTextEdit>(&dialog, "resultPlainTextEdit");
    QVERIFY(result->isReadOnly());
    source->setFocus();
    // Pasted a line at a time: the result follows each change.
    source->insertPlainText(tcvn3);
    QCOMPARE(result->toPlainText(), unicode);
    QCOMPARE(dialog.encodingUsed(), LegacyEncoding::Tcvn3);
    QVERIFY2(field<QLabel>(&dialog, "detectedLabel")->text().contains(QStringLiteral("TCVN3")),
        qPrintable(dialog.detectedText()));
    source->insertPlainText(QStringLiteral("\nT\u00d8nh \u00f1y Tr\u00b5 Vinh"));
    QCOMPARE(result->toPlainText(), unicode + QStringLiteral("\nTỉnh ủy Trà Vinh"));
    // NFC, as the store keeps text.
    QCOMPARE(result->toPlainText(), result->toPlainText().normalized(QString::NormalizationForm_C));
}

void TestConvertEncodingDialog::convertsVniAndWindows1258WhenChosen()
{
    ConvertEncodingDialog dialog;
    auto *combo = field<QComboBox>(&dialog, "encodingComboBox");
    QCOMPARE(combo->count(), 4); // detect, TCVN3, VNI, Windows-1258
    // The VNI text of the same line, found by itself.
    dialog.setSourceText(
        QStringLiteral("Ha\u00f8 No\u00e4i, nga\u00f8y 05 tha\u00f9ng 02 na\u00eam 2026"));
    QCOMPARE(dialog.encodingUsed(), LegacyEncoding::Vni);
    QCOMPARE(dialog.convertedText(), unicode);
    // Chosen by hand: TCVN3 text read as TCVN3 even when the choice is made after pasting.
    dialog.setSourceText(tcvn3);
    combo->setCurrentIndex(combo->findData(int(LegacyEncoding::Tcvn3)));
    QCOMPARE(dialog.encodingUsed(), LegacyEncoding::Tcvn3);
    QCOMPARE(dialog.convertedText(), unicode);
    // Windows-1258 (its combining tone marks as code page characters), chosen.
    dialog.setEncoding(LegacyEncoding::Windows1258);
    dialog.setSourceText(QStringLiteral("Ha\u00cc N\u00f4\u00f2i"));
    QCOMPARE(dialog.encodingUsed(), LegacyEncoding::Windows1258);
    QCOMPARE(dialog.convertedText(), QStringLiteral("Hà Nội"));
}

void TestConvertEncodingDialog::leavesUnicodeAlone()
{
    ConvertEncodingDialog dialog;
    for (const QString &text : {unicode, QStringLiteral("Hello, ASCII only 2026"),
             QStringLiteral("Điện Biên Phủ — Ủy ban kiểm tra")}) {
        dialog.setSourceText(text);
        QCOMPARE(dialog.encodingUsed(), LegacyEncoding::None);
        QCOMPARE(dialog.convertedText(), text);
        QVERIFY(!dialog.detectedText().contains(QStringLiteral("TCVN3")));
    }
    dialog.setSourceText(QString());
    QCOMPARE(dialog.convertedText(), QString());
    QVERIFY(!field<QPushButton>(&dialog, "copyButton")->isEnabled());
}

void TestConvertEncodingDialog::copiesTheResult()
{
    ConvertEncodingDialog dialog;
    dialog.show();
    dialog.setSourceText(tcvn3);
    auto *copy = field<QPushButton>(&dialog, "copyButton");
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), unicode);
    // Close closes.
    QPushButton *close
        = field<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestConvertEncodingDialog::isNotClipped()
{
    ConvertEncodingDialog dialog;
    dialog.setSourceText(tcvn3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GuiTestSupport::verifyNotClipped(&dialog, QStringLiteral("convert-encoding"));
}

QTEST_MAIN(TestConvertEncodingDialog)
#include "tst_convertencodingdialog.moc"

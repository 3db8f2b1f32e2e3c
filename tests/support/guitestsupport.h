#pragma once

// What GUI tests do as a secretary would: type Vietnamese, answer a message box.

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QAbstractButton>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

namespace GuiTestSupport {

// Types any text as key presses: QTest::keyClicks only knows Latin-1, a secretary types
// Vietnamese.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The widget of a form by its object name; a test that names a widget the form lacks stops.
template <typename T> T *field(QWidget *form, const char *name)
{
    auto *widget = form->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

// Every visible label and button of the window shows its whole text; with
// SECRETARIAT_SCREENSHOTS set to a folder, the window is also saved there as NAME.png.
inline void verifyNotClipped(QWidget *window, const QString &name)
{
    QApplication::processEvents();
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                qPrintable(name + QLatin1String(": ") + label->text()));
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty())
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                qPrintable(name + QLatin1String(": ") + button->text()));
    }
    const QString folder = qEnvironmentVariable("SECRETARIAT_SCREENSHOTS");
    if (!folder.isEmpty())
        QVERIFY(window->grab().save(QDir(folder).filePath(name + QLatin1String(".png"))));
}

// Answers the next modal message box (when it appears) with the given button, and keeps its text.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text);
            return;
        }
        if (text)
            *text = box->text() + QLatin1Char(' ') + box->informativeText();
        box->button(button)->click();
    });
}

// Answers the next message boxes, one after the other, with these buttons.
inline void answerMessageBoxes(
    QList<QMessageBox::StandardButton> buttons, QString *firstText = nullptr)
{
    if (buttons.isEmpty())
        return;
    QTimer::singleShot(0, [=]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(buttons.first())) {
            answerMessageBoxes(buttons, firstText);
            return;
        }
        if (firstText)
            *firstText = box->text() + QLatin1Char(' ') + box->informativeText();
        box->button(buttons.takeFirst())->click();
        answerMessageBoxes(buttons);
    });
}

// Answers the next message boxes in turn with these buttons, keeping each box's text.
inline void answerMessageBoxes(QList<QMessageBox::StandardButton> buttons, QStringList *texts)
{
    if (buttons.isEmpty())
        return;
    QTimer::singleShot(0, [=]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(buttons.first())) {
            answerMessageBoxes(buttons, texts);
            return;
        }
        texts->append(box->text() + QLatin1Char(' ') + box->informativeText());
        box->button(buttons.takeFirst())->click();
        answerMessageBoxes(buttons, texts);
    });
}

// Clicks the button of the next modal message box whose text (without its "&") is `button`, and
// keeps the box's text.
inline void clickInNextMessageBox(const QString &button, QString *text = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            clickInNextMessageBox(button, text);
            return;
        }
        if (text)
            *text = box->text() + QLatin1Char(' ') + box->informativeText();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')) == button) {
                candidate->click();
                return;
            }
        }
        qWarning("no button %s in the message box", qPrintable(button));
        box->reject();
    });
}

} // namespace GuiTestSupport

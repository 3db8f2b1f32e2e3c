#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace {
// The smallest date stands for "no date" and is shown as blank.
const QDate emptyDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setMinimumDate(emptyDate);
    setMaximumDate(QDate(9999, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDate(emptyDate);
    setToolTip(tr("dd/MM/yyyy — Delete leaves the date empty"));
    connect(this, &QDateEdit::dateChanged, this, &OptionalDateEdit::valueChanged);
}

QVariant OptionalDateEdit::value() const
{
    return isEmpty() ? QVariant() : QVariant(date().toString(Qt::ISODate));
}

void OptionalDateEdit::setValue(const QVariant &value)
{
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    setDate(parsed.isValid() ? parsed : emptyDate);
}

bool OptionalDateEdit::isEmpty() const
{
    return date() == emptyDate;
}

void OptionalDateEdit::clearValue()
{
    setDate(emptyDate);
}

void OptionalDateEdit::startFromToday()
{
    if (isEmpty()) {
        setDate(QDate::currentDate());
        calendarWidget()->setSelectedDate(date());
    }
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Delete || key == Qt::Key_Backspace)
        && (isEmpty() || lineEdit()->selectedText() == lineEdit()->text())) {
        clearValue();
        return;
    }
    if (isEmpty() && (!event->text().isEmpty() && event->text().at(0).isDigit()))
        startFromToday();
    if (isEmpty() && (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
                      || key == Qt::Key_PageDown))
        startFromToday();
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    startFromToday();
    QDateEdit::mousePressEvent(event);
}

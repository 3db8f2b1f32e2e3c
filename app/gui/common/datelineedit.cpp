#include "datelineedit.h"

#include "core/clock.h"
#include "text/vietnamesetext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QIcon>
#include <QKeyEvent>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace {

std::optional<QDate> parsed(const QString &text, QString *error)
{
    return VietnameseText::parseFormDate(text, error, Clock::application()->today().year());
}

} // namespace

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setToolTip(tr("Type the date as 27/05/2024, 27/5/2024 or 27052024; Alt+Down opens a "
                  "calendar; an empty field has no date."));
    QIcon icon(QStringLiteral(":/icons/calendar.svg"));
    if (icon.pixmap(16).isNull())
        icon = style()->standardIcon(QStyle::SP_FileDialogDetailedView); // no SVG support
    QAction *calendar = addAction(icon, QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateLineEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (!property("invalidDate").toBool() || isValid())
            check();
        const QVariant now = value();
        if (now != m_lastValue || now.isNull() != m_lastValue.isNull()) {
            m_lastValue = now;
            emit valueChanged();
        }
    });
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::tidy);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 48);
}

QVariant DateLineEdit::value() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return {};
    const std::optional<QDate> date = parsed(typed, nullptr);
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(typed);
}

void DateLineEdit::setValue(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    setText(date.isValid() ? VietnameseText::formDate(date)
                           : (value.isNull() ? QString() : value.toString()));
    check();
}

QDate DateLineEdit::date() const
{
    return parsed(text(), nullptr).value_or(QDate());
}

bool DateLineEdit::isEmpty() const
{
    return text().trimmed().isEmpty();
}

bool DateLineEdit::isValid() const
{
    return isEmpty() || parsed(text(), nullptr).has_value();
}

QString DateLineEdit::errorString() const
{
    QString error;
    if (isEmpty() || parsed(text(), &error))
        return QString();
    return error;
}

void DateLineEdit::clearValue()
{
    clear();
}

void DateLineEdit::check()
{
    const QString error = errorString();
    const bool invalid = !error.isEmpty();
    setProperty("invalidDate", invalid);
    // Marked as a field to correct, with the reason where the mouse points.
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #c0392b; }") : QString());
    QLineEdit::setToolTip(invalid ? error : QString());
}

void DateLineEdit::tidy()
{
    const std::optional<QDate> date = parsed(text(), nullptr);
    if (date) {
        const QString shown = VietnameseText::formDate(*date);
        if (shown != text())
            setText(shown);
    }
    check();
}

void DateLineEdit::showCalendar()
{
    if (!m_calendar) {
        auto *popup = new QWidget(this, Qt::Popup);
        auto *layout = new QVBoxLayout(popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(popup);
        m_calendar->setObjectName(QStringLiteral("calendarWidget"));
        m_calendar->setLocale(QLocale());
        m_calendar->setGridVisible(true);
        layout->addWidget(m_calendar);
        const auto choose = [this, popup](QDate chosen) {
            setText(VietnameseText::formDate(chosen));
            check();
            popup->hide();
            setFocus(Qt::PopupFocusReason);
        };
        connect(m_calendar, &QCalendarWidget::activated, this, choose);
        connect(m_calendar, &QCalendarWidget::clicked, this, choose);
    }
    const QDate shown = date().isValid() ? date() : Clock::application()->today();
    m_calendar->setSelectedDate(shown);
    QWidget *popup = m_calendar->parentWidget();
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4
        || (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier))) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateLineEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    check();
}

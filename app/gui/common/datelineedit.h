#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

// A date as a secretary types it: "27/5/2024", "27/05/2024", "27052024", "27-5-24" all mean
// 27 May 2024, and the field shows it as 27/05/2024 when left. Nothing typed is ever replaced by
// another day: an impossible date ("31/02/2024") stays as typed, marked, with a sentence, and the
// record cannot be saved until it is corrected; an emptied field is empty. Alt+Down or F4 (or the
// button at the end) opens a calendar.
//
// Its value (the USER property a form binds) is the ISO date "2024-05-27", NULL when empty, and
// the typed text itself while it is not a date, so that nothing can quietly store another day.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    QVariant value() const;
    void setValue(const QVariant &value);
    QDate date() const;
    bool isEmpty() const;
    // True when the field is empty or holds a real date.
    bool isValid() const;
    // Why the text is not a date; empty when it is one (or the field is empty).
    QString errorString() const;
    void clearValue();
    void showCalendar();

signals:
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void check();
    void tidy();

    QCalendarWidget *m_calendar = nullptr;
    QVariant m_lastValue;
};

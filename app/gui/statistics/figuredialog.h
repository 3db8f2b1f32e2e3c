#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Store;
class ValueComboBox;

// Entering figures (nhập số liệu): an entered indicator in use, a unit, a year, the value and a
// note. "Enter" writes it (a second figure of the same indicator, unit and year replaces the
// first) and stays open for the next; what is wrong is said in a sentence under the fields.
class FigureDialog : public QDialog
{
    Q_OBJECT

public:
    FigureDialog(Store *store, int year, QWidget *parent = nullptr);

    void setIndicator(qint64 id);
    void setUnit(qint64 id);
    // "2.611", "12,5", "12.5": a number as a secretary types it; empty when it is none.
    static std::optional<double> parseValue(const QString &text);
    // Enters the figure as the fields say; false with the sentence shown.
    bool enter();
    QString message() const;
    int entered() const { return m_entered; }

private:
    Store *m_store;
    ValueComboBox *m_indicator = nullptr;
    ValueComboBox *m_unit = nullptr;
    QSpinBox *m_year = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_enter = nullptr;
    int m_entered = 0;
};

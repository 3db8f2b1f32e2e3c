#pragma once

#include "core/labels.h"

#include <QComboBox>
#include <QSqlDatabase>

// A combo whose value is a stored code or record id (not its text), so QDataWidgetMapper can bind
// it to a column through its USER property. Typing filters the list diacritic-insensitively:
// "thanh hoa" finds "Tỉnh ủy Thanh Hóa".
class ValueComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    explicit ValueComboBox(QWidget *parent = nullptr);

    // Enumerated column: the codes with their translated labels.
    void setChoices(const QList<Labels::Choice> &choices);
    // Foreign key: "SELECT id, name FROM …" (a statement of ours, no user text); noneText adds an
    // empty choice first when the column may be NULL.
    void setRecords(const QSqlDatabase &db, const QString &query,
                    const QString &noneText = QString());
    // More records after those, each text after `prefix` ("Đơn vị: …").
    void appendRecords(const QSqlDatabase &db, const QString &query, const QString &prefix);

    QVariant value() const;
    void setValue(const QVariant &value);

    // False when the typed text names no item of the list.
    bool hasValidText() const;

signals:
    void valueChanged();

private:
    void addValue(const QString &text, const QVariant &value);
    // The item the typed text names (any case, with or without marks): -1 for empty text
    // without an empty choice, NoMatch when it names nothing.
    int typedIndex() const;
    void selectTyped();

    static constexpr int NoMatch = -2;
};

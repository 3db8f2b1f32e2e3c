#pragma once

#include "core/labels.h"
#include "models/lookups.h"

#include <QComboBox>

#include <functional>

// A combo whose value is a stored code or record id (not its text), so QDataWidgetMapper can bind
// it to a column through its USER property. Typing filters the list diacritic-insensitively:
// "thanh hoa" finds "Tỉnh ủy Thanh Hóa".
class QTimer;

class ValueComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    explicit ValueComboBox(QWidget *parent = nullptr);

    // Enumerated column: the codes with their translated labels.
    void setChoices(const QList<Labels::Choice> &choices);
    // Foreign key: the records to choose from; noneText adds an empty choice first when the
    // column may be NULL. Filling it again (a record was added meanwhile) keeps the value chosen
    // and the text typed, and says nothing: adding elsewhere never changes this field.
    void setItems(const QList<Lookups::Item> &items, const QString &noneText = QString());
    // A list too long to hold (a province's directory): the items are what `search` finds for
    // the text typed, looked up a moment after the last key and offered in the popup.
    using Search = std::function<QList<Lookups::Item>(const QString &typed)>;
    void setSearch(Search search);
    // An item that is not stored yet (a document added on the spot, written with the record):
    // kept when the list is filled again.
    void addUnsavedItem(const QString &text, const QVariant &value);

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
    void searchTyped();

    static constexpr int NoMatch = -2;
    QList<Lookups::Item> m_unsaved;
    Search m_search;
    QTimer *m_searchTimer = nullptr;
};

#include "valuecombobox.h"

#include "text/vietnamesetext.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace {

constexpr int ValueRole = Qt::UserRole;
constexpr int FoldedRole = Qt::UserRole + 1;

// Matches what is typed against the folded names, and shows the real ones.
class FoldingCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {VietnameseText::fold(path)};
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(Qt::DisplayRole).toString();
    }
};

} // namespace

ValueComboBox::ValueComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setModel(new QStandardItemModel(this));
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, &ValueComboBox::valueChanged);
}

void ValueComboBox::addValue(const QString &text, const QVariant &value)
{
    auto *item = new QStandardItem(text);
    item->setData(value, ValueRole);
    item->setData(VietnameseText::fold(text), FoldedRole);
    static_cast<QStandardItemModel *>(model())->appendRow(item);
}

void ValueComboBox::setChoices(const QList<Labels::Choice> &choices)
{
    const QSignalBlocker blocker(this);
    clear();
    setEditable(false);
    for (const Labels::Choice &choice : choices)
        addValue(choice.label, choice.code);
}

void ValueComboBox::setItems(const QList<Lookups::Item> &items, const QString &noneText)
{
    const bool refill = count() > 0;
    const QVariant chosen = value();
    const QString typed = currentText();
    const bool typedOwn = refill && isEditable() && !hasValidText();
    const QSignalBlocker blocker(this);
    clear();
    if (!noneText.isNull())
        addValue(noneText, QVariant());
    for (const Lookups::Item &item : items + m_unsaved)
        addValue(item.text, item.value);

    if (!isEditable()) {
        setEditable(true);
        auto *completer = new FoldingCompleter(model(), this);
        completer->setCompletionRole(FoldedRole);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        setCompleter(completer);
        // Leaving the field (Tab, a click elsewhere, Enter) turns "thanh hoa" into the unit's
        // name.
        connect(lineEdit(), &QLineEdit::editingFinished, this, &ValueComboBox::selectTyped);
    }
    if (!noneText.isEmpty())
        lineEdit()->setPlaceholderText(noneText);
    if (refill) {
        setValue(chosen);
        if (typedOwn)
            setEditText(typed);
    }
}

void ValueComboBox::setSearch(Search search)
{
    m_search = std::move(search);
    setItems({});
    // Every result is offered: the search found them by words, not by the text as a whole.
    completer()->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &ValueComboBox::searchTyped);
    connect(lineEdit(), &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
}

void ValueComboBox::searchTyped()
{
    const QString typed = currentText();
    const QList<Lookups::Item> found
        = typed.trimmed().isEmpty() ? QList<Lookups::Item>() : m_search(typed);
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const Lookups::Item &item : found)
            addValue(item.text, item.value);
        setCurrentIndex(-1);
        setEditText(typed);
    }
    if (!found.isEmpty() && lineEdit()->hasFocus())
        completer()->complete();
}

void ValueComboBox::addUnsavedItem(const QString &text, const QVariant &value)
{
    m_unsaved.append({value, text});
    addValue(text, value);
}

int ValueComboBox::typedIndex() const
{
    if (!isEditable())
        return currentIndex();
    const QString typed = currentText().trimmed();
    if (currentIndex() >= 0 && itemText(currentIndex()) == typed)
        return currentIndex();
    const QString folded = VietnameseText::fold(typed);
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, FoldedRole).toString() == folded)
            return i;
    }
    if (folded.isEmpty())
        return count() > 0 && itemData(0, ValueRole).isNull() ? 0 : -1;
    return NoMatch;
}

QVariant ValueComboBox::value() const
{
    const int index = typedIndex();
    return index >= 0 ? itemData(index, ValueRole) : QVariant();
}

void ValueComboBox::setValue(const QVariant &value)
{
    for (int i = 0; i < count(); ++i) {
        const QVariant candidate = itemData(i, ValueRole);
        if (candidate.isNull() ? value.isNull() || value.toString().isEmpty()
                               : !value.isNull() && candidate.toString() == value.toString()) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(-1);
}

bool ValueComboBox::hasValidText() const
{
    return typedIndex() != NoMatch;
}

void ValueComboBox::selectTyped()
{
    const int index = typedIndex();
    if (index >= 0 && (index != currentIndex() || currentText() != itemText(index))) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    }
}

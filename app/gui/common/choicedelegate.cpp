#include "choicedelegate.h"

#include "valuecombobox.h"

ChoiceDelegate::ChoiceDelegate(Labels::Enum choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
{ }

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new ValueComboBox(parent);
    combo->setChoices(Labels::choices(m_choices));
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<ValueComboBox *>(editor);
    const QSignalBlocker blocker(combo);
    combo->setValue(index.data(Qt::EditRole));
}

void ChoiceDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<ValueComboBox *>(editor)->value(), Qt::EditRole);
}

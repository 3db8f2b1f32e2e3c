#pragma once

#include "core/labels.h"

#include <QStyledItemDelegate>

// Edits a coded column (a role, an attendance, a programme item's kind) with a combo of its
// translated choices; the model keeps the code.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(Labels::Enum choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Labels::Enum m_choices;
};

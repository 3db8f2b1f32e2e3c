#pragma once

#include <QStyledItemDelegate>

// A date cell of child rows: shown as 02/11/2025, typed as in every date field of the program
// (DateLineEdit), kept ISO. What is typed stays in the row even when it is not a date, so that
// the save can say so and nothing is lost.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

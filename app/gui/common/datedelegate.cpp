#include "datedelegate.h"

#include "datelineedit.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSignalBlocker>

QString DateDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? VietnameseText::formDate(date)
                          : QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    return new DateLineEdit(parent);
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *date = static_cast<DateLineEdit *>(editor);
    const QSignalBlocker blocker(date);
    date->setValue(index.data(Qt::EditRole));
}

void DateDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<DateLineEdit *>(editor)->value(), Qt::EditRole);
}

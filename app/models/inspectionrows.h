#pragma once

#include "childrowsmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>

// Child rows whose stored value is not what a reader wants to see: an id shown as the name of
// the unit, person or content it stands for, an ISO date shown as 02/11/2023. The row keeps the
// stored value (what is edited and saved); only the text shown changes.
class NamedRowsModel : public ChildRowsModel
{
    Q_OBJECT

public:
    using Shown = std::function<QVariant(const QVariantMap &row)>;

    using ChildRowsModel::ChildRowsModel;

    // The text shown (and in the tooltip) for the column of `field`.
    void setShown(const QString &field, Shown shown);
    // A tooltip of its own for the cells of the column.
    void setToolTip(const QString &field, Shown toolTip);
    // The colour of the cells' text (a confidential column, one only shown).
    void setForeground(const QString &field, const QColor &color);
    // What the header of the column says when pointed at.
    void setHeaderToolTip(const QString &field, const QString &toolTip);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<int, Shown> m_shown; // by column
    QHash<int, Shown> m_toolTips;
    QHash<int, QColor> m_foregrounds;
    QHash<int, QString> m_headerToolTips;
};

// What an inspected target owns, edited in its editor: the working sessions, the violations
// found, the recommendations made.
class InspectionRows
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRows)

public:
    static NamedRowsModel *sessions(QObject *parent = nullptr);
    // A member's violation names the member: the column says it is confidential.
    static NamedRowsModel *violations(QObject *parent = nullptr);
    // Status and the latest remedy report are shown, never written here: they change only
    // through the recommendation's history. Each row also carries "history", the number of its
    // remedy events.
    static NamedRowsModel *recommendations(QObject *parent = nullptr);

    // What the editor of a target shows about the inspection it belongs to.
    struct Context
    {
        qint64 teamId = 0;
        QString teamName; // "Đoàn kiểm tra số 5"
        QString targetName; // the unit's name, or the member's
        QDate startsOn; // the working period, when set
        QDate endsOn;
        QList<std::pair<qint64, QString>> topics; // the inspection's contents, in order
    };
    static Context context(const Store &store, qint64 targetId);

    // The words marking a member's name as confidential (a column header's tooltip, a label).
    static QString confidentialNote();
};

#pragma once

#include "childrowsmodel.h"
#include "lookups.h"
#include "sqllistmodel.h"

#include <QCoreApplication>

// The recipients of a commendation. Once it is decided the list is frozen (as the store's
// triggers keep it): only a badge's number may still be written.
class RecipientRowsModel : public ChildRowsModel
{
    Q_OBJECT

public:
    using ChildRowsModel::ChildRowsModel;

    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool m_frozen = false;
};

// The commendations (hồ sơ khen thưởng): their list, the recipients a commendation owns in its
// editor, and the small questions the page and the editor ask about them. SQL stays here.
class CommendationLists
{
    Q_DECLARE_TR_FUNCTIONS(CommendationLists)

public:
    enum Column {
        Id,
        Decision,
        Form,
        Reason,
        ProposedBy,
        DecidedBy,
        Recipients,
        Status,
        Conference
    };

    // Every commendation: its decision (number and date, or that it is not decided yet), form,
    // reason, who proposed and who decides, its recipients accepted out of those listed.
    static SqlListModel *commendations(Store *store, QObject *parent = nullptr);
    // The year filter: the decision's date, else the proposal's ("?"s = the year's first day and
    // the next year's, twice).
    static QString yearCondition();
    // The form filter ("?" = a form's id; 0 = the badge rounds, which have no form of their own).
    static QString formCondition();

    // The recipients of a commendation, in the list's order.
    static RecipientRowsModel *recipients(QObject *parent = nullptr);

    // The years with a commendation decided (or proposed), newest first.
    static QList<int> years(const Store &store);
    // The forms of the directory, in its order.
    static QList<Lookups::Item> forms(const Store &store);
    // The conferences, newest first: "dd/MM/yyyy — title".
    static QList<Lookups::Item> conferences(const Store &store);
    // Who a form is given to: "collective", "individual" or "both" (empty: no such form).
    static QString formRecipients(const Store &store, qint64 formId);
    // False when the directory names the bodies that may give the form and `bodyId` is not one.
    static bool bodyMayGive(const Store &store, qint64 bodyId, qint64 formId);
    // The status of a stored commendation (empty when there is none).
    static QString status(const Store &store, qint64 id);
    // Awards given: the accepted recipients of decided commendations.
    static int awardedCount(const Store &store);
};

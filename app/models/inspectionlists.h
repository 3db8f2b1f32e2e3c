#pragma once

#include "childrowsmodel.h"
#include "lookups.h"
#include "sqllistmodel.h"

#include <QCoreApplication>
#include <QDate>

// The inspections (Đoàn kiểm tra): their list, the rows an inspection owns in its editor, and
// the small questions the page and the editor ask about them. SQL stays here.
class InspectionLists
{
    Q_DECLARE_TR_FUNCTIONS(InspectionLists)

public:
    enum TeamColumn {
        TeamId,
        TeamNumber,
        TeamDecidedOn,
        TeamName,
        TeamBody,
        TeamDocument,
        TeamPeriod,
        TeamStatus,
        TeamTargets,
        TeamOpen,
        TeamOverdue,
        TeamSecrecy
    };

    // Every inspection with its counts; overdue = deadline before the store clock's today and
    // not yet remedied (pending or in progress).
    static SqlListModel *teams(Store *store, QObject *parent = nullptr);
    // The condition of the "has overdue recommendations" filter ("?" = today).
    static QString overdueCondition();
    // The year filter: the decision's date, else the start of the work ("?"s = the year's first
    // day and the next year's, twice).
    static QString yearCondition();

    // Child rows of an inspection.
    static ChildRowsModel *members(QObject *parent = nullptr);
    static ChildRowsModel *targets(QObject *parent = nullptr);
    static ChildRowsModel *topics(QObject *parent = nullptr);

    // The years with an inspection decided (or begun), newest first.
    static QList<int> years(const Store &store);
    // People ("p:12") and units ("u:3") whose names hold the words typed; a unit abolished or
    // merged shows its successor: "Tên (nay là …)".
    static QList<Lookups::Item> findPeople(
        const Store &store, const QString &typed, int limit = 30);
    static QList<Lookups::Item> findTargets(
        const Store &store, const QString &typed, const QString &unitPrefix, int limit = 30);
    // A unit's name as a target shows it (with its successor when it has one).
    static QString targetUnitName(const Store &store, qint64 unitId);
    // The issuing body chosen for a new record (the default one), 0 when none is.
    static qint64 defaultBody(const Store &store);
    // The targets of an inspection: id and name, in order.
    static QList<Lookups::Item> targetsOf(const Store &store, qint64 teamId);
    // How many recommendations the inspection's targets (or one target) have.
    static int recommendationCount(const Store &store, qint64 teamId);
    static int targetRecommendationCount(const Store &store, qint64 targetId);

    // The decision as our register issued it (number and date), when it did.
    struct IssuedDecision
    {
        QString code;
        QDate issuedOn;
    };
    static std::optional<IssuedDecision> issuedDecision(const Store &store, qint64 teamId);
};

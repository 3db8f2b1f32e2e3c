#pragma once

#include "sqllistmodel.h"

#include <QDate>
#include <QIcon>

// The follow-up list (Kết luận kiểm tra): every recommendation across inspections, with its
// target, inspection, responsible unit, deadline and what is left of it ("còn 12 ngày", "quá hạn
// 5 ngày"), its status and the latest remedy report. Lazy as every list; the quick filter
// searches the recommendations' full-text index (their content, the latest report and the
// responsible unit's name). Overdue rows (Remedies::isOverdue, today from the store's clock)
// are red, with a warning icon and the words "quá hạn": never colour alone.
class FollowUpList : public SqlListModel
{
    Q_OBJECT

public:
    // What a secretary follows first comes first: whom, what, by when, where it stands.
    enum Column {
        Id,
        Target,
        Content,
        Deadline,
        Due,
        Status,
        LatestReport, // shown with its date: "28/11/2026: Đã bổ sung …"
        ResponsibleUnit,
        Inspection,
        ReportedOn
    };
    // True on every column of an overdue row.
    static constexpr int OverdueRole = Qt::UserRole + 20;

    FollowUpList(Store *store, QObject *parent = nullptr);

    // The page's filters, each through the one rule of Remedies.
    void setOverdueOnly(bool on);
    void setDueWithin(int days); // 0: no such filter
    void setStatus(const QString &status); // empty: all; "open": pending or being remedied
    void setTargetUnit(qint64 unitId); // 0: all
    void setInspection(qint64 teamId);
    void setResponsibleUnit(qint64 unitId);

    // Of the rows the filters match, those overdue (one count in SQL).
    int overdueMatchingCount() const;
    // The statement of that count, for the benchmark.
    Statement overdueCountStatement() const;
    QDate today() const;
    bool isOverdueAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // What the filters offer: the units inspected, the inspections and the responsible units
    // that have recommendations, by name.
    struct Choice
    {
        QString text;
        qint64 id = 0;
    };
    static QList<Choice> targetUnits(const Store &store);
    static QList<Choice> inspections(const Store &store);
    static QList<Choice> responsibleUnits(const Store &store);

private:
    Store *m_listStore;
    QIcon m_overdueIcon;
};

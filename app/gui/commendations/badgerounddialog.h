#pragma once

#include "storage/partybadges.h"

#include <QDialog>

#include <memory>
#include <optional>

class Store;
namespace Ui {
class BadgeRoundDialog;
}

// "Xét tặng Huy hiệu Đảng…": a round (the next one by default), the body that decides, a unit or
// all; the members due a badge then (PartyBadges::candidates) ticked, the near misses greyed
// with the day they will be eligible; "Lập danh sách" makes the round's commendation with its
// rows in one transaction and says so (roundCreated) for the window to open it.
class BadgeRoundDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BadgeRoundDialog(Store *store, QWidget *parent = nullptr);
    ~BadgeRoundDialog() override;

    QDate roundOn() const;
    qint64 bodyId() const;
    qint64 unitId() const;
    // The members shown: those due, then the near misses; and which are ticked.
    const std::optional<PartyBadges::Round> &round() const { return m_round; }
    QList<PartyBadges::Candidate> ticked() const;
    // Makes the list of those ticked; the new commendation's id, or nothing (the sentence shown).
    std::optional<qint64> createList();

    // "Cấp số huy hiệu": picks a decided round, asks for the province's prefix the first time,
    // gives the numbers and says how many.
    static void assignNumbers(Store *store, QWidget *parent);

signals:
    void roundCreated(qint64 commendationId);

private:
    void refill();
    void setAllTicked(bool ticked);
    void updateMessage();

    std::unique_ptr<Ui::BadgeRoundDialog> m_ui;
    Store *m_store;
    std::optional<PartyBadges::Round> m_round;
};

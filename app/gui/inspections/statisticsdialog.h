#pragma once

#include "reports/inspectionstatistics.h"

#include <QDialog>

#include <memory>
#include <optional>

class Store;
namespace Ui {
class StatisticsDialog;
}

// The inspection statistics on screen (InspectionStatistics): an issuing body or all, a period
// (quarter I, 6 months, 9 months, a year, a term of the body, or any dates), the table counted
// from the records at once, and the same table printed or saved as the "inspection-statistics"
// document.
class StatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatisticsDialog(Store *store, QWidget *parent = nullptr);
    ~StatisticsDialog() override;

    // The period shown, or an invalid one (with the sentence under the table).
    InspectionStatistics::Period period() const;
    qint64 bodyId() const;
    std::optional<InspectionStatistics::Counts> counts() const { return m_counts; }

private:
    void fillTerms();
    void presetChanged();
    void recount();
    void output(bool print);

    std::unique_ptr<Ui::StatisticsDialog> m_ui;
    Store *m_store;
    std::optional<InspectionStatistics::Counts> m_counts;
    bool m_filling = false;
};

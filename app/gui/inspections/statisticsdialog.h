#pragma once

#include "reports/commendationreport.h"
#include "reports/inspectionstatistics.h"

#include "io/spreadsheet.h"

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
// document. For commendations (CommendationReport) the same period gives the awards by form,
// collectives and individuals, printed as the statistics or as the register of awards.
class StatisticsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Inspections, Commendations };
    explicit StatisticsDialog(
        Store *store, QWidget *parent = nullptr, Subject subject = Subject::Inspections);
    ~StatisticsDialog() override;

    // The period shown, or an invalid one (with the sentence under the table).
    InspectionStatistics::Period period() const;
    qint64 bodyId() const;
    std::optional<InspectionStatistics::Counts> counts() const { return m_counts; }
    std::optional<CommendationReport::Counts> formCounts() const { return m_formCounts; }
    // The table as its Excel button writes it: the counts as numbers, titled with the period.
    Spreadsheet::Table table() const;

private:
    void fillTerms();
    void presetChanged();
    void recount();
    void showCounts();
    void showFormCounts();
    void output(const char *kind, bool print);
    void exportTable();

    std::unique_ptr<Ui::StatisticsDialog> m_ui;
    Store *m_store;
    Subject m_subject;
    std::optional<InspectionStatistics::Counts> m_counts;
    std::optional<CommendationReport::Counts> m_formCounts;
    bool m_filling = false;
};

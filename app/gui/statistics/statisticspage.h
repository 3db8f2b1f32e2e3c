#pragma once

#include "reports/reports.h"
#include "reports/statisticstable.h"

#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class Store;
class StatisticsTableModel;
class ValueComboBox;

// Số liệu thống kê: the choices of a cross table (columns by unit or by year, the years, the
// unit, which indicators), the table, the chart of the row chosen in it beside it (bars per
// unit, a line over the years), and the ways in: entering figures, the indicator catalogue,
// printing the Báo cáo số liệu (File → Print, Print preview, Save as PDF).
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPage(Store *store, QWidget *parent = nullptr);

    // Builds the table again from the choices (after a change of the file, or of a choice).
    void refresh();
    StatisticsTable::Options options() const;
    const StatisticsTable::Table &table() const;
    // The row the chart shows (-1: none).
    int chartRow() const { return m_chartRow; }
    QChart *chart() const;

    void preview();
    void print();
    void exportDocument();
    // The table to .xlsx or .csv, asking for the file.
    void exportTable();

private:
    void showChart(int row);
    // The Báo cáo số liệu of the table shown, with the chart of the row chosen.
    std::optional<Reports::Built> report();
    void enterFigures();
    void editIndicators();

    Store *m_store;
    QComboBox *m_by = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    ValueComboBox *m_unit = nullptr;
    QComboBox *m_show = nullptr;
    QCheckBox *m_withFigures = nullptr;
    QPushButton *m_enter = nullptr;
    QPushButton *m_indicators = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_excel = nullptr;
    QTableView *m_view = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_message = nullptr;
    StatisticsTableModel *m_model = nullptr;
    int m_chartRow = -1;
    bool m_refreshing = false;
};

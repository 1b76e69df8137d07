#pragma once

#include "core/profile.h"
#include "services/statistics.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace avfall {
class NoteStore;
}

namespace avfall::app {

// Statistik: the reported kilograms (services/reporting.h) of a period and one environment,
// per month, waste code, note type and party, each as a chart with its figures beside it. Hovering
// a bar shows its value; the chart can be saved as PNG or PDF, the year as Årssammanställning.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    enum Chart
    {
        Months,
        WasteCodes,
        NoteTypes,
        Parties,
        ChartCount
    };

    StatisticsPage(NoteStore &store, const Profile &profile, QWidget *parent = nullptr);

    // Sums again; while the page is hidden only at the next show.
    void reload();

    const Statistics &statistics() const { return m_statistics; }
    QTabWidget *charts() const { return m_tabs; }
    QChartView *chartView(Chart chart) const { return m_views[chart]; }
    QBarSet *bars(Chart chart) const { return m_bars[chart]; }
    QTableWidget *figures() const { return m_figures; }
    QString totalText() const;
    QString emptyText() const; // empty while there is something to show
    QString hoverText() const;

    // The chart on the current tab, as PNG or PDF by the file's suffix.
    bool saveChart(const QString &fileName) const;
    // Årssammanställning of the year of the period's last month, for the own company (Inställningar).
    bool writeYearlySummary(const QString &fileName) const;
    int summaryYear() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Entry
    {
        QString label;
        QString detail; // the tooltip: what the short label stands for
        Sum sum;
    };
    QList<Entry> entries(Chart chart) const;
    QString partyLabel(const QString &number) const;
    void applyPreset();
    void periodEdited();
    void showChart(Chart chart);
    void showFigures();
    void saveChartWithDialog();
    void writeSummaryWithDialog();

    NoteStore &m_store;
    Profile m_profile;
    Statistics m_statistics;
    bool m_stale = true;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_environment;
    QLabel *m_total;
    QLabel *m_empty;
    QLabel *m_hover;
    QStackedWidget *m_content;
    QTabWidget *m_tabs;
    QTableWidget *m_figures;
    QChartView *m_views[ChartCount] = {};
    QBarSet *m_bars[ChartCount] = {};
    QPushButton *m_saveChart;
    QPushButton *m_summary;
};

} // namespace avfall::app

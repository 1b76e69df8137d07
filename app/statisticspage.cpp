#include "app/statisticspage.h"
#include "widgets/dialogseam.h"

#include "app/yearlysummary.h"
#include "core/identitynumber.h"
#include "core/reportingfacts.h"
#include "core/settings.h"
#include "core/valuelists.h"
#include "store/notestore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace avfall::app {

namespace {
constexpr int kTopEntries = 10; // the rest of a long list is one bar, "Övriga"

enum Preset
{
    LastTwelveMonths,
    ThisYear,
    LastYear,
    OwnChoice
};

QString kilogramText(double kilograms)
{
    // Sums of decimals (0.1 + 0.2) are shown as the grams they are.
    return QLocale().toString(qRound64(kilograms * 1000) / 1000.0, 'f', QLocale::FloatingPointShortest);
}

QString monthText(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(first, QStringLiteral("MMM yyyy"));
}

// "jan" on the axis (the year as well when the period spans more than one), the whole month in
// the figures and the tooltip.
QString axisMonth(const QString &month, bool withYear)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    QString name = QLocale().toString(first, QStringLiteral("MMM"));
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return withYear ? name + QStringLiteral(" ") + first.toString(QStringLiteral("yy")) : name;
}

QString notesText(int notes)
{
    return notes == 1 ? StatisticsPage::tr("1 anteckning")
                      : StatisticsPage::tr("%1 anteckningar").arg(QLocale().toString(notes));
}

QDate thisMonth()
{
    const QDate today = facts::swedishTime(QDateTime::currentDateTimeUtc()).date();
    return QDate(today.year(), today.month(), 1);
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QStringLiteral("…");
}
} // namespace

StatisticsPage::StatisticsPage(NoteStore &store, const Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_profile(profile)
    , m_preset(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_environment(new QComboBox)
    , m_total(new QLabel)
    , m_empty(new QLabel)
    , m_hover(new QLabel)
    , m_content(new QStackedWidget)
    , m_tabs(new QTabWidget)
    , m_figures(new QTableWidget(0, 3))
    , m_saveChart(new QPushButton(tr("&Spara diagram …")))
    , m_summary(new QPushButton(tr("Å&rssammanställning (PDF) …")))
{
    setObjectName(QStringLiteral("statisticsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Statistik</h2>")));

    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItem(tr("Senaste 12 månaderna"), LastTwelveMonths);
    m_preset->addItem(tr("I år"), ThisYear);
    m_preset->addItem(tr("Förra året"), LastYear);
    m_preset->addItem(tr("Eget urval"), OwnChoice);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(false);
        edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 1));
    }
    m_from->setObjectName(QStringLiteral("fromMonth"));
    m_from->setAccessibleName(tr("Från månad"));
    m_to->setObjectName(QStringLiteral("toMonth"));
    m_to->setAccessibleName(tr("Till månad"));
    m_environment->setObjectName(QStringLiteral("environmentChooser"));
    m_environment->setAccessibleName(tr("Miljö"));
    for (Environment environment :
         {Environment::Production, Environment::Test, Environment::Sandbox, Environment::Custom})
        m_environment->addItem(environmentDisplayName(environment), int(environment));

    auto *choices = new QHBoxLayout;
    const auto labelled = [choices](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text);
        label->setBuddy(widget);
        choices->addWidget(label);
        choices->addWidget(widget);
    };
    labelled(tr("&Period:"), m_preset);
    labelled(tr("&Från:"), m_from);
    labelled(tr("&Till:"), m_to);
    labelled(tr("&Miljö:"), m_environment);
    choices->addStretch();
    layout->addLayout(choices);

    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setWordWrap(true);
    layout->addWidget(m_total);

    const QString titles[] = {tr("Per månad"), tr("Per avfallskod"), tr("Per anteckningstyp"),
                              tr("Per part")};
    m_tabs->setObjectName(QStringLiteral("charts"));
    for (int chart = 0; chart < ChartCount; ++chart) {
        m_views[chart] = new QChartView;
        m_views[chart]->setRenderHint(QPainter::Antialiasing);
        m_views[chart]->setObjectName(QStringLiteral("chart%1").arg(chart));
        m_views[chart]->setAccessibleName(titles[chart]);
        m_tabs->addTab(m_views[chart], titles[chart]);
    }
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setAccessibleName(tr("Siffror"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_hover->setObjectName(QStringLiteral("hoverLabel"));
    m_hover->setText(tr("Peka på en stapel för att se dess värde."));

    auto *chartSide = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_tabs, 1);
    chartLayout->addWidget(m_hover);
    auto *splitter = new QSplitter;
    splitter->addWidget(chartSide);
    splitter->addWidget(m_figures);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({640, 290});
    splitter->setChildrenCollapsible(false);

    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_content->addWidget(splitter);
    m_content->addWidget(m_empty);
    layout->addWidget(m_content, 1);

    auto *actions = new QHBoxLayout;
    m_saveChart->setObjectName(QStringLiteral("saveChartButton"));
    m_summary->setObjectName(QStringLiteral("yearlySummaryButton"));
    actions->addWidget(m_saveChart);
    actions->addWidget(m_summary);
    actions->addStretch();
    layout->addLayout(actions);

    applyPreset();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &StatisticsPage::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsPage::periodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsPage::periodEdited);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        reload();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatisticsPage::showFigures);
    connect(m_saveChart, &QPushButton::clicked, this, &StatisticsPage::saveChartWithDialog);
    connect(m_summary, &QPushButton::clicked, this, &StatisticsPage::writeSummaryWithDialog);
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void StatisticsPage::applyPreset()
{
    const QDate month = thisMonth();
    QDate from;
    QDate to;
    switch (m_preset->currentData().toInt()) {
    case LastTwelveMonths:
        from = month.addMonths(-11);
        to = month;
        break;
    case ThisYear:
        from = QDate(month.year(), 1, 1);
        to = QDate(month.year(), 12, 1);
        break;
    case LastYear:
        from = QDate(month.year() - 1, 1, 1);
        to = QDate(month.year() - 1, 12, 1);
        break;
    default:
        return; // the months stay as the user set them
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_stale = true;
    reload();
}

void StatisticsPage::periodEdited()
{
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(OwnChoice));
    }
    m_stale = true;
    reload();
}

int StatisticsPage::summaryYear() const
{
    return m_to->date().year();
}

void StatisticsPage::reload()
{
    if (!isVisible()) {
        m_stale = true; // summed when shown
        return;
    }
    m_stale = false;
    StatisticsRequest request;
    request.environment = Environment(m_environment->currentData().toInt());
    request.fromMonth = m_from->date().toString(QStringLiteral("yyyy-MM"));
    request.toMonth = m_to->date().toString(QStringLiteral("yyyy-MM"));
    m_statistics = statistics::collect(m_store, request);
    const QString period =
        QStringLiteral("%1 – %2").arg(monthText(request.fromMonth), monthText(request.toMonth));
    const QString environment = environmentDisplayName(request.environment);
    m_summary->setText(tr("Å&rssammanställning %1 (PDF) …").arg(summaryYear()));
    if (request.fromMonth > request.toMonth) {
        m_total->setText(tr("Från-månaden ligger efter till-månaden."));
    } else {
        m_total->setText(tr("Rapporterat %1 kg i %2, %3, %4.")
                             .arg(kilogramText(m_statistics.total.kilograms),
                                  notesText(m_statistics.total.notes), period, environment));
    }
    const bool empty = m_statistics.isEmpty();
    m_empty->setText(
        empty ? tr("Inga rapporterade anteckningar i %1 under %2.\n\nStatistiken räknar anteckningar som "
                   "registret har tagit emot, efter månaden för anteckningens tidpunkt. Välj en annan period "
                   "eller miljö ovan, eller skicka en anteckning under Ny anteckning till vänster.")
                    .arg(environment, period)
              : QString());
    m_content->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_content->widget(0));
    m_saveChart->setEnabled(!empty);
    for (int chart = 0; chart < ChartCount; ++chart)
        showChart(Chart(chart));
    showFigures();
    m_hover->setText(tr("Peka på en stapel för att se dess värde."));
}

QString StatisticsPage::partyLabel(const QString &number) const
{
    if (number.isEmpty())
        return tr("Ingen part (behandlingsresultat)");
    // A name the user keeps for the number: the own company, the companies of an ombud, saved parties.
    const Settings settings(m_profile);
    QString name;
    const Company own = settings.ownCompany();
    if (own.organisationNumber == number)
        name = own.name;
    for (const Company &company : settings.agentCompanies()) {
        if (name.isEmpty() && company.organisationNumber == number)
            name = company.name;
    }
    for (const QJsonValue &value : settings.savedParties()) {
        const QJsonObject party = value.toObject();
        if (name.isEmpty() && party.value(QStringLiteral("identitet")).toString() == number)
            name = party.value(QStringLiteral("namn")).toString();
    }
    const IdentityCheck check = identity::check(
        number, IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat |
                    IdentityAllowance::UnknownHolder | IdentityAllowance::MunicipalityHolder);
    const QString shown = check.isValid() ? identity::display(check) : number;
    return name.isEmpty() ? shown : QStringLiteral("%1 %2").arg(shown, name);
}

QList<StatisticsPage::Entry> StatisticsPage::entries(Chart chart) const
{
    QList<Entry> result;
    const auto ranked = [&](const QMap<QString, Sum> &sums,
                            const std::function<Entry(const QString &)> &label) {
        Sum rest;
        int others = 0;
        for (const auto &[key, sum] : statistics::byKilograms(sums)) {
            if (result.size() < kTopEntries) {
                Entry entry = label(key);
                entry.sum = sum;
                result.append(entry);
            } else {
                rest.add(sum.kilograms, sum.notes);
                ++others;
            }
        }
        if (others)
            result.append({tr("Övriga (%1)").arg(others), tr("%n till", nullptr, others), rest});
    };
    switch (chart) {
    case Months:
        for (const auto &[month, sum] : m_statistics.months)
            result.append({monthText(month), monthText(month), sum});
        break;
    case WasteCodes: {
        const WasteCodeList &codes = ValueLists::bundled().wasteCodesOn(m_to->date());
        ranked(m_statistics.wasteCodes, [&codes](const QString &code) {
            const WasteCode *known = codes.find(code);
            return Entry{known ? known->ewc : code,
                         known ? known->ewc + QStringLiteral(" ") + known->description : code, Sum()};
        });
        break;
    }
    case NoteTypes:
        for (auto it = m_statistics.noteTypes.cbegin(); it != m_statistics.noteTypes.cend(); ++it)
            result.append({noteType(it.key()).model, noteType(it.key()).displayTitle(), it.value()});
        break;
    case Parties:
        ranked(m_statistics.parties, [this](const QString &number) {
            const QString label = partyLabel(number);
            return Entry{elided(label, 32), label, Sum()};
        });
        break;
    case ChartCount:
        break;
    }
    return result;
}

void StatisticsPage::showChart(Chart chart)
{
    const QList<Entry> list = entries(chart);
    auto *set = new QBarSet(tr("Kilogram"));
    QStringList categories;
    // A horizontal chart draws its first category at the bottom: the largest goes last, on top.
    const bool horizontal = chart != Months;
    const bool severalYears = m_from->date().year() != m_to->date().year();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Entry &entry = horizontal ? list.at(list.size() - 1 - i) : list.at(i);
        *set << entry.sum.kilograms;
        categories << (horizontal ? entry.label : axisMonth(m_statistics.months.at(i).first, severalYears));
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    auto *chartObject = new QChart;
    chartObject->addSeries(series);
    chartObject->legend()->hide();
    chartObject->setMargins(QMargins(4, 4, 4, 4));
    chartObject->setTitle(tr("Rapporterade kilogram %1").arg(m_tabs->tabText(chart).toLower()));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (!horizontal && categories.size() > 6)
        categoryAxis->setLabelsAngle(-90); // upright, so that a month's name is never cut off
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(tr("kg"));
    chartObject->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chartObject->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    connect(set, &QBarSet::hovered, this, [this, list, horizontal](bool status, int index) {
        if (!status || index < 0 || index >= list.size()) {
            QToolTip::hideText();
            return;
        }
        const Entry &entry = horizontal ? list.at(list.size() - 1 - index) : list.at(index);
        const QString text =
            tr("%1: %2 kg i %3")
                .arg(entry.detail, kilogramText(entry.sum.kilograms), notesText(entry.sum.notes));
        m_hover->setText(text);
        QToolTip::showText(QCursor::pos(), text, this);
    });
    QChart *old = m_views[chart]->chart();
    m_views[chart]->setChart(chartObject); // the view owns the new chart and lets go of the old one
    delete old;
    m_bars[chart] = set;
}

void StatisticsPage::showFigures()
{
    const int chart = std::max(0, m_tabs->currentIndex());
    const QList<Entry> list = entries(Chart(chart));
    const QString firstColumn[] = {tr("Månad"), tr("Avfallskod"), tr("Anteckningstyp"), tr("Part")};
    m_figures->setHorizontalHeaderLabels({firstColumn[chart], tr("Anteckningar"), tr("Kilogram")});
    m_figures->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Entry &entry = list.at(row);
        auto *what = new QTableWidgetItem(entry.label);
        what->setToolTip(entry.detail);
        auto *notes = new QTableWidgetItem(QLocale().toString(entry.sum.notes));
        auto *kilograms = new QTableWidgetItem(kilogramText(entry.sum.kilograms));
        notes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        kilograms->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(row, 0, what);
        m_figures->setItem(row, 1, notes);
        m_figures->setItem(row, 2, kilograms);
    }
}

QString StatisticsPage::totalText() const
{
    return m_total->text();
}

QString StatisticsPage::emptyText() const
{
    return m_content->currentWidget() == m_empty ? m_empty->text() : QString();
}

QString StatisticsPage::hoverText() const
{
    return m_hover->text();
}

bool StatisticsPage::saveChart(const QString &fileName) const
{
    QChartView *view = m_views[std::max(0, m_tabs->currentIndex())];
    if (QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return view->grab().save(fileName, "PNG");
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(view->chart()->title());
    writer.setCreator(QStringLiteral(AVFALL_SYSTEM_ID));
    QPainter painter(&writer);
    view->render(&painter, QRectF(0, 0, writer.width(), writer.height()), view->rect());
    painter.end();
    return QFileInfo(fileName).size() > 0;
}

bool StatisticsPage::writeYearlySummary(const QString &fileName) const
{
    return YearlySummary(m_store, Environment(m_environment->currentData().toInt()), summaryYear(),
                         Settings(m_profile).ownCompany())
        .writePdf(fileName);
}

void StatisticsPage::saveChartWithDialog()
{
    const QString names[] = {QStringLiteral("manad"), QStringLiteral("avfallskod"),
                             QStringLiteral("anteckningstyp"), QStringLiteral("part")};
    const QString fileName = widgets::DialogSeam::current().chooseFileToSave(
        this, tr("Spara diagram"),
        QStringLiteral("statistik-%1.png").arg(names[std::max(0, m_tabs->currentIndex())]),
        tr("PNG-bild (*.png);;PDF (*.pdf)"));
    if (!fileName.isEmpty() && !saveChart(fileName))
        QMessageBox::warning(this, tr("Spara diagram"), tr("Filen %1 kunde inte skrivas.").arg(fileName));
}

void StatisticsPage::writeSummaryWithDialog()
{
    const QString fileName = widgets::DialogSeam::current().chooseFileToSave(
        this, tr("Spara årssammanställning"), QStringLiteral("arssammanstallning-%1.pdf").arg(summaryYear()),
        tr("PDF (*.pdf)"));
    if (!fileName.isEmpty() && !writeYearlySummary(fileName))
        QMessageBox::warning(this, tr("Årssammanställning"),
                             tr("Filen %1 kunde inte skrivas.").arg(fileName));
}

} // namespace avfall::app

#include "hourly_volume_chart.h"

#include "series_downsampler.h"

#include "util/clock.h"

#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace fraudlens::ui {

namespace {


} // namespace

// The chart is handed to the base at construction: QChartView(parent) makes a default
// chart of its own, which a later setChart() would release without deleting.
HourlyVolumeChart::HourlyVolumeChart(QWidget* parent) : QChartView(new QChart, parent)
{
    m_chart = chart();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_volume = new QLineSeries(m_chart);
    m_bursts = new QScatterSeries(m_chart);
    m_bursts->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_bursts->setMarkerSize(9.0);
    // Red against the theme's blue line: the hours to look at should not need a legend.
    m_bursts->setColor(QColor(0xd6, 0x27, 0x28));
    m_bursts->setBorderColor(QColor(0x8b, 0x1a, 0x1a));
    m_chart->addSeries(m_volume);
    m_chart->addSeries(m_bursts);

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setTickCount(7);
    m_countAxis = new QValueAxis(m_chart);
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QXYSeries* series : {static_cast<QXYSeries*>(m_volume), static_cast<QXYSeries*>(m_bursts)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    connect(m_bursts, &QScatterSeries::hovered, this, &HourlyVolumeChart::showBurstTip);

    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    retranslate();
}

void HourlyVolumeChart::setData(const QList<QPointF>& hourly, const QList<Burst>& bursts)
{
    m_burstInfo = bursts;
    QList<QPointF> markers;
    QList<qreal> burstX;
    markers.reserve(bursts.size());
    burstX.reserve(bursts.size());
    qreal top = 0;
    for (const Burst& b : bursts) {
        markers.append(QPointF(static_cast<qreal>(b.hourStartMs), static_cast<qreal>(b.observed)));
        burstX.append(static_cast<qreal>(b.hourStartMs));
        top = std::max(top, static_cast<qreal>(b.observed));
    }
    std::sort(burstX.begin(), burstX.end());
    for (const QPointF& p : hourly)
        top = std::max(top, p.y());

    m_volume->replace(downsampleKeeping(hourly, kMaxPoints, burstX));
    m_bursts->replace(markers);

    if (hourly.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(now - util::kDayMs), QDateTime::fromMSecsSinceEpoch(now));
    } else {
        const qint64 first = static_cast<qint64>(hourly.first().x());
        const qint64 last = static_cast<qint64>(hourly.last().x()) + util::kHourMs;
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
        // Hours matter on a short span, days on a long one.
        m_timeAxis->setFormat(last - first > 3 * util::kDayMs ? QLocale().dateFormat(QLocale::ShortFormat)
                                                        : QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_countAxis->setRange(0, std::max<qreal>(1, top * 1.05));
    m_countAxis->applyNiceNumbers();
}

void HourlyVolumeChart::clear() { setData({}, {}); }

int HourlyVolumeChart::volumePointCount() const { return static_cast<int>(m_volume->count()); }

int HourlyVolumeChart::burstPointCount() const { return static_cast<int>(m_bursts->count()); }

void HourlyVolumeChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void HourlyVolumeChart::retranslate()
{
    m_volume->setName(tr("Transactions per hour"));
    m_bursts->setName(tr("Burst hours"));
}

void HourlyVolumeChart::showBurstTip(const QPointF& point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    const auto it = std::find_if(m_burstInfo.cbegin(), m_burstInfo.cend(), [&point](const Burst& b) {
        return static_cast<qreal>(b.hourStartMs) == point.x();
    });
    if (it == m_burstInfo.cend())
        return;
    const QLocale locale;
    const QString hour = locale.toString(QDateTime::fromMSecsSinceEpoch(it->hourStartMs), QLocale::ShortFormat);
    QToolTip::showText(QCursor::pos(), tr("%1: %2 transactions, %3 expected")
                                           .arg(hour, locale.toString(it->observed), locale.toString(it->expected, 'f', 1)),
                       this);
}

} // namespace fraudlens::ui

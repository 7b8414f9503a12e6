#include "detector_metrics_model.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace fraudlens::ui {

DetectorMetricsModel::DetectorMetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DetectorMetricsModel::setReports(std::vector<std::pair<std::string, eval::DetectorReport>> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    endResetModel();
}

void DetectorMetricsModel::clear()
{
    setReports({});
}

QString DetectorMetricsModel::displayName(std::string_view key)
{
    if (key == "fused")
        return tr("Fused risk");
    if (key == "autoencoder")
        return tr("Autoencoder");
    if (key == "sequence")
        return tr("Sequence model");
    if (key == "rings")
        return tr("Rings");
    if (key == "rules")
        return tr("Rules");
    if (key == "bursts")
        return tr("Bursts");
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

int DetectorMetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int DetectorMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double DetectorMetricsModel::metric(const eval::DetectorReport& report, int column)
{
    switch (column) {
    case Auroc:
        return report.auroc;
    case Auprc:
        return report.auprc;
    case PrecisionAt100:
        return report.precisionAt100;
    case RecallAt1Pct:
        return report.recallAt1pct;
    default:
        break;
    }
    return std::nan("");
}

QVariant DetectorMetricsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [key, report] = m_reports[static_cast<std::size_t>(index.row())];
    if (role == KeyRole)
        return QString::fromStdString(key);
    if (index.column() == Detector) {
        if (role == Qt::DisplayRole)
            return displayName(key);
        if (role == RawValueRole)
            return QString::fromStdString(key);
        if (role == Qt::FontRole && key == "fused") {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const double value = metric(report, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(value) ? QLocale().toString(value, 'f', 3) : QStringLiteral("–");
    case RawValueRole:
        return std::isfinite(value) ? QVariant(value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant DetectorMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Auroc:
            return tr("Area under the ROC curve: 0.5 is chance, 1 is a perfect ranking");
        case Auprc:
            return tr("Average precision: how much of what ranks high is fraud, over all recall levels");
        case PrecisionAt100:
            return tr("Share of fraud among the 100 riskiest labelled transactions");
        case RecallAt1Pct:
            return tr("Share of all labelled fraud among the riskiest 1 % of labelled transactions");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Detector:
        return tr("Detector");
    case Auroc:
        return tr("AUROC");
    case Auprc:
        return tr("AUPRC");
    case PrecisionAt100:
        return tr("Precision at 100");
    case RecallAt1Pct:
        return tr("Recall at 1 %");
    default:
        break;
    }
    return {};
}

} // namespace fraudlens::ui

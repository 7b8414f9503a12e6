#include "account_transactions_model.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace fraudlens::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QStringList reasonList(const cases::AccountTransaction& tx)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(tx.reasons.size()));
    for (const auto& reason : tx.reasons)
        out << text(reason);
    return out;
}

} // namespace

AccountTransactionsModel::AccountTransactionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AccountTransactionsModel::setTransactions(std::vector<cases::AccountTransaction> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const cases::AccountTransaction* AccountTransactionsModel::transactionAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int AccountTransactionsModel::rowOfTransaction(qint64 txId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == txId)
            return static_cast<int>(i);
    }
    return -1;
}

int AccountTransactionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountTransactionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTransactionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cases::AccountTransaction& tx = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(tx, index.column());
    case SortRole:
        return sortValue(tx, index.column());
    case TransactionIdRole:
        return QVariant::fromValue<qint64>(tx.id);
    case Qt::ToolTipRole:
        return toolTip(tx, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Risk)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        // A faint tint that reads on light and dark palettes alike.
        return tx.flagged ? QVariant(QColor(192, 57, 43, 36)) : QVariant();
    default:
        return {};
    }
}

QVariant AccountTransactionsModel::display(const cases::AccountTransaction& tx, int column) const
{
    const QLocale locale;
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(tx.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Amount: {
        const QString amount = locale.toString(tx.amount, 'f', 2);
        return tx.currency.empty() ? amount : tr("%1 %2", "amount, currency").arg(amount, text(tx.currency));
    }
    case Type:
        return text(tx.type);
    case Merchant:
        return text(tx.merchant);
    case Device:
        return text(tx.device);
    case Risk:
        return tx.risk ? locale.toString(*tx.risk, 'f', 2) : QStringLiteral("\u2013");
    case Reasons:
        return reasonList(tx).join(QStringLiteral("; "));
    case Flagged:
        return tx.flagged ? tr("Flagged") : QString();
    default:
        return {};
    }
}

QVariant AccountTransactionsModel::sortValue(const cases::AccountTransaction& tx, int column) const
{
    switch (column) {
    case Time:
        return QVariant::fromValue<qint64>(tx.timeMs);
    case Amount:
        return tx.amount;
    case Type:
        return text(tx.type);
    case Merchant:
        return text(tx.merchant);
    case Device:
        return text(tx.device);
    case Risk:
        return tx.risk.value_or(-1.0);
    case Reasons:
        return tx.reasons.empty() ? QString() : text(tx.reasons.front());
    case Flagged:
        return tx.flagged ? 1 : 0;
    default:
        return {};
    }
}

QVariant AccountTransactionsModel::toolTip(const cases::AccountTransaction& tx, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(tx.timeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    case Reasons:
        return tx.reasons.empty() ? QVariant() : QVariant(reasonList(tx).join(QLatin1Char('\n')));
    default:
        return {};
    }
}

QVariant AccountTransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Amount:
        return tr("Amount");
    case Type:
        return tr("Type");
    case Merchant:
        return tr("Merchant");
    case Device:
        return tr("Device");
    case Risk:
        return tr("Risk");
    case Reasons:
        return tr("Reasons");
    case Flagged:
        return tr("Flagged");
    default:
        return {};
    }
}

} // namespace fraudlens::ui

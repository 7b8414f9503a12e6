#pragma once

#include "cases/account_transactions.h"

#include <QAbstractTableModel>

#include <vector>

namespace fraudlens::ui {

// One account's transactions, oldest first. The list is bounded (AccountTransactions caps it
// at 5,000), so the model holds every row rather than paging.
class AccountTransactionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Amount, Type, Merchant, Device, Risk, Reasons, Flagged, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: ms, amount, risk (-1 when unscored), 0/1
        TransactionIdRole,
    };

    explicit AccountTransactionsModel(QObject* parent = nullptr);

    void setTransactions(std::vector<cases::AccountTransaction> rows);
    void clear() { setTransactions({}); }
    // nullptr when row is out of range.
    const cases::AccountTransaction* transactionAt(int row) const;
    // -1 when the transaction is not in the list.
    int rowOfTransaction(qint64 txId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const cases::AccountTransaction& tx, int column) const;
    QVariant sortValue(const cases::AccountTransaction& tx, int column) const;
    QVariant toolTip(const cases::AccountTransaction& tx, int column) const;

    std::vector<cases::AccountTransaction> m_rows;
};

} // namespace fraudlens::ui

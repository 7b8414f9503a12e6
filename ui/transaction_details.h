#pragma once

#include <QPlainTextEdit>

namespace fraudlens::cases {
struct AccountTransaction;
}

namespace fraudlens::ui {

// The selected transaction in words: where it came from, each detector's score, the
// data set's own label, and the reasons the scoring gave.
class TransactionDetails : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit TransactionDetails(QWidget* parent = nullptr);

    void setTransaction(const cases::AccountTransaction& tx);
    void clearTransaction();
};

} // namespace fraudlens::ui

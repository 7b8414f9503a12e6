#include "transaction_details.h"

#include "cases/account_transactions.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace fraudlens::ui {

namespace {

QString valueOrDash(const std::string& value)
{
    return value.empty() ? QStringLiteral("\u2013") : QString::fromStdString(value);
}

} // namespace

TransactionDetails::TransactionDetails(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("transactionReasons"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    clearTransaction();
}

void TransactionDetails::setTransaction(const cases::AccountTransaction& tx)
{
    const QLocale locale;
    const auto score = [&locale](double value) { return locale.toString(value, 'f', 2); };
    QStringList lines;
    lines << tr("Transaction %1 at %2")
                 .arg(QString::fromStdString(tx.externalId),
                      QDateTime::fromMSecsSinceEpoch(tx.timeMs, QTimeZone::utc()).toString(Qt::ISODate));
    lines << tr("Status %1 · device %2 · IP %3 · card %4")
                 .arg(valueOrDash(tx.status), valueOrDash(tx.device), valueOrDash(tx.ip), valueOrDash(tx.card));
    if (tx.risk && tx.detectors) {
        const cases::DetectorScores& d = *tx.detectors;
        lines << tr("Risk %1 · autoencoder %2 · sequence %3 · rings %4 · rules %5 · bursts %6")
                     .arg(score(*tx.risk), score(d.autoencoder), score(d.sequence), score(d.rings), score(d.rules),
                          score(d.bursts));
    }
    if (tx.label)
        lines << (*tx.label ? tr("The data labels it fraud.") : tr("The data labels it genuine."));
    if (tx.flagged)
        lines << tr("Part of an alert on this account.");
    lines << QString();
    if (!tx.risk)
        lines << tr("Not scored yet: run a scoring to see reasons.");
    else if (tx.reasons.empty())
        lines << tr("No reasons: no detector found this transaction unusual.");
    else
        for (const auto& reason : tx.reasons)
            lines << tr("• %1").arg(QString::fromStdString(reason));
    setPlainText(lines.join(QLatin1Char('\n')));
}

void TransactionDetails::clearTransaction()
{
    setPlainText(QString());
    setPlaceholderText(tr("Select a transaction to see why it scored as it did."));
}

} // namespace fraudlens::ui

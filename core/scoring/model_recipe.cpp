#include "scoring/model_recipe.h"

#include "features/feature_matrix.h"
#include "features/feature_names.h"
#include "features/transaction_frame.h"
#include "models/model_error.h"

#include <algorithm>

namespace fraudlens::scoring {

using namespace features;

// Raw money and seconds are in the model through their logs; the rest goes in whole.
// Peer-relative amount and hour are left to rules and reasons: as inputs they made the
// reconstruction error noisier on both the demo data and PaySim (AUPRC 0.65 -> 0.54, 0.05 -> 0.02).
std::vector<int> ModelRecipe::autoencoderColumns(std::size_t width)
{
    std::vector<int> columns;
    for (int c = 0; c < static_cast<int>(width); ++c)
        if (c != Amount && c != SecsSincePrev && c != AcctMedianAmount && c != TypeAmountZ && c != HourShare)
            columns.push_back(c);
    return columns;
}

std::vector<int> ModelRecipe::heavyTailedColumns(std::size_t width)
{
    std::vector<int> columns = {AmountToMedian, AmountRobustZ, AcctPriorTx, AcctAgeHours, AcctTx1h, AcctTx24h, AcctTx7d,
                                AcctAmount24h, DeviceTx1h, DeviceTx24h, CardTx1h, CardTx24h, IpTx1h, IpTx24h,
                                DeviceAccounts, IpAccounts, CardAccounts, AddressAccounts, EmailAccounts, DeviceCards,
                                AcctDevices, AcctCards, MerchantTx1h, MerchantRateRatio, AcctDeclines24h, CardDeclines1h,
                                AcctDeviceAgeHours, AcctCountryAgeHours, AcctRefunds30d, AcctQuickRefunds30d, RefundHours};
    for (int c = kBuiltinFeatureCount; c < static_cast<int>(width); ++c)
        columns.push_back(c); // extra columns: unknown scale, so compress them
    return columns;
}

const std::vector<int>& ModelRecipe::sequenceInputs()
{
    static const std::vector<int> kInputs = {LogAmount, LogGap, AmountToMedian, NewDevice, NewIp, NewCountry, NewCard,
                                             HourSin, HourCos, IsRefund, IsDeclined, DeviceAccounts, AcctTx24h,
                                             AcctAgeHours, TypeFreq, MerchantRateRatio, CardTx1h,
                                             AcctDeviceAgeHours, RefundRatio30d};
    return kInputs;
}

const std::vector<int>& ModelRecipe::sequenceTargets()
{
    static const std::vector<int> kTargets = {LogAmount, LogGap, NewDevice, NewIp, NewCountry, NewCard, IsRefund, IsDeclined};
    return kTargets;
}

std::vector<int> ModelRecipe::sequenceTargetPositions()
{
    const auto& inputs = sequenceInputs();
    std::vector<int> out;
    for (const int w : sequenceTargets())
        out.push_back(static_cast<int>(std::find(inputs.begin(), inputs.end(), w) - inputs.begin()));
    return out;
}

models::RobustScaler ModelRecipe::fitAutoencoderScaler(const FeatureMatrix& features)
{
    models::RobustScaler scaler;
    scaler.fit(features.values.data(), features.rows, features.cols(), autoencoderColumns(features.cols()),
               heavyTailedColumns(features.cols()));
    return scaler;
}

models::RobustScaler ModelRecipe::fitSequenceScaler(const FeatureMatrix& features)
{
    models::RobustScaler scaler;
    scaler.fit(features.values.data(), features.rows, features.cols(), sequenceInputs(), heavyTailedColumns(features.cols()));
    return scaler;
}

void ModelRecipe::checkColumns(const models::RobustScaler& scaler, const std::vector<int>& expected, const std::string& path)
{
    // The feature schema can be the same while a build feeds a model other columns; the
    // weights would then be read against the wrong inputs without any error.
    if (scaler.columns() != expected)
        throw models::ModelError("model file '" + path + "' was trained on other input columns than this build uses; "
                                 "train again with this data");
}

std::vector<std::vector<std::uint32_t>> ModelRecipe::accountSequences(const TransactionFrame& frame)
{
    std::vector<std::vector<std::uint32_t>> sequences(frame.accountCount());
    for (std::size_t i = 0; i < frame.size(); ++i)
        sequences[frame.account[i]].push_back(static_cast<std::uint32_t>(i));
    return sequences;
}

} // namespace fraudlens::scoring

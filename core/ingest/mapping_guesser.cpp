#include "ingest/mapping_guesser.h"

#include "ingest/csv_error.h"
#include "ingest/csv_reader.h"
#include "ingest/field_text.h"
#include "ingest/timestamp_parser.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace fraudlens::ingest {

namespace {

// Header names that usually mean each canonical field, compared lowercased with
// punctuation removed, in order of preference.
const std::vector<std::pair<CanonicalField, std::vector<std::string>>>& synonyms()
{
    static const std::vector<std::pair<CanonicalField, std::vector<std::string>>> kSynonyms = {
        {CanonicalField::TransactionId, {"transactionid", "txid", "txnid", "tranid", "transid", "trxid", "paymentid", "orderid", "eventid", "id"}},
        {CanonicalField::AccountId, {"accountid", "account", "customerid", "customer", "userid", "user", "nameorig", "clientid", "memberid", "buyerid", "acct", "cardholder"}},
        {CanonicalField::AccountCreatedAt, {"accountcreatedat", "accountcreated", "signupdate", "signuptime", "signupat", "registrationdate", "registeredat", "createdat"}},
        {CanonicalField::Timestamp, {"timestamp", "transactiontime", "transdatetranstime", "eventtime", "datetime", "time", "date", "ts", "orderdate", "step"}},
        {CanonicalField::Amount, {"amount", "amt", "transactionamount", "orderamount", "value", "total", "price", "sum"}},
        {CanonicalField::Currency, {"currency", "currencycode", "ccy", "curr"}},
        {CanonicalField::TxType, {"txtype", "transactiontype", "type", "eventtype", "kind"}},
        {CanonicalField::Status, {"status", "state", "outcome", "result"}},
        {CanonicalField::MerchantId, {"merchantid", "merchant", "namedest", "sellerid", "seller", "shopid", "storeid", "payee"}},
        {CanonicalField::DeviceId, {"deviceid", "device", "devicefingerprint", "fingerprint"}},
        {CanonicalField::Ip, {"ip", "ipaddress", "clientip", "ipaddr"}},
        {CanonicalField::CardId, {"cardid", "card", "cardtoken", "cardnumber", "ccnum", "pan", "paymentinstrument", "instrument"}},
        {CanonicalField::Email, {"email", "emailaddress", "mail"}},
        {CanonicalField::Address, {"address", "shippingaddress", "billingaddress", "street"}},
        {CanonicalField::Country, {"country", "countrycode", "billingcountry"}},
        {CanonicalField::Channel, {"channel", "platform", "source"}},
        {CanonicalField::Category, {"category", "productcategory", "mcc"}},
        {CanonicalField::Label, {"isfraud", "fraud", "fraudlabel", "isfraudulent", "label", "class", "target"}},
        {CanonicalField::FraudPattern, {"fraudpattern", "pattern"}},
    };
    return kSynonyms;
}

std::string normalise(std::string_view name)
{
    std::string out;
    for (unsigned char c : name) {
        if (std::isalnum(c))
            out.push_back(static_cast<char>(std::tolower(c)));
    }
    return out;
}

struct ColumnSample {
    size_t values = 0;
    size_t numbers = 0;
    size_t isoTimes = 0;
    size_t epochTimes = 0;
    size_t labels = 0;
    std::set<std::string> distinct;
};

} // namespace

Mapping MappingGuesser::guessFromFile(const std::string& csvPath, char delimiter)
{
    CsvReader reader(csvPath, delimiter);
    const std::vector<std::string> header = reader.readHeader();
    CsvRecord row;
    std::vector<std::vector<std::string>> sample;
    while (sample.size() < kSampleRows && reader.next(row))
        sample.emplace_back(row.fields.begin(), row.fields.end());
    Mapping mapping = guess(header, sample);
    mapping.delimiter = reader.delimiter();
    return mapping;
}

Mapping MappingGuesser::guess(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& sample)
{
    std::vector<ColumnSample> columns(header.size());
    for (const auto& row : sample) {
        for (size_t c = 0; c < row.size() && c < columns.size(); ++c) {
            const std::string& value = row[c];
            if (value.empty())
                continue;
            ColumnSample& s = columns[c];
            ++s.values;
            s.numbers += parseFiniteNumber(value).has_value();
            s.isoTimes += TimestampParser::parseIso(value).has_value();
            s.epochTimes += TimestampParser::parseEpoch(value).has_value();
            s.labels += parseLabel(value).has_value();
            if (s.distinct.size() <= kSampleRows)
                s.distinct.insert(value);
        }
    }
    auto mostly = [](size_t hits, size_t of) { return of > 0 && hits * 10 >= of * 9; };
    // A field takes a column only when the values agree with what the name says.
    auto fits = [&](CanonicalField field, size_t c) {
        const ColumnSample& s = columns[c];
        switch (field) {
        case CanonicalField::Amount: return mostly(s.numbers, s.values);
        case CanonicalField::Timestamp:
        case CanonicalField::AccountCreatedAt: return mostly(s.isoTimes + s.epochTimes, s.values) || mostly(s.numbers, s.values);
        case CanonicalField::Label: return mostly(s.labels, s.values);
        default: return true;
        }
    };

    Mapping mapping;
    std::vector<bool> used(header.size(), false);
    std::vector<std::string> names;
    for (const auto& name : header)
        names.push_back(normalise(name));
    for (const auto& [field, candidates] : synonyms()) {
        for (const auto& candidate : candidates) {
            const auto at = std::find(names.begin(), names.end(), candidate);
            if (at == names.end())
                continue;
            const size_t c = static_cast<size_t>(at - names.begin());
            if (used[c] || !fits(field, c))
                continue;
            mapping.setColumn(field, header[c]);
            used[c] = true;
            break;
        }
    }
    // Second pass: a synonym inside a longer name ("Payment Channel", "order_total_amount").
    for (const auto& [field, candidates] : synonyms()) {
        if (!mapping.column(field).empty())
            continue;
        for (size_t c = 0; c < header.size() && mapping.column(field).empty(); ++c) {
            if (used[c] || names[c].find("flag") != std::string::npos)
                continue;
            for (const auto& candidate : candidates) {
                if (candidate.size() < 4 || names[c].find(candidate) == std::string::npos || !fits(field, c))
                    continue;
                mapping.setColumn(field, header[c]);
                used[c] = true;
                break;
            }
        }
    }
    // A bare number as a time is an offset whose unit the name tells; the origin is a guess.
    for (CanonicalField field : {CanonicalField::Timestamp, CanonicalField::AccountCreatedAt}) {
        const std::string& column = mapping.column(field);
        if (column.empty())
            continue;
        const size_t c = static_cast<size_t>(std::find(header.begin(), header.end(), column) - header.begin());
        const ColumnSample& s = columns[c];
        if (mostly(s.isoTimes + s.epochTimes, s.values))
            continue;
        TimestampSpec spec;
        spec.kind = TimestampSpec::Kind::Offset;
        const std::string n = names[c];
        spec.unit = n.find("day") != std::string::npos ? "days"
            : n.find("min") != std::string::npos       ? "minutes"
            : n.find("sec") != std::string::npos       ? "s"
                                                        : "hours";
        spec.unitMs = *TimestampParser::unitToMs(spec.unit);
        spec.originText = "2024-01-01T00:00:00Z";
        spec.originMs = *TimestampParser::parseIso(spec.originText);
        mapping.timestamps[std::string(fieldName(field))] = spec;
    }
    // The rest become model features, except anything that smells of the answer.
    for (size_t c = 0; c < header.size(); ++c) {
        if (used[c] || names[c].empty())
            continue;
        if (names[c].find("fraud") != std::string::npos || names[c].find("label") != std::string::npos
            || names[c].find("flag") != std::string::npos)
            continue;
        const ColumnSample& s = columns[c];
        if (s.values == 0)
            continue;
        if (mostly(s.numbers, s.values))
            mapping.extraNumeric.push_back(header[c]);
        else if (s.distinct.size() <= 50 && s.distinct.size() * 2 <= s.values)
            mapping.extraCategorical.push_back(header[c]);
    }
    return mapping;
}

} // namespace fraudlens::ingest

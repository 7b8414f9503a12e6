#pragma once

#include "store/transaction_record.h"
#include "synth/synth_event.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::synth {

class Population;

// Spells packed events out as TransactionRecords. All id strings are bijective
// functions of the numeric ids (salted by the seed), so distinct entities never collide
// and no lookup tables of strings are needed.
class RecordWriter {
public:
    RecordWriter(const Population& population, std::uint64_t seed);

    // sequence: position in the final sorted order; becomes the transaction id.
    void write(const SynthEvent& e, std::size_t sequence, store::TransactionRecord& out) const;

private:
    std::string accountId(std::uint32_t account) const;
    std::string email(std::uint32_t emailId) const;

    const Population& m_population;
    std::vector<std::uint32_t> m_accountNumber; // display number in sign-up order
    std::uint64_t m_deviceSalt;
    std::uint64_t m_cardSalt;
    std::uint64_t m_addressSalt;
    std::uint64_t m_emailOffset;
};

} // namespace fraudlens::synth

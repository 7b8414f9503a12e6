#pragma once

#include "synth/account_profile.h"

#include <cstdint>
#include <vector>

namespace fraudlens::synth {

class Calendar;
class Random;
struct DemoConfig;

// The platform's customers and the ids of the things they own (devices, cards,
// addresses, emails), including the legitimate sharing that looks like fraud:
// households, office/campus NATs and carrier-grade NAT mobile gateways.
class Population {
public:
    Population(const DemoConfig& config, const Calendar& calendar, Random& rng);

    std::size_t size() const { return m_accounts.size(); }
    std::uint32_t genuineCount() const { return m_genuineCount; }
    AccountProfile& account(std::uint32_t index) { return m_accounts[index]; }
    const AccountProfile& account(std::uint32_t index) const { return m_accounts[index]; }
    std::uint32_t addAccount(const AccountProfile& profile);

    std::uint32_t newDevice() { return m_nextDevice++; }
    std::uint32_t newCard() { return m_nextCard++; }
    std::uint32_t newAddress() { return m_nextAddress++; }
    // Email ids keep the mailbox domain in their low 3 bits; throwaway accounts prefer
    // the disposable domain that some genuine users also have.
    std::uint32_t newEmail(Random& rng, bool throwaway);
    // A carrier gateway address: shared by unrelated phones of the same country. A phone
    // stays on its carrier, so it cycles through a few neighbouring gateways only.
    std::uint32_t mobileIp(Random& rng, int country, std::uint32_t slotBase) const;

private:
    void createAccounts(const DemoConfig& config, const Calendar& calendar, Random& rng);
    void createAccount(AccountProfile& a, const DemoConfig& config, const Calendar& calendar, Random& rng);
    void joinHousehold(AccountProfile& member, const AccountProfile& head, std::uint32_t sharedDevice,
                       std::int64_t windowEndMs, Random& rng);
    void createOffices(Random& rng);

    std::vector<AccountProfile> m_accounts;
    std::uint32_t m_genuineCount = 0;
    std::uint32_t m_nextDevice = 1;
    std::uint32_t m_nextCard = 1;
    std::uint32_t m_nextAddress = 1;
    std::uint32_t m_nextEmail = 1;
    std::uint64_t m_gatewaySalt = 0;
    std::vector<int> m_gatewayCount; // per country
};

} // namespace fraudlens::synth

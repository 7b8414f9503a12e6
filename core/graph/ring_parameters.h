#pragma once

#include "features/entity_kind.h"

#include <array>
#include <cstdint>

namespace fraudlens::graph {

// Knobs of ring detection. The defaults are tuned on the demo data set and documented
// where each is used; a UI can expose them as "advanced".
struct RingParameters {
    // An entity used by more accounts than this is a NAT, a carrier gateway or a shop
    // everyone visits: sharing it says nothing about collusion, so it is never projected.
    int maxEntityAccounts = 50;

    // How much sharing one entity of each kind means, before rarity. Cards and devices
    // are personal; addresses are shared by families; IPs by whole offices.
    // Order: Device, Ip, Card, Address, Email, Merchant (merchant = one burst window).
    std::array<double, features::kEntityKindCount> kindFactor = {1.0, 0.5, 1.0, 0.8, 1.0, 0.5};

    // Two accounts are linked when their summed sharing weight reaches this. A device or
    // card shared by a handful of accounts reaches it alone; a merchant burst never does
    // (shoppers who happened to buy in the same hour are not a crew), an IP only when
    // almost nobody else uses it.
    double minEdgeWeight = 0.2;

    // Merchants link accounts only for brushing: at least merchantMinAccounts accounts
    // buying at the same merchant inside one window of merchantWindowMs, and those being
    // at least merchantMinShare of everyone who ever bought there (a small shop, or an
    // extraordinary hour of a big one). Windows are laid twice, offset by half a width,
    // so a burst up to half the width always falls whole into one of them.
    std::int64_t merchantWindowMs = 6LL * 3600 * 1000;
    int merchantMinAccounts = 5;
    double merchantMinShare = 0.2;

    // Components larger than this are cut into biconnected blocks (and a block still too
    // big is trimmed to its densest k-core): real crews are tens of accounts, a giant
    // component is a chain of weak coincidences.
    int maxRingAccounts = 80;
    // Smallest group reported as a ring.
    int minRingAccounts = 2;

    // Scoring. Ages at first transaction well under youthScaleHours count as young;
    // members whose first transactions lie within about syncScaleHours of each other
    // started together. A member's transaction is "co-active" when another member
    // transacted within coActivityMs of it, and the members' activity is "concentrated"
    // by the share of it inside their busiest burstWindowMs: crews act together within
    // days, households over months.
    double youthScaleHours = 72.0;
    double syncScaleHours = 72.0;
    std::int64_t coActivityMs = 6LL * 3600 * 1000;
    std::int64_t burstWindowMs = 10LL * 24 * 3600 * 1000;
    // Size (log-scaled) at which the size component saturates.
    int fullSizeAccounts = 16;
    // A member pair whose link weight reaches this counts as fully dense.
    double fullEdgeWeight = 0.5;
    // The ring score is this weighted sum of its components (weights sum to 1). Youth
    // counts only together with synchrony: a family whose members sign up weeks apart
    // is young but not a crew; a crew of old, dormant accounts shows in the burst.
    double sizeWeight = 0.25;
    double youthWeight = 0.30; // applied to youthScore x syncScore
    double burstWeight = 0.25;
    double kindWeight = 0.10;
    double densityWeight = 0.10;
};

} // namespace fraudlens::graph

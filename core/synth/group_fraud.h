#pragma once

namespace fraudlens::synth {

class FraudToolkit;

// Patterns run by a crew of accounts that betray themselves through what they share:
// fraud rings, brushing (fake orders) and promo-abuse sign-up farms.
// Each call stages one incident and returns how many labelled events it emitted.
class GroupFraud {
public:
    explicit GroupFraud(FraudToolkit& kit) : m_kit(kit) {}

    int ring(double roomEvents);
    int brushing(double roomEvents);
    int promoAbuse(double roomEvents);

private:
    FraudToolkit& m_kit;
};

} // namespace fraudlens::synth

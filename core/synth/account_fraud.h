#pragma once

namespace fraudlens::synth {

class FraudToolkit;

// Patterns that play out on a single account and stand out against its own history:
// account takeover, card testing and refund abuse.
// Each call stages one incident and returns how many labelled events it emitted.
class AccountFraud {
public:
    explicit AccountFraud(FraudToolkit& kit) : m_kit(kit) {}

    int takeover(double roomEvents);
    int cardTesting(double roomEvents);
    int refundAbuse(double roomEvents);

private:
    FraudToolkit& m_kit;
};

} // namespace fraudlens::synth

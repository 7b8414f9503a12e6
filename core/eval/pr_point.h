#pragma once

namespace fraudlens::eval {

// One point of a precision-recall curve, as a chart draws it (x = recall, y = precision).
struct PrPoint {
    double recall = 0.0;
    double precision = 0.0;
};

} // namespace fraudlens::eval

#pragma once

#include "features/transaction_frame.h"

namespace fraudlens::store {
class Database;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::features {

// Reads every stored transaction, in time order, into a TransactionFrame. Returns false
// when progress asked to stop.
class FrameLoader {
public:
    static bool load(store::Database& db, TransactionFrame& frame, util::Progress* progress);
};

} // namespace fraudlens::features

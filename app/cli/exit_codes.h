#pragma once

namespace fraudlens::cli {

// The CLI's contract with scripts.
enum ExitCode : int {
    kOk = 0,
    kUsage = 2,
    kInputRejected = 3,
    kIntegrityFailure = 4,
    kFailure = 1,
    kCancelled = 130,
};

} // namespace fraudlens::cli

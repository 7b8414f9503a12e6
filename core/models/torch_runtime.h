#pragma once

namespace fraudlens::models {

class TorchBackend;

// Loads libfraudlens_torch.so once per process, on the first call from any thread.
// It looks at $FRAUDLENS_TORCH_MODULE when set (and nowhere else), else in
// ../lib/fraudlens/ beside the running program, which holds for the installed package
// (/usr/bin, /usr/lib/fraudlens) and for the build tree (bin/ and tests/ beside lib/).
class TorchRuntime {
public:
    // Throws ModelError saying where it looked and why the module did not load.
    static const TorchBackend& backend();
    // Whether backend() has loaded it in this process; loading is never undone.
    static bool loaded();
};

} // namespace fraudlens::models

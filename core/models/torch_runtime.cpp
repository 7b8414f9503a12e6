#include "models/torch_runtime.h"

#include "models/model_error.h"
#include "models/torch_backend.h"

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>

namespace fraudlens::models {

namespace {

std::atomic<const TorchBackend*> g_backend{nullptr};

const char* chosenPath()
{
    const char* chosen = std::getenv("FRAUDLENS_TORCH_MODULE");
    return chosen != nullptr && *chosen != '\0' ? chosen : nullptr;
}

std::filesystem::path modulePath()
{
    if (const char* chosen = chosenPath())
        return chosen;
    std::error_code error;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        throw ModelError("cannot find the model runtime " + std::string(kTorchModuleFile) +
                         ": the running program's path is unknown (" + error.message() +
                         "); set FRAUDLENS_TORCH_MODULE to its path");
    return (exe.parent_path().parent_path() / "lib" / "fraudlens" / kTorchModuleFile).lexically_normal();
}

const TorchBackend* load()
{
    const std::filesystem::path path = modulePath();
    // RTLD_LOCAL: LibTorch's symbols stay inside the module and cannot clash with ours.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = dlerror();
        const std::string hint = chosenPath() != nullptr
                                     ? " (the path comes from FRAUDLENS_TORCH_MODULE)"
                                     : " (it comes with FraudLens and needs LibTorch 1.13, Debian's libtorch1.13; "
                                       "FRAUDLENS_TORCH_MODULE can name another copy)";
        throw ModelError("cannot load the model runtime '" + path.string() + "': " + (why ? why : "unknown error") + hint);
    }
    auto entry = reinterpret_cast<TorchBackendEntry>(dlsym(handle, kTorchBackendEntry));
    const TorchBackend* backend = entry != nullptr ? entry(kTorchBackendBuild) : nullptr;
    if (backend == nullptr)
        throw ModelError("'" + path.string() + "' is not the model runtime of FraudLens " + FRAUDLENS_VERSION +
                         " (another program's library, or one left over from another version); reinstall FraudLens");
    // Never closed: LibTorch cannot be unloaded safely, and its engines may outlive any caller.
    return backend;
}

} // namespace

const TorchBackend& TorchRuntime::backend()
{
    if (const TorchBackend* ready = g_backend.load(std::memory_order_acquire))
        return *ready;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (const TorchBackend* ready = g_backend.load(std::memory_order_acquire))
        return *ready;
    // A failure is not remembered: the next call tries again and says why again.
    const TorchBackend* backend = load();
    g_backend.store(backend, std::memory_order_release);
    return *backend;
}

bool TorchRuntime::loaded() { return g_backend.load(std::memory_order_acquire) != nullptr; }

} // namespace fraudlens::models

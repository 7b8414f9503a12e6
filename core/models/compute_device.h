#pragma once

#include <string>
#include <string_view>

namespace fraudlens::models {

enum class DeviceRequest { Auto, Cpu, Cuda };

// Where the models run. The one place that decides it: Auto takes CUDA when LibTorch
// sees a GPU; Cuda on a machine without one is an error, never a silent fallback.
struct ComputeDevice {
    bool cuda = false;
    std::string name() const { return cuda ? "cuda" : "cpu"; }

    static ComputeDevice resolve(DeviceRequest request);
    static DeviceRequest parseRequest(std::string_view text); // auto | cpu | cuda, else ModelError
    static bool cudaAvailable();
    // Intra-op threads for training and scoring (0 = leave LibTorch's default).
    static void setThreads(int threads);
};

} // namespace fraudlens::models

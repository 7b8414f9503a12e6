#include "models/compute_device.h"

#include "models/model_error.h"
#include "models/torch_backend.h"
#include "models/torch_runtime.h"

namespace fraudlens::models {

bool ComputeDevice::cudaAvailable() { return TorchRuntime::backend().cudaAvailable(); }

ComputeDevice ComputeDevice::resolve(DeviceRequest request)
{
    switch (request) {
    case DeviceRequest::Cpu:
        return ComputeDevice{false};
    case DeviceRequest::Cuda:
        if (!cudaAvailable())
            throw ModelError("--device cuda was asked for, but LibTorch sees no CUDA device on this machine "
                             "(this build or its driver has no GPU support); use --device cpu or auto");
        return ComputeDevice{true};
    case DeviceRequest::Auto:
        break;
    }
    return ComputeDevice{cudaAvailable()};
}

DeviceRequest ComputeDevice::parseRequest(std::string_view text)
{
    if (text == "auto")
        return DeviceRequest::Auto;
    if (text == "cpu")
        return DeviceRequest::Cpu;
    if (text == "cuda")
        return DeviceRequest::Cuda;
    throw ModelError("unknown device '" + std::string(text) + "': expected auto, cpu or cuda");
}

void ComputeDevice::setThreads(int threads)
{
    if (threads > 0)
        TorchRuntime::backend().setThreads(threads);
}

} // namespace fraudlens::models

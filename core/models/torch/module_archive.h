#pragma once

// Private to models/*.cpp: this header pulls in LibTorch.
#include "models/model_error.h"

#include <torch/torch.h>

#include <string>

namespace fraudlens::models {

// Weights are always written from the CPU, so a file trained on a GPU loads anywhere.
inline void saveModule(torch::nn::Module& net, const torch::Device& device, const std::string& path)
{
    torch::serialize::OutputArchive archive;
    net.to(torch::kCPU);
    net.save(archive);
    archive.save_to(path);
    net.to(device);
}

// `what` completes "cannot be read as ...", e.g. "a sequence model".
inline void loadModule(torch::nn::Module& net, const torch::Device& device, const std::string& path, const std::string& what)
{
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path);
        net.load(archive);
        net.to(device);
    } catch (const c10::Error& e) {
        throw ModelError("model file '" + path + "' cannot be read as " + what + ": " + e.what_without_backtrace());
    }
}

} // namespace fraudlens::models

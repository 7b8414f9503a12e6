#pragma once

// Private to the LibTorch module (libfraudlens_torch.so): the engines it hands out.
#include "models/autoencoder.h"
#include "models/sequence_model.h"

#include <memory>

namespace fraudlens::models {

class AutoencoderEngine;
class SequenceEngine;

std::unique_ptr<AutoencoderEngine> makeTorchAutoencoder(std::size_t width, const Autoencoder::Options& options,
                                                        ComputeDevice device);
std::unique_ptr<SequenceEngine> makeTorchSequenceModel(std::size_t inputWidth, const std::vector<int>& targets,
                                                       const SequenceModel::Options& options, ComputeDevice device);

} // namespace fraudlens::models

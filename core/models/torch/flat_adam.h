#pragma once

// Private to models/torch/*.cpp: this header pulls in LibTorch.
#include <torch/torch.h>

#include <vector>

namespace fraudlens::models {

// Adam over a network's parameters laid end to end in one buffer, their gradients in
// another: a step is six tensor operations whatever the number of layers, where
// torch::optim::Adam runs six per parameter tensor. On the autoencoder's eight small
// tensors those calls, not the arithmetic, were the step's cost. The arithmetic is
// torch::optim::Adam's (no weight decay, no AMSGrad), operation for operation, so the
// trained weights are the same to the bit.
//
// While it lives the parameters are views of its buffer and autograd accumulates their
// gradients into its gradient buffer; release() gives each its own storage back, so the
// module saves and loads as before.
class FlatAdam {
public:
    FlatAdam(std::vector<torch::Tensor> parameters, double learningRate, double beta1 = 0.9, double beta2 = 0.999,
             double eps = 1e-8);
    ~FlatAdam();
    FlatAdam(const FlatAdam&) = delete;
    FlatAdam& operator=(const FlatAdam&) = delete;

    void zeroGrad();
    void step();
    void release();

private:
    std::vector<torch::Tensor> m_parameters;
    torch::Tensor m_values;
    torch::Tensor m_grads;
    torch::Tensor m_mean;
    torch::Tensor m_square;
    torch::Tensor m_denominator;
    double m_learningRate;
    double m_beta1;
    double m_beta2;
    double m_eps;
    long m_steps = 0;
    bool m_released = false;
};

} // namespace fraudlens::models

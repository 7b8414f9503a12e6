#include "models/torch/flat_adam.h"

#include <cmath>

namespace fraudlens::models {

FlatAdam::FlatAdam(std::vector<torch::Tensor> parameters, double learningRate, double beta1, double beta2, double eps)
    : m_parameters(std::move(parameters)), m_learningRate(learningRate), m_beta1(beta1), m_beta2(beta2), m_eps(eps)
{
    std::int64_t total = 0;
    for (const torch::Tensor& p : m_parameters)
        total += p.numel();
    const auto options = m_parameters.empty() ? torch::TensorOptions() : m_parameters.front().options().requires_grad(false);
    m_values = torch::empty({total}, options);
    m_grads = torch::zeros({total}, options);
    m_mean = torch::zeros({total}, options);
    m_square = torch::zeros({total}, options);
    m_denominator = torch::empty({total}, options);
    torch::NoGradGuard noGrad;
    std::int64_t offset = 0;
    for (torch::Tensor& p : m_parameters) {
        const std::int64_t n = p.numel();
        m_values.narrow(0, offset, n).copy_(p.detach().reshape({n}));
        p.set_(m_values.storage(), offset, p.sizes(), c10::contiguous_strides(p.sizes()));
        // Autograd adds into a gradient that is already there, in place.
        p.mutable_grad() = m_grads.narrow(0, offset, n).view(p.sizes());
        offset += n;
    }
}

FlatAdam::~FlatAdam()
{
    release();
}

void FlatAdam::zeroGrad()
{
    m_grads.zero_();
}

void FlatAdam::step()
{
    torch::NoGradGuard noGrad;
    ++m_steps;
    m_mean.mul_(m_beta1).add_(m_grads, 1.0 - m_beta1);
    m_square.mul_(m_beta2).addcmul_(m_grads, m_grads, 1.0 - m_beta2);
    const double biasCorrection1 = 1.0 - std::pow(m_beta1, static_cast<double>(m_steps));
    const double biasCorrection2 = 1.0 - std::pow(m_beta2, static_cast<double>(m_steps));
    torch::sqrt_out(m_denominator, m_square).div_(std::sqrt(biasCorrection2)).add_(m_eps);
    m_values.addcdiv_(m_mean, m_denominator, -m_learningRate / biasCorrection1);
}

void FlatAdam::release()
{
    if (m_released)
        return;
    m_released = true;
    torch::NoGradGuard noGrad;
    for (torch::Tensor& p : m_parameters) {
        p.mutable_grad() = torch::Tensor();
        p.set_(p.detach().clone());
    }
}

} // namespace fraudlens::models

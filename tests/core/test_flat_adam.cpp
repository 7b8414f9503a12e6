// FlatAdam must train exactly as torch::optim::Adam does (the autoencoder's saved
// weights, losses and scores depend on it) and hand the parameters back whole.
#include "models/torch/flat_adam.h"

#include <QTest>

using fraudlens::models::FlatAdam;

namespace {

struct Net {
    torch::nn::Sequential layers;
    explicit Net(std::uint64_t seed)
    {
        torch::manual_seed(seed);
        layers = torch::nn::Sequential(torch::nn::Linear(12, 8), torch::nn::Tanh(), torch::nn::Linear(8, 3),
                                       torch::nn::Tanh(), torch::nn::Linear(3, 12));
    }
    torch::Tensor loss(const torch::Tensor& x) { return (layers->forward(x) - x).pow(2).mean(); }
};

} // namespace

class TestFlatAdam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsAsTorchAdamDoes();
    void releaseGivesEachParameterItsOwnStorage();
};

void TestFlatAdam::stepsAsTorchAdamDoes()
{
    torch::manual_seed(3);
    const torch::Tensor data = torch::randn({400, 12});
    Net reference(11);
    Net flat(11);
    torch::optim::Adam adam(reference.layers->parameters(), torch::optim::AdamOptions(0.01));
    FlatAdam flatAdam(flat.layers->parameters(), 0.01);
    for (int step = 0; step < 60; ++step) {
        const torch::Tensor batch = data.narrow(0, (step * 40) % 360, 40);
        adam.zero_grad();
        reference.loss(batch).backward();
        adam.step();
        flatAdam.zeroGrad();
        flat.loss(batch).backward();
        flatAdam.step();
    }
    const auto expected = reference.layers->parameters();
    const auto actual = flat.layers->parameters();
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(torch::equal(actual[i], expected[i]), qPrintable(QString("parameter %1 differs").arg(i)));
    // The steps moved the weights: equal because both trained, not because neither did.
    QVERIFY(!torch::equal(actual[0], Net(11).layers->parameters()[0]));
    QVERIFY(reference.loss(data).item<double>() < Net(11).loss(data).item<double>() * 0.8);
}

void TestFlatAdam::releaseGivesEachParameterItsOwnStorage()
{
    Net net(5);
    const torch::Tensor x = torch::randn({20, 12});
    {
        FlatAdam optimiser(net.layers->parameters(), 0.01);
        const auto during = net.layers->parameters();
        QCOMPARE(during[0].storage().data(), during[1].storage().data()); // one buffer while training
        optimiser.zeroGrad();
        net.loss(x).backward();
        optimiser.step();
        QVERIFY(during[0].grad().defined());
    } // the destructor releases
    const auto after = net.layers->parameters();
    for (std::size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].storage().nbytes(), static_cast<std::size_t>(after[i].numel()) * sizeof(float));
        QVERIFY(!after[i].grad().defined());
        QVERIFY(after[i].requires_grad());
    }
    // Training goes on with another optimiser as with any module.
    torch::optim::SGD sgd(net.layers->parameters(), torch::optim::SGDOptions(0.1));
    const double before = net.loss(x).item<double>();
    for (int i = 0; i < 20; ++i) {
        sgd.zero_grad();
        net.loss(x).backward();
        sgd.step();
    }
    QVERIFY(net.loss(x).item<double>() < before);
}

QTEST_GUILESS_MAIN(TestFlatAdam)
#include "test_flat_adam.moc"

#include "scored_demo.h"

#include "detector_metrics_model.h"
#include "job_runner.h"
#include "models/compute_device.h"
#include "models_view.h"
#include "pr_curve_chart.h"
#include "rules_table_model.h"
#include "store/database.h"
#include "store/statement.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fraudlens;
using ui::ModelsView;

namespace {

// The view and the workspace it reads, as the main window holds them.
struct Fixture {
    ui::Workspace workspace;
    ModelsView view{workspace};

    template <class T>
    T* find(const char* name)
    {
        return view.findChild<T*>(QString::fromLatin1(name));
    }
};

std::int64_t count(const QString& path, const char* sql)
{
    store::Database db(path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    s.step();
    return s.columnInt(0);
}

} // namespace

class TestModelsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsDetectorMetricsAndTheLatestRun();
    void budgetLabelFollowsTheSlider();
    void cudaCannotBePickedWithoutCuda();
    void invalidRuleIsExplainedAndNotStored();
    void validRuleIsStoredAndAudited();
    void auditorModeDisablesChanges();
    void learningWithoutDecisionsSaysWhy();
    void trainButtonRunsAScoringJob();

private:
    std::unique_ptr<Fixture> opened();

    QTemporaryDir m_dir;
    QString m_db;
};

void TestModelsView::initTestCase()
{
    // AppSettings reads QSettings: keep the user's own preferences out of the test.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_db = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_db.isEmpty());
}

std::unique_ptr<Fixture> TestModelsView::opened()
{
    auto f = std::make_unique<Fixture>();
    f->workspace.setAnalyst(QStringLiteral("tester"));
    f->view.resize(1200, 900);
    f->view.show();
    QSignalSpy loaded(&f->view, &ModelsView::loaded);
    f->workspace.open(m_db);
    if (!loaded.wait(60000))
        return nullptr;
    return f;
}

void TestModelsView::showsDetectorMetricsAndTheLatestRun()
{
    auto f = opened();
    QVERIFY(f);
    auto* table = f->find<QTableView>("metricsTable");
    QVERIFY(table);
    QAbstractItemModel* metrics = table->model();
    QAbstractItemModelTester metricsTester(metrics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(metrics->rowCount() == 6);
    QCOMPARE(metrics->index(0, 0).data(ui::DetectorMetricsModel::KeyRole).toString(), QStringLiteral("fused"));
    const double auprc = metrics->index(0, ui::DetectorMetricsModel::Auprc).data(ui::DetectorMetricsModel::RawValueRole).toDouble();
    QVERIFY2(auprc > 0.5, qPrintable(QString::number(auprc)));
    QCOMPARE(f->find<ui::PrCurveChart>("prChart")->curveCount(), 6);

    QVERIFY(f->find<QLabel>("lastRunLabel")->text().contains(QStringLiteral("CPU")));
    // The first scoring run installed the default rules.
    QAbstractItemModel* rules = f->find<QTableView>("rulesTable")->model();
    QAbstractItemModelTester rulesTester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(rules->rowCount() > 0);
}

void TestModelsView::budgetLabelFollowsTheSlider()
{
    auto f = opened();
    QVERIFY(f);
    auto* slider = f->find<QSlider>("budgetSlider");
    auto* label = f->find<QLabel>("budgetLabel");
    QVERIFY(slider && label);
    // The slider starts at the 1 % budget the run used.
    QCOMPARE(slider->value(), 10);
    QVERIFY2(label->text().startsWith(QStringLiteral("Budget 1.0 %")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("expected precision")));
    const QString before = label->text();
    slider->setValue(50);
    QVERIFY2(label->text().startsWith(QStringLiteral("Budget 5.0 %")), qPrintable(label->text()));
    QVERIFY(label->text() != before);
}

void TestModelsView::cudaCannotBePickedWithoutCuda()
{
    if (models::ComputeDevice::cudaAvailable())
        QSKIP("this machine has CUDA");
    Fixture f;
    auto* combo = f.find<QComboBox>("deviceCombo");
    QVERIFY(combo);
    // Asked once the panel is on screen: asking loads LibTorch.
    f.view.show();
    const int cuda = combo->findData(static_cast<int>(models::DeviceRequest::Cuda));
    QVERIFY(cuda >= 0);
    QTRY_COMPARE(combo->itemData(cuda, Qt::ToolTipRole).toString(), QStringLiteral("CUDA is not available on this machine"));
    QVERIFY(!qobject_cast<QStandardItemModel*>(combo->model())->item(cuda)->isEnabled());
}

void TestModelsView::invalidRuleIsExplainedAndNotStored()
{
    auto f = opened();
    QVERIFY(f);
    f->find<QPushButton>("newRuleButton")->click();
    f->find<QLineEdit>("ruleName")->setText(QStringLiteral("typo_rule"));
    QTest::keyClicks(f->find<QLineEdit>("ruleExpression"), QStringLiteral("amout > 5000"));
    auto* problem = f->find<QLabel>("ruleError");
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QStringLiteral("Column 1")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QStringLiteral("did you mean 'amount'")), qPrintable(problem->text()));
    auto* add = f->find<QPushButton>("addRuleButton");
    QVERIFY(!add->isEnabled());
    add->click();
    f->workspace.waitForIdle();
    QCOMPARE(count(m_db, "SELECT COUNT(*) FROM rules WHERE name = 'typo_rule'"), std::int64_t(0));
}

void TestModelsView::validRuleIsStoredAndAudited()
{
    auto f = opened();
    QVERIFY(f);
    f->find<QPushButton>("newRuleButton")->click();
    f->find<QLineEdit>("ruleName")->setText(QStringLiteral("big_new_device"));
    QTest::keyClicks(f->find<QLineEdit>("ruleExpression"), QStringLiteral("amount > 5000 and new_device"));
    QVERIFY(f->find<QLabel>("ruleError")->isHidden());
    auto* add = f->find<QPushButton>("addRuleButton");
    QVERIFY(add->isEnabled());
    add->click();
    QTRY_COMPARE(count(m_db, "SELECT COUNT(*) FROM rules WHERE name = 'big_new_device' "
                             "AND expression = 'amount > 5000 and new_device'"),
                 std::int64_t(1));
    QCOMPARE(count(m_db, "SELECT COUNT(*) FROM audit_log WHERE action = 'rule.add' AND target = 'rule:big_new_device' "
                         "AND actor = 'tester'"),
             std::int64_t(1));
    // The table reloads and selects the new rule.
    QAbstractItemModel* rules = f->find<QTableView>("rulesTable")->model();
    QTRY_VERIFY(!rules->match(rules->index(0, ui::RulesTableModel::Name), Qt::DisplayRole, QStringLiteral("big_new_device"), 1,
                              Qt::MatchExactly)
                     .isEmpty());
    QTRY_VERIFY(f->find<QPushButton>("saveRuleButton")->isEnabled());
}

void TestModelsView::auditorModeDisablesChanges()
{
    auto f = opened();
    QVERIFY(f);
    f->workspace.setReadOnly(true);
    for (const char* name : {"trainButton", "rescoreButton", "learnButton", "newRuleButton", "addRuleButton",
                             "saveRuleButton", "removeRuleButton"})
        QVERIFY2(!f->find<QPushButton>(name)->isEnabled(), name);
    QVERIFY(!f->find<QLineEdit>("ruleExpression")->isEnabled());
    QAbstractItemModel* rules = f->find<QTableView>("rulesTable")->model();
    QVERIFY(!(rules->flags(rules->index(0, ui::RulesTableModel::Enabled)) & Qt::ItemIsUserCheckable));
    // Reading stays: a backtest changes nothing.
    QVERIFY(f->find<QPushButton>("backtestButton")->isEnabled());

    f->workspace.setReadOnly(false);
    for (const char* name : {"trainButton", "rescoreButton", "learnButton", "newRuleButton"})
        QVERIFY2(f->find<QPushButton>(name)->isEnabled(), name);
    QVERIFY(rules->flags(rules->index(0, ui::RulesTableModel::Enabled)) & Qt::ItemIsUserCheckable);
}

void TestModelsView::learningWithoutDecisionsSaysWhy()
{
    auto f = opened();
    QVERIFY(f);
    QVERIFY(f->find<QLabel>("decisionsLabel")->text().startsWith(QStringLiteral("0 decided alerts")));
    QSignalSpy finished(&f->workspace.jobs(), &ui::JobRunner::finished);
    f->find<QPushButton>("learnButton")->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(3).toInt(), 0); // nothing changed
    QVERIFY2(f->find<QLabel>("feedbackResult")->text().startsWith(QStringLiteral("Not enough decisions")),
             qPrintable(f->find<QLabel>("feedbackResult")->text()));
    QCOMPARE(count(m_db, "SELECT COUNT(*) FROM settings WHERE key = 'fusion.weights'"), std::int64_t(0));
}

void TestModelsView::trainButtonRunsAScoringJob()
{
    auto f = opened();
    QVERIFY(f);
    const std::int64_t runs = count(m_db, "SELECT COUNT(*) FROM scoring_runs");
    f->find<QSpinBox>("epochsSpin")->setValue(1);
    f->find<QSpinBox>("threadsSpin")->setValue(1);
    auto* device = f->find<QComboBox>("deviceCombo");
    device->setCurrentIndex(device->findData(static_cast<int>(models::DeviceRequest::Cpu)));
    QSignalSpy finished(&f->workspace.jobs(), &ui::JobRunner::finished);
    auto* train = f->find<QPushButton>("trainButton");
    QVERIFY(train->isEnabled());
    train->click();
    QVERIFY(f->workspace.jobs().isRunning());
    QVERIFY(!train->isEnabled());
    QVERIFY(!f->find<QPushButton>("learnButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(finished.first().at(3).toInt() & int(ui::DataChange::Scores));
    QCOMPARE(count(m_db, "SELECT COUNT(*) FROM scoring_runs"), runs + 1);
    QVERIFY(train->isEnabled());
}

QTEST_MAIN(TestModelsView)
#include "test_models_view.moc"

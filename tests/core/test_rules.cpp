#include "features/feature_matrix.h"
#include "features/feature_names.h"
#include "features/feature_schema.h"
#include "rules/compiled_expression.h"
#include "rules/default_rules.h"
#include "rules/parser.h"
#include "rules/rule_backtest.h"
#include "rules/rule_error.h"
#include "rules/rule_set.h"
#include "rules/rule_store.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace fraudlens;
using namespace fraudlens::rules;

namespace {

// A small schema keeps the expected values readable; the default schema is used where
// the real feature names matter.
features::FeatureSchema smallSchema()
{
    return features::FeatureSchema(1, {"a", "b", "c", "amount", "acct_median_amount", "new_device"});
}

// a=2 b=3 c=0 amount=600 acct_median_amount=100 new_device=1
const float kRow[] = {2.0f, 3.0f, 0.0f, 600.0f, 100.0f, 1.0f};

std::string errorOf(const std::string& expression, const features::FeatureSchema& schema)
{
    try {
        CompiledExpression::compile(expression, schema);
    } catch (const RuleError& error) {
        return error.what();
    }
    return "(compiled)";
}

Rule makeRule(const std::string& name, const std::string& expression, Severity severity, bool enabled = true)
{
    Rule rule;
    rule.name = name;
    rule.expression = expression;
    rule.severity = severity;
    rule.enabled = enabled;
    return rule;
}

features::FeatureMatrix amountMatrix(const std::vector<float>& amounts)
{
    features::FeatureMatrix matrix;
    matrix.schema = features::FeatureSchema(1, {"amount", "new_device"});
    matrix.rows = amounts.size();
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        matrix.values.push_back(amounts[i]);
        matrix.values.push_back(i % 2 == 0 ? 1.0f : 0.0f);
    }
    return matrix;
}

struct AuditRow {
    std::string action, target, details;
};

std::vector<AuditRow> auditRows(store::Database& db)
{
    store::Statement q(db, "SELECT action, target, details FROM audit_log ORDER BY seq");
    std::vector<AuditRow> rows;
    while (q.step())
        rows.push_back({q.columnText(0), q.columnText(1), q.columnText(2)});
    return rows;
}

std::int64_t ruleCount(store::Database& db)
{
    store::Statement q(db, "SELECT COUNT(*) FROM rules");
    q.step();
    return q.columnInt(0);
}

std::string nested(const std::string& open, int depth, const std::string& inner, const std::string& close)
{
    std::string text;
    for (int i = 0; i < depth; ++i)
        text += open;
    text += inner;
    for (int i = 0; i < depth; ++i)
        text += close;
    return text;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void evaluates_data();
    void evaluates();
    void errors_data();
    void errors();
    void nestingLimit_data();
    void nestingLimit();
    void numbersAreNotConditions();
    void foldsConstants();
    void survivesRandomInput();
    void severityWords_data();
    void severityWords();
    void ruleSetEvaluatesRows();
    void ruleSetOverMatrix();
    void invalidRulePolicies();
    void backtestPrecisionRecall();
    void backtestWithoutLabels();
    void storeAddUpdateRemoveAudited();
    void storeRefusesInvalidAndWritesNothing();
    void storeRefusesDuplicatesAndUnknown();
    void defaultsInstalledOnce();
    void builtinDefaultsCompile();
    void defaultRulesErrors_data();
    void defaultRulesErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
};

void TestRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("rules.db").toStdString();
}

void TestRules::evaluates_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("expected");
    QTest::newRow("precedence") << "1 + 2 * 3" << 7.0;
    QTest::newRow("parentheses") << "(1 + 2) * 3" << 9.0;
    QTest::newRow("precedence in comparison") << "1 + 2 * 3 == 7" << 1.0;
    QTest::newRow("minus is left associative") << "10 - 4 - 3" << 3.0;
    QTest::newRow("division is left associative") << "100 / 10 / 5" << 2.0;
    QTest::newRow("mixed") << "2 * (3 + 4) - 1" << 13.0;
    QTest::newRow("unary minus") << "-a * b" << -6.0;
    QTest::newRow("double unary minus") << "- -a" << 2.0;
    QTest::newRow("unary minus after operator") << "3 - -2" << 5.0;
    QTest::newRow("unary minus on product operand") << "2 * -a" << -4.0;
    QTest::newRow("exponent") << "1e3" << 1000.0;
    QTest::newRow("negative exponent") << "2.5e-1 * 4" << 1.0;
    QTest::newRow("leading dot") << "0.5 + .5" << 1.0;
    QTest::newRow("division by zero feature") << "a / c" << 0.0;
    QTest::newRow("division by zero constant") << "a / 0" << 0.0;
    QTest::newRow("zero by zero") << "c / c" << 0.0;
    QTest::newRow("abs") << "abs(-a)" << 2.0;
    QTest::newRow("min") << "min(a, b)" << 2.0;
    QTest::newRow("max") << "max(a, b)" << 3.0;
    QTest::newRow("nested calls") << "min(a, max(b, 10))" << 2.0;
    QTest::newRow("log is log1p") << "log(a)" << std::log1p(2.0);
    QTest::newRow("log of zero") << "log(0)" << 0.0;
    QTest::newRow("log of negative") << "log(-5)" << 0.0;
    QTest::newRow("function case") << "MAX(a, b)" << 3.0;
    QTest::newRow("less") << "a < b" << 1.0;
    QTest::newRow("less equal") << "a <= 2" << 1.0;
    QTest::newRow("greater") << "a > b" << 0.0;
    QTest::newRow("greater equal") << "b >= 3" << 1.0;
    QTest::newRow("equal") << "a == 2" << 1.0;
    QTest::newRow("not equal") << "a != 2" << 0.0;
    QTest::newRow("float constant equals float feature") << "a * 0.1 == 0.2" << 1.0;
    QTest::newRow("and false") << "a < b and b < a" << 0.0;
    QTest::newRow("or true") << "a < b or b < a" << 1.0;
    QTest::newRow("not of true") << "not a" << 0.0;
    QTest::newRow("not of false") << "not c" << 1.0;
    QTest::newRow("bang") << "!c" << 1.0;
    QTest::newRow("double ampersand") << "a > 1 && b > 2" << 1.0;
    QTest::newRow("double bar") << "c || a" << 1.0;
    QTest::newRow("keywords any case") << "a > 1 AND b > 1 Or c" << 1.0;
    QTest::newRow("not binds looser than comparison") << "NOT a > 5" << 1.0;
    QTest::newRow("not binds tighter than and") << "not a > 1 and b > 2" << 0.0;
    QTest::newRow("and binds tighter than or") << "a or b and c" << 1.0;
    QTest::newRow("and before or, left") << "c and b or a" << 1.0;
    QTest::newRow("parenthesised or") << "c and (b or a)" << 0.0;
    QTest::newRow("rule") << "amount > 5 * acct_median_amount and new_device" << 1.0;
    QTest::newRow("rule false") << "amount > 6 * acct_median_amount and new_device" << 0.0;
    QTest::newRow("blanks and newlines") << "\ta\n>\r\n1 " << 1.0;
}

void TestRules::evaluates()
{
    QFETCH(QString, expression);
    QFETCH(double, expected);
    const auto compiled = CompiledExpression::compile(expression.toStdString(), smallSchema());
    QCOMPARE(double(compiled.evaluate(kRow)), double(float(expected)));
}

void TestRules::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "column 1: empty expression";
    QTest::newRow("blank") << "   " << "column 1: empty expression";
    QTest::newRow("unknown feature with suggestion")
        << "amount > 100 and amout < 5" << "column 18: unknown feature 'amout' (did you mean 'amount'?)";
    QTest::newRow("suggestion ignores case") << "AMOUNT > 1" << "column 1: unknown feature 'AMOUNT' (did you mean 'amount'?)";
    QTest::newRow("unknown feature without suggestion") << "zzzzzz > 1" << "column 1: unknown feature 'zzzzzz'";
    QTest::newRow("unclosed paren") << "(a + b" << "column 7: expected ')' to close the '(' at column 1";
    QTest::newRow("paren closed by junk") << "(a + b c" << "column 8: expected ')' but found 'c'";
    QTest::newRow("unclosed call") << "min(a, b" << "column 9: expected ')' to close the '(' at column 4";
    QTest::newRow("unmatched close") << "a + b)" << "column 6: unmatched ')'";
    QTest::newRow("trailing junk")
        << "a > 1 b" << "column 7: unexpected 'b' after a complete expression (missing 'and', 'or' or an operator?)";
    QTest::newRow("ends after operator") << "a >" << "column 4: expected a number, a feature or '(' but the expression ends";
    QTest::newRow("two operators") << "a > > 1" << "column 5: expected a number, a feature or '(' but found '>'";
    QTest::newRow("empty parens") << "()" << "column 2: expected a number, a feature or '(' but found ')'";
    QTest::newRow("single equals") << "a = 1" << "column 3: use '==' to compare, not '='";
    QTest::newRow("single ampersand") << "a & b" << "column 3: use 'and' or '&&', not '&'";
    QTest::newRow("single bar") << "a | b" << "column 3: use 'or' or '||', not '|'";
    QTest::newRow("stray character") << "a # b" << "column 3: unexpected character '#'";
    QTest::newRow("non-ascii") << "a > 1 \u2265" << "column 7: unexpected character '\u2265'";
    QTest::newRow("control character") << QString("a >") + QChar(1) << "column 4: unexpected character '\\x01'";
    QTest::newRow("two dots") << "a > 1.2.3" << "column 5: malformed number '1.2.3'";
    QTest::newRow("number glued to word") << "a > 5x" << "column 5: malformed number '5x'";
    QTest::newRow("bare exponent") << "a > 1e" << "column 5: malformed number '1e'";
    QTest::newRow("out of range") << "1e999 > a" << "column 1: number '1e999' is out of range";
    QTest::newRow("out of float range") << "1e39 > a" << "column 1: number '1e39' is out of range";
    QTest::newRow("chained comparison") << "a < b < c" << "column 7: comparisons cannot be chained; join them with 'and'";
    QTest::newRow("too many arguments") << "abs(a, b)" << "column 1: abs() takes 1 argument, not 2";
    QTest::newRow("too few arguments") << "min(a)" << "column 1: min() takes 2 arguments, not 1";
    QTest::newRow("no arguments") << "log()" << "column 1: log() takes 1 argument, not 0";
    QTest::newRow("unknown function") << "foo(a)" << "column 1: unknown function 'foo' (functions: abs, min, max, log)";
    QTest::newRow("misspelt function") << "mxa(a, b)" << "column 1: unknown function 'mxa' (did you mean 'max'?)";
    QTest::newRow("function without call") << "abs + 1" << "column 5: expected '(' after 'abs'";
    QTest::newRow("not inside comparison") << "a > not b" << "column 5: put 'not' and what it negates in parentheses here";
}

void TestRules::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QCOMPARE(QString::fromStdString(errorOf(expression.toStdString(), smallSchema())), message);
}

void TestRules::nestingLimit_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    const int limit = Parser::kMaxNesting;
    const QString tooDeep = QString("column %1: expression nested too deeply (more than 64 levels)").arg(limit + 1);
    QTest::newRow("parentheses at the limit") << QString::fromStdString(nested("(", limit, "a", ")")) << "(compiled)";
    QTest::newRow("parentheses past the limit") << QString::fromStdString(nested("(", limit + 1, "a", ")")) << tooDeep;
    QTest::newRow("unbalanced flood") << QString::fromStdString(nested("(", 9000, "", "")) << tooDeep;
    QTest::newRow("unary minus flood") << QString::fromStdString(nested("-", 9000, "a", "")) << tooDeep;
    QTest::newRow("not flood") << QString::fromStdString(nested("!", 9000, "a", "")) << tooDeep;
    QTest::newRow("calls past the limit")
        << QString::fromStdString(nested("abs(", limit + 1, "a", ")")) << QString("column %1: expression nested too deeply (more than 64 levels)").arg(4 * limit + 4);
    QTest::newRow("long flat chain") << QString::fromStdString("a" + nested(" + a", 2000, "", "") + " > 1") << "(compiled)";
    QTest::newRow("too long") << QString(10001, QLatin1Char('a')) << "column 10001: expression longer than 10000 characters";
}

void TestRules::nestingLimit()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QCOMPARE(QString::fromStdString(errorOf(expression.toStdString(), smallSchema())), message);
}

void TestRules::numbersAreNotConditions()
{
    const auto schema = smallSchema();
    QVERIFY_THROWS_EXCEPTION(RuleError, RuleSet::compileCondition("amount * 2", schema));
    try {
        RuleSet::compileCondition("abs(a)", schema);
        QFAIL("a number was accepted as a condition");
    } catch (const RuleError& error) {
        QCOMPARE(error.column(), 1);
        QVERIFY(QString(error.what()).startsWith("column 1: the expression is a number, not a condition"));
    }
    // A 0/1 feature on its own is a fine condition.
    QVERIFY(RuleSet::compileCondition("new_device", schema).isCondition());
    QVERIFY(RuleSet::compileCondition("(a > 1)", schema).isCondition());
}

void TestRules::foldsConstants()
{
    const auto compiled = CompiledExpression::compile("amount > 5 * 1000 / (2 - 1)", smallSchema());
    QCOMPARE(compiled.code().size(), std::size_t(3));
    QCOMPARE(compiled.code()[1].value, 5000.0f);
    QCOMPARE(compiled.columns(), std::vector<int>{3});
    QCOMPARE(CompiledExpression::compile("1 + 2 * 3 == 7", smallSchema()).code().size(), std::size_t(1));
}

void TestRules::survivesRandomInput()
{
    // Not a fuzzer, but the same contract: any input compiles or throws RuleError.
    const std::string alphabet = "ab()+-*/<>=!&|, .0123456789e_notandorabsminmaxlog\x01\xC3\xA9";
    std::mt19937 random(12345);
    const auto schema = smallSchema();
    int compiled = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text(random() % 40, ' ');
        for (char& c : text)
            c = alphabet[random() % alphabet.size()];
        try {
            const auto expression = CompiledExpression::compile(text, schema);
            (void)expression.evaluate(kRow);
            ++compiled;
        } catch (const RuleError&) {
        }
    }
    QVERIFY(compiled > 0);
}

void TestRules::severityWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("severity"); // -1: refused
    QTest::addColumn<double>("weight");
    QTest::newRow("low") << "low" << int(Severity::Low) << 0.3;
    QTest::newRow("medium") << "medium" << int(Severity::Medium) << 0.6;
    QTest::newRow("high") << "high" << int(Severity::High) << 1.0;
    QTest::newRow("any case, blanks") << " High " << int(Severity::High) << 1.0;
    QTest::newRow("unknown") << "critical" << -1 << 0.0;
    QTest::newRow("empty") << "" << -1 << 0.0;
}

void TestRules::severityWords()
{
    QFETCH(QString, word);
    QFETCH(int, severity);
    QFETCH(double, weight);
    const auto parsed = severityFromString(word.toStdString());
    if (severity < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), severity);
    QCOMPARE(std::string(toString(*parsed)), word.trimmed().toLower().toStdString());
    QCOMPARE(severityWeight(*parsed), float(weight));
}

void TestRules::ruleSetEvaluatesRows()
{
    const RuleSet set({makeRule("low", "a > 1", Severity::Low), makeRule("off", "a > 1", Severity::High, false),
                       makeRule("medium", "b == 3", Severity::Medium), makeRule("miss", "c > 0", Severity::High)},
                      smallSchema());
    QCOMPARE(set.activeCount(), std::size_t(3));
    QCOMPARE(set.evaluate(kRow), (std::vector<std::uint16_t>{0, 2}));
    QCOMPARE(set.score(kRow), 0.6f);
    QVERIFY(set.matches(1, kRow)); // disabled rules can still be asked, e.g. by a backtest
    const float quiet[] = {0, 0, 0, 0, 0, 0};
    QVERIFY(set.evaluate(quiet).empty());
    QCOMPARE(set.score(quiet), 0.0f);
    const float all[] = {2, 3, 1, 0, 0, 0};
    QCOMPARE(set.score(all), 1.0f);
}

void TestRules::ruleSetOverMatrix()
{
    const auto matrix = amountMatrix({50, 150, 1500, 20});
    const RuleSet set({makeRule("big", "amount > 100", Severity::Medium), makeRule("huge", "amount > 1000", Severity::High),
                       makeRule("new", "new_device and amount < 100", Severity::Low)},
                      matrix.schema);
    const RuleHits hits = set.evaluateAll(matrix);
    QCOMPARE(hits.rows(), std::size_t(4));
    QCOMPARE(std::vector<std::uint16_t>(hits.of(0).begin(), hits.of(0).end()), std::vector<std::uint16_t>{2});
    QVERIFY(hits.of(1).empty() == false);
    QCOMPARE(std::vector<std::uint16_t>(hits.of(2).begin(), hits.of(2).end()), (std::vector<std::uint16_t>{0, 1}));
    QCOMPARE(std::vector<std::uint16_t>(hits.of(3).begin(), hits.of(3).end()), std::vector<std::uint16_t>{});
    QCOMPARE(hits.scores, (std::vector<float>{0.3f, 0.6f, 1.0f, 0.0f}));
    QCOMPARE(hits.hitsPerRule, (std::vector<std::int64_t>{2, 1, 1}));

    features::FeatureMatrix other = matrix;
    other.schema = features::FeatureSchema(1, {"new_device", "amount"});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, set.evaluateAll(other));
}

void TestRules::invalidRulePolicies()
{
    std::vector<Rule> rules{makeRule("good", "a > 1", Severity::High), makeRule("bad", "zzz > 1", Severity::High)};
    try {
        RuleSet set(rules, smallSchema());
        QFAIL("an invalid rule was accepted");
    } catch (const RuleError& error) {
        QCOMPARE(QString(error.what()), QString("rule 'bad': column 1: unknown feature 'zzz'"));
        QCOMPARE(error.ruleName(), std::string("bad"));
        QCOMPARE(error.column(), 1);
    }
    const RuleSet skipping(rules, smallSchema(), InvalidRules::Skip);
    QVERIFY(skipping.isValid(0));
    QVERIFY(!skipping.isValid(1));
    QCOMPARE(skipping.problem(1), std::string("column 1: unknown feature 'zzz'"));
    QCOMPARE(skipping.evaluate(kRow), std::vector<std::uint16_t>{0});
}

void TestRules::backtestPrecisionRecall()
{
    // amount:       50 150 1500  20 300 900 2000  10
    // label:         0   1    1   0   0   1   -1   1
    // new_device:    1   0    1   0   1   0    1   0
    const auto matrix = amountMatrix({50, 150, 1500, 20, 300, 900, 2000, 10});
    const std::vector<std::int8_t> labels{0, 1, 1, 0, 0, 1, -1, 1};
    const RuleSet set({makeRule("big", "amount > 100", Severity::Medium),
                       makeRule("huge", "amount > 1000", Severity::High, false),
                       makeRule("never", "amount < 0", Severity::Low)},
                      matrix.schema);
    const auto result = RuleBacktest::run(set, matrix, labels);
    QCOMPARE(result.rows, std::int64_t(8));
    QCOMPARE(result.labelledRows, std::int64_t(7));
    QCOMPARE(result.positives, std::int64_t(4));
    QVERIFY(result.hasLabels());

    const auto& big = result.rules[0]; // hits 150 1500 300 900 2000
    QCOMPARE(big.hits, std::int64_t(5));
    QCOMPARE(big.hitShare, 5.0 / 8.0);
    QCOMPARE(big.labelledHits, std::int64_t(4));
    QCOMPARE(big.truePositives, std::int64_t(3));
    QCOMPARE(*big.precision, 3.0 / 4.0);
    QCOMPARE(*big.recall, 3.0 / 4.0);

    const auto& huge = result.rules[1]; // disabled, still measured: 1500 2000
    QVERIFY(!huge.enabled);
    QCOMPARE(huge.hits, std::int64_t(2));
    QCOMPARE(huge.truePositives, std::int64_t(1));
    QCOMPARE(*huge.precision, 1.0);
    QCOMPARE(*huge.recall, 1.0 / 4.0);

    const auto& never = result.rules[2];
    QCOMPARE(never.hits, std::int64_t(0));
    QVERIFY(!never.precision);
    QCOMPARE(*never.recall, 0.0);

    QCOMPARE(result.anyEnabled.hits, std::int64_t(5)); // "huge" is off: same as "big"
    QCOMPARE(result.anyEnabled.truePositives, std::int64_t(3));

    const auto json = nlohmann::json::parse(result.toJson());
    QCOMPARE(json["rules"].size(), std::size_t(3));
    QCOMPARE(json["rules"][0]["true_positives"].get<int>(), 3);
    QCOMPARE(json["rules"][0]["precision"].get<double>(), 0.75);
    QVERIFY(json["rules"][2]["precision"].is_null());
    QCOMPARE(json["any_enabled_rule"]["hits"].get<int>(), 5);

    const QString text = QString::fromStdString(result.toText());
    QVERIFY2(text.contains("precision"), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression("big +medium +yes +5 +62.5% +3 +75.0% +75.0%")));
    QVERIFY(text.contains("8 transactions, 7 labelled, 4 of them fraud"));

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RuleBacktest::run(set, matrix, {1, 0}));
}

void TestRules::backtestWithoutLabels()
{
    const auto matrix = amountMatrix({50, 150});
    const RuleSet set({makeRule("big", "amount > 100", Severity::Medium), makeRule("extra", "x_foo > 1", Severity::Low)},
                      matrix.schema, InvalidRules::Skip);
    const auto result = RuleBacktest::run(set, matrix, {});
    QVERIFY(!result.hasLabels());
    QCOMPARE(result.rules[0].hits, std::int64_t(1));
    QVERIFY(!result.rules[0].precision);
    QVERIFY(!result.rules[0].recall);
    QCOMPARE(result.rules[1].problem, std::string("column 1: unknown feature 'x_foo'"));
    const QString text = QString::fromStdString(result.toText());
    QVERIFY2(!text.contains("precision  "), qPrintable(text));
    QVERIFY(text.contains("not run: column 1: unknown feature 'x_foo'"));
    QVERIFY(text.contains("none labelled"));
}

void TestRules::storeAddUpdateRemoveAudited()
{
    store::Database db(m_path, store::OpenMode::Create);
    RuleStore rules(db, features::defaultFeatureSchema());
    Rule rule = makeRule("big_spend", "amount > 1000", Severity::High);
    rule.description = "large";
    rule = rules.add(rule, "alice");
    QVERIFY(rule.id > 0);
    QVERIFY(rule.updatedAtMs > 0);
    QCOMPARE(rules.list().size(), std::size_t(1));
    QCOMPARE(rules.find("big_spend")->expression, std::string("amount > 1000"));

    rule.expression = "amount > 2000";
    rule.severity = Severity::Medium;
    rules.update(rule, "bob");
    QCOMPARE(rules.find("big_spend")->expression, std::string("amount > 2000"));
    QVERIFY(rules.find("big_spend")->severity == Severity::Medium);
    rules.update(rule, "bob"); // unchanged: no write, no audit entry

    QVERIFY(rules.setEnabled("big_spend", false, "carol"));
    QVERIFY(!rules.setEnabled("big_spend", false, "carol"));
    QVERIFY(!rules.find("big_spend")->enabled);
    QVERIFY(rules.setEnabled("big_spend", true, "carol"));

    rule.name = "renamed";
    rules.update(rule, "bob");
    QVERIFY(!rules.find("big_spend"));
    QCOMPARE(rules.remove("renamed", "dave").expression, std::string("amount > 2000"));
    QVERIFY(rules.list().empty());

    const auto audit = auditRows(db);
    QCOMPARE(audit.size(), std::size_t(6));
    QCOMPARE(audit[0].action, std::string("rule.add"));
    QCOMPARE(audit[0].target, std::string("rule:big_spend"));
    const auto added = nlohmann::json::parse(audit[0].details);
    QCOMPARE(added["expression"].get<std::string>(), std::string("amount > 1000"));
    QCOMPARE(added["severity"].get<std::string>(), std::string("high"));
    QCOMPARE(audit[1].action, std::string("rule.update"));
    const auto updated = nlohmann::json::parse(audit[1].details);
    QCOMPARE(updated["before"]["expression"].get<std::string>(), std::string("amount > 1000"));
    QCOMPARE(updated["after"]["expression"].get<std::string>(), std::string("amount > 2000"));
    QCOMPARE(audit[2].action, std::string("rule.disable"));
    QCOMPARE(audit[3].action, std::string("rule.enable"));
    QCOMPARE(audit[4].action, std::string("rule.update"));
    QCOMPARE(audit[4].target, std::string("rule:big_spend"));
    QCOMPARE(audit[5].action, std::string("rule.remove"));
    QCOMPARE(audit[5].target, std::string("rule:renamed"));
    QVERIFY(store::AuditLog(db).verify().ok);
}

void TestRules::storeRefusesInvalidAndWritesNothing()
{
    store::Database db(m_path, store::OpenMode::Create);
    RuleStore rules(db, features::defaultFeatureSchema());
    try {
        rules.add(makeRule("typo", "amount > 5 * acct_median_amout", Severity::High), "alice");
        QFAIL("an invalid rule was stored");
    } catch (const RuleError& error) {
        QCOMPARE(QString(error.what()),
                 QString("rule 'typo': column 14: unknown feature 'acct_median_amout' (did you mean 'acct_median_amount'?)"));
    }
    QVERIFY_THROWS_EXCEPTION(RuleError, rules.add(makeRule("number", "amount * 2", Severity::Low), "alice"));
    QVERIFY_THROWS_EXCEPTION(RuleError, rules.add(makeRule("", "amount > 1", Severity::Low), "alice"));
    QVERIFY_THROWS_EXCEPTION(RuleError, rules.add(makeRule("tab\tname", "amount > 1", Severity::Low), "alice"));
    QCOMPARE(ruleCount(db), std::int64_t(0));
    QVERIFY(auditRows(db).empty());

    Rule stored = rules.add(makeRule("ok", "amount > 1", Severity::Low), "alice");
    stored.expression = "amount >";
    QVERIFY_THROWS_EXCEPTION(RuleError, rules.update(stored, "alice"));
    QCOMPARE(rules.find("ok")->expression, std::string("amount > 1"));
    QCOMPARE(auditRows(db).size(), std::size_t(1));
}

void TestRules::storeRefusesDuplicatesAndUnknown()
{
    store::Database db(m_path, store::OpenMode::Create);
    RuleStore rules(db, features::defaultFeatureSchema());
    rules.add(makeRule("one", "amount > 1", Severity::Low), "alice");
    const Rule two = rules.add(makeRule("two", "amount > 2", Severity::Low), "alice");
    try {
        rules.add(makeRule("one", "amount > 3", Severity::Low), "alice");
        QFAIL("a duplicate name was stored");
    } catch (const RuleError& error) {
        QCOMPARE(QString(error.what()), QString("rule 'one': a rule with this name already exists"));
    }
    Rule renamed = two;
    renamed.name = "one";
    QVERIFY_THROWS_EXCEPTION(RuleError, rules.update(renamed, "alice"));
    try {
        rules.remove("three", "alice");
        QFAIL("removed a rule that does not exist");
    } catch (const RuleError& error) {
        QCOMPARE(QString(error.what()), QString("rule 'three': no such rule"));
    }
    QVERIFY_THROWS_EXCEPTION(RuleError, rules.setEnabled("three", false, "alice"));
    QCOMPARE(ruleCount(db), std::int64_t(2));
    QCOMPARE(auditRows(db).size(), std::size_t(2));
}

void TestRules::defaultsInstalledOnce()
{
    store::Database db(m_path, store::OpenMode::Create);
    const auto defaults = DefaultRules::builtin();
    QCOMPARE(RuleStore::installDefaults(db, "setup"), int(defaults.size()));
    QCOMPARE(ruleCount(db), std::int64_t(defaults.size()));
    QCOMPARE(RuleStore::installDefaults(db, "setup"), 0);
    QCOMPARE(ruleCount(db), std::int64_t(defaults.size()));
    const auto audit = auditRows(db);
    QCOMPARE(audit.size(), defaults.size());
    QCOMPARE(audit[0].action, std::string("rule.add"));
    QCOMPARE(nlohmann::json::parse(audit[0].details)["source"].get<std::string>(), std::string("defaults"));

    // An analyst who deletes every rule does not get the defaults back behind their back.
    RuleStore rules(db, features::defaultFeatureSchema());
    for (const auto& rule : rules.list())
        rules.remove(rule.name, "alice");
    QCOMPARE(RuleStore::installDefaults(db, "setup"), 0);
    QCOMPARE(ruleCount(db), std::int64_t(0));

    // A database that already has rules of its own keeps them alone.
    store::Database other(m_dir->filePath("other.db").toStdString(), store::OpenMode::Create);
    RuleStore(other, features::defaultFeatureSchema()).add(makeRule("mine", "amount > 1", Severity::Low), "alice");
    QCOMPARE(RuleStore::installDefaults(other, "setup"), 0);
    QCOMPARE(ruleCount(other), std::int64_t(1));
}

void TestRules::builtinDefaultsCompile()
{
    const auto defaults = DefaultRules::builtin();
    QVERIFY(defaults.size() >= 8);
    const RuleSet set(defaults, features::defaultFeatureSchema());
    QCOMPARE(set.activeCount(), defaults.size());
    for (const auto& rule : defaults)
        QVERIFY2(!rule.description.empty(), rule.name.c_str());
    // A quiet, established customer's ordinary purchase hits nothing.
    std::vector<float> row(features::kBuiltinFeatureCount, 0.0f);
    row[features::Amount] = 40;
    row[features::AcctMedianAmount] = 35;
    row[features::AcctPriorTx] = 30;
    row[features::AcctAgeHours] = 5000;
    row[features::AcctTx1h] = 1;
    row[features::AcctTx24h] = 2;
    row[features::AcctTx7d] = 6;
    row[features::CardTx1h] = 1;
    row[features::DeviceAccounts] = 1;
    row[features::CardAccounts] = 1;
    row[features::DeviceCards] = 1;
    row[features::MerchantRateRatio] = 1;
    row[features::MerchantTx1h] = 3;
    row[features::SecsSincePrev] = 86400;
    QVERIFY(set.evaluate(row.data()).empty());
    // Card testing: a sixth tiny charge on one card within the hour.
    row[features::Amount] = 1;
    row[features::CardTx1h] = 6;
    const auto hits = set.evaluate(row.data());
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(set.rule(hits[0]).name, std::string("card_testing_small_amounts"));
    QCOMPARE(set.score(row.data()), 1.0f);
}

void TestRules::defaultRulesErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << "[\n  {\"name\": \"a\",\n   \"expression\" \"amount > 1\"}\n]"
                            << "rules.json:3:28: not valid JSON: syntax error while parsing object separator - "
                               "unexpected string literal; expected ':'";
    QTest::newRow("truncated") << "[\n  {\"name\": \"a\"" << "rules.json:2:15: not valid JSON: syntax error while parsing object - unexpected end of input; expected '}'";
    QTest::newRow("not an array") << "{}" << "rules.json:1:1: the default rules must be a JSON array of rule objects";
    QTest::newRow("missing key") << "[\n  {\"name\": \"a\", \"severity\": \"low\"}\n]"
                                 << "rules.json:2:3: rule #1 has no \"expression\"";
    QTest::newRow("bad severity")
        << "[\n  {\"name\": \"a\", \"expression\": \"amount > 1\",\n   \"severity\": \"severe\"}\n]"
        << "rules.json:3:17: severity 'severe' is not low, medium or high";
    QTest::newRow("unknown key")
        << "[{\"name\": \"a\", \"expression\": \"amount > 1\", \"severity\": \"low\",\n \"sevrity\": 1}]"
        << "rules.json:2:2: unknown key \"sevrity\" (known: name, expression, severity, description, enabled)";
    QTest::newRow("duplicate")
        << "[{\"name\": \"a\", \"expression\": \"amount > 1\", \"severity\": \"low\"},\n {\"name\": \"a\", \"expression\": \"amount > 2\", \"severity\": \"low\"}]"
        << "rules.json:2:3: a rule named 'a' appears twice";
    QTest::newRow("bad expression")
        << "[\n {\"name\": \"a\",\n  \"expression\": \"amount > amout\", \"severity\": \"low\"}]"
        << "rules.json:3:27: rule 'a': column 10: unknown feature 'amout' (did you mean 'amount'?)";
}

void TestRules::defaultRulesErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    const auto schema = features::defaultFeatureSchema();
    try {
        DefaultRules::parse(json.toStdString(), "rules.json", &schema);
        QFAIL("bad rules were accepted");
    } catch (const RuleError& error) {
        QCOMPARE(QString(error.what()), message);
    }
}

QTEST_APPLESS_MAIN(TestRules)
#include "test_rules.moc"

// JsonCellsReader reads a JSON line without building the document. What it makes of a
// line must be what the document would have given: the same cells, and the same verdict
// on a bad line. The reference here is the document-based reading it replaced.
#include "live/json_cells_reader.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using fraudlens::live::JsonCellsReader;
using json = nlohmann::json;

namespace {

const JsonCellsReader::Columns kColumns = {{"account_id", 0}, {"amount", 1}, {"device_id", 2}, {"flag", 3}};

struct Reading {
    JsonCellsReader::Result result = JsonCellsReader::Result::Cells;
    std::vector<std::string> cells;
    std::string detail; // the byte and reason, the type name, or the key and type name

    bool operator==(const Reading&) const = default;
};

QString shown(const Reading& r)
{
    QStringList cells;
    for (const std::string& cell : r.cells)
        cells << QString::fromStdString(cell);
    return QStringLiteral("%1 [%2] %3").arg(int(r.result)).arg(cells.join(QLatin1Char('|'))).arg(QString::fromStdString(r.detail));
}

Reading byDocument(const std::string& line)
{
    Reading r;
    r.cells.assign(kColumns.size(), std::string());
    json object;
    try {
        object = json::parse(line);
    } catch (const json::parse_error& error) {
        const std::string what = error.what();
        const std::size_t colon = what.find(": ", what.find(']'));
        r.result = JsonCellsReader::Result::Syntax;
        r.detail = std::to_string(error.byte) + ": " + what.substr(colon + 2);
        r.cells.assign(kColumns.size(), std::string());
        return r;
    } catch (const json::out_of_range&) {
        r.result = JsonCellsReader::Result::TooLarge;
        return r;
    }
    if (!object.is_object()) {
        r.result = JsonCellsReader::Result::NotAnObject;
        r.detail = object.type_name();
        return r;
    }
    for (auto item = object.begin(); item != object.end(); ++item) {
        const auto found = kColumns.find(item.key());
        if (found == kColumns.end())
            continue;
        std::string& cell = r.cells[found->second];
        const json& value = item.value();
        switch (value.type()) {
        case json::value_t::string: cell = value.get<std::string>(); break;
        case json::value_t::number_integer: cell = std::to_string(value.get<std::int64_t>()); break;
        case json::value_t::number_unsigned: cell = std::to_string(value.get<std::uint64_t>()); break;
        case json::value_t::number_float: cell = value.dump(); break;
        case json::value_t::boolean: cell = value.get<bool>() ? "true" : "false"; break;
        case json::value_t::null: break;
        default:
            r.result = JsonCellsReader::Result::NotAScalar;
            r.detail = item.key() + " " + value.type_name();
            r.cells.assign(kColumns.size(), std::string());
            return r;
        }
    }
    return r;
}

Reading bySax(const std::string& line)
{
    Reading r;
    r.cells.assign(kColumns.size(), "left over from the line before");
    JsonCellsReader reader(kColumns, r.cells);
    r.result = reader.read(line);
    switch (r.result) {
    case JsonCellsReader::Result::Cells:
    case JsonCellsReader::Result::TooLarge:
        break;
    case JsonCellsReader::Result::Syntax:
        r.detail = std::to_string(reader.errorByte()) + ": " + reader.reason();
        break;
    case JsonCellsReader::Result::NotAnObject:
        r.detail = reader.typeName();
        break;
    case JsonCellsReader::Result::NotAScalar:
        r.detail = reader.key() + " " + reader.typeName();
        break;
    }
    // Cells after a bad line are not used; the document gave none.
    if (r.result != JsonCellsReader::Result::Cells)
        r.cells.assign(kColumns.size(), std::string());
    return r;
}

} // namespace

class TestJsonCellsReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatTheDocumentWouldHave_data();
    void readsWhatTheDocumentWouldHave();
};

void TestJsonCellsReader::readsWhatTheDocumentWouldHave_data()
{
    QTest::addColumn<QString>("line");
    const auto row = [](const char* name, const char* line) { QTest::newRow(name) << QString::fromUtf8(line); };
    row("plain", R"({"account_id":"A1","amount":"12.50","device_id":"d1"})");
    row("numbers", R"({"account_id":7,"amount":12.5,"device_id":-3,"flag":18446744073709551615})");
    row("floats spelled otherwise", R"({"amount":1e2,"device_id":0.10000000000000001,"flag":-0.0})");
    row("booleans and null", R"({"account_id":null,"amount":true,"flag":false})");
    row("escapes", R"({"account_id":"caf\u00e9 \"x\"\n","device_id":"\ud83d\ude00"})");
    row("unknown keys hold anything", R"({"extra":{"a":[1,{"b":2}]},"list":[[]],"account_id":"A1","other":null})");
    row("a key twice: the last counts", R"({"account_id":"first","account_id":"second","amount":1,"amount":null})");
    row("empty object", "{}");
    row("spaces around", "  { \"account_id\" : \"A1\" }  ");
    row("nested value under a mapped key", R"({"account_id":"A1","device_id":{"x":1}})");
    row("array under a mapped key", R"({"device_id":[1,2],"account_id":"A1"})");
    row("top-level array", "[1,2]");
    row("top-level string", R"("just text")");
    row("top-level number", "42");
    row("top-level null", "null");
    row("broken syntax", R"({"account_id": "acc-7", )");
    row("trailing garbage", R"({"account_id":"A1"} x)");
    row("two objects", R"({"a":1}{"b":2})");
    row("unterminated string", R"({"account_id":"A1)");
    row("bad escape", R"({"account_id":"\x"})");
    row("empty line", "");
    row("number too large", R"({"amount":1e999})");
    row("too large under an unknown key", R"({"other":-1e999,"amount":1})");
    row("nested and then broken", R"({"device_id":{"x":1}, )");
    row("array then broken", "[1,2");
}

void TestJsonCellsReader::readsWhatTheDocumentWouldHave()
{
    QFETCH(QString, line);
    const std::string text = line.toStdString();
    const Reading expected = byDocument(text);
    const Reading actual = bySax(text);
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("got %1, the document gives %2").arg(shown(actual), shown(expected))));
}

QTEST_APPLESS_MAIN(TestJsonCellsReader)
#include "test_json_cells_reader.moc"

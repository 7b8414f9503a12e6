// libFuzzer target: a user's CSV file as `fraudlens import` reads it, up to the point where
// rows would be written. The bytes go through CsvReader (quoting, delimiter sniffing) and
// RecordBuilder (every row check, timestamp parsing included) under the mappings a real
// import uses: the built-in demo profile, the same profile with the delimiter left to the
// sniffer (--delimiter auto), and the mapping MappingGuesser proposes from the file itself
// (--guess-mapping, and the import wizard's "guessed" choice). Nothing touches a database:
// the store is not what is being fuzzed, and opening SQLite per input would drown the
// parser in I/O.
//
// The reader runs in its text mode, which shares next() with the file mode; only the
// byte order mark is dropped here, as the file constructor does. Inputs stay far below
// the reader's 1 MiB chunk, so the file mode's refill path would not be reached anyway.
//
// InputError is the one exception the import command catches; a RowProblem is an outcome,
// not an error. Anything else escapes, and libFuzzer reports it as a crash.

#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"
#include "ingest/csv_reader.h"
#include "ingest/mapping.h"
#include "ingest/mapping_guesser.h"
#include "ingest/record_builder.h"
#include "ingest/row_problem.h"
#include "store/transaction_record.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace fraudlens;

constexpr std::string_view kFileName = "fuzz.csv";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

const ingest::Mapping& demoProfile()
{
    // Parsed once: the profile is constant, and parsing it is fuzz_mapping_json's job.
    static const ingest::Mapping demo = *ingest::builtinProfile("demo");
    return demo;
}

// What Importer::run does between opening the file and writing a row.
void importRows(const ingest::Mapping& mapping, std::string_view text)
{
    ingest::CsvReader reader(mapping.delimiter, std::string(kFileName));
    reader.setText(text, 1);
    ingest::CsvRecord row;
    if (!reader.next(row))
        return; // the importer's "the file is empty" InputError, without building the message
    const std::vector<std::string> header(row.fields.begin(), row.fields.end());
    const ingest::RecordBuilder builder(mapping, header, std::string(kFileName));

    store::TransactionRecord record;
    ingest::RowProblem problem;
    while (reader.next(row)) {
        if (!builder.build(row, record, problem))
            (void)problem.format(std::string(kFileName)); // what the reject report writes
    }
}

// What MappingGuesser::guessFromFile does, over the same text.
ingest::Mapping guessMapping(std::string_view text)
{
    ingest::CsvReader reader(0, std::string(kFileName));
    reader.setText(text, 1);
    // As MappingGuesser::guessFromFile reads a file: an empty file or a header that is not
    // UTF-8 is an InputError before anything is guessed.
    const std::vector<std::string> header = reader.readHeader();
    ingest::CsvRecord row;
    std::vector<std::vector<std::string>> sample;
    while (sample.size() < ingest::MappingGuesser::kSampleRows && reader.next(row))
        sample.emplace_back(row.fields.begin(), row.fields.end());
    ingest::Mapping mapping = ingest::MappingGuesser::guess(header, sample);
    mapping.delimiter = reader.delimiter();
    return mapping;
}

bool hasRequiredColumns(const ingest::Mapping& mapping)
{
    using ingest::CanonicalField;
    return !mapping.column(CanonicalField::AccountId).empty() && !mapping.column(CanonicalField::Timestamp).empty()
        && !mapping.column(CanonicalField::Amount).empty();
}

// A complete guess must read back as itself: otherwise the wizard would refuse, or
// silently change, the mapping it has just proposed.
void checkRoundTrip(const ingest::Mapping& guessed, const std::string& json)
{
    ingest::Mapping back;
    try {
        back = ingest::Mapping::fromJson(json, "guessed mapping");
    } catch (const ingest::InputError& error) {
        std::fprintf(stderr, "a complete guessed mapping does not read back: %s\n%s\n", error.what(), json.c_str());
        std::abort();
    }
    if (back.columns != guessed.columns || back.delimiter != guessed.delimiter
        || back.extraNumeric != guessed.extraNumeric || back.extraCategorical != guessed.extraCategorical
        || back.timestamps.size() != guessed.timestamps.size()) {
        std::fprintf(stderr, "a guessed mapping reads back changed:\n%s\n%s\n", json.c_str(), back.toJson(-1).c_str());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    if (text.starts_with(kUtf8Bom))
        text.remove_prefix(kUtf8Bom.size());

    try {
        importRows(demoProfile(), text);
    } catch (const ingest::InputError&) {
    }

    ingest::Mapping sniffed = demoProfile();
    sniffed.delimiter = 0;
    try {
        importRows(sniffed, text);
    } catch (const ingest::InputError&) {
    }

    try {
        const ingest::Mapping guessed = guessMapping(text);
        // The CLI prints the guess as JSON and the importer records its mapping as JSON; the
        // import wizard reads that JSON back to check a mapping before it is used.
        const std::string json = guessed.toJson(-1);
        if (hasRequiredColumns(guessed))
            checkRoundTrip(guessed, json);
        importRows(guessed, text);
    } catch (const ingest::InputError&) {
    }
    return 0;
}

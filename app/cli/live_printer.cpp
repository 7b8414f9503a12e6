#include "live_printer.h"

#include "terminal_progress.h"

#include <cstdio>
#include <iostream>

namespace fraudlens::cli {

namespace {

std::string riskText(float risk)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(risk));
    return text;
}

} // namespace

void LivePrinter::problem(const std::string& source, const ingest::RowProblem& problem)
{
    std::cerr << problem.format(source) << "\n";
}

void LivePrinter::acknowledged(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored)
{
    if (m_quiet)
        return;
    std::cout << "OK " << source << ":" << line << " tx=" << stored.transactionId << " risk=" << riskText(stored.risk);
    if (stored.lateMs > 0) // scored as of the latest transaction seen: a batch run will differ
        std::cout << " late=" << stored.lateMs << "ms";
    std::cout << "\n";
}

void LivePrinter::stored(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored)
{
    (void)source, (void)line;
    using Change = live::LiveWriter::AlertChange;
    if (stored.blocked)
        std::cout << "BLOCKED account=" << stored.account << " tx=" << stored.transactionId << "\n";
    if (stored.alert != Change::None) {
        std::cout << "ALERT account=" << stored.account << " risk=" << riskText(stored.alertRisk)
                  << " tx=" << stored.transactionId << " alert=" << stored.alertId << " "
                  << (stored.alert == Change::Raised ? "raised" : "updated") << " reasons=";
        for (std::size_t i = 0; i < stored.alertReasons.size(); ++i)
            std::cout << (i ? "; " : "") << stored.alertReasons[i];
        std::cout << "\n";
    }
}

void LivePrinter::committed()
{
    std::cout.flush();
}

void LivePrinter::notice(const std::string& text)
{
    if (!m_quiet)
        std::cerr << "live: " << text << "\n";
}

bool LivePrinter::stopRequested()
{
    return TerminalProgress::interrupted();
}

} // namespace fraudlens::cli

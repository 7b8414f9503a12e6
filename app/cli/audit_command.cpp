#include "commands.h"
#include "exit_codes.h"

#include "store/audit_log.h"
#include "store/database.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace fraudlens::cli {

void addAuditCommand(CLI::App& app, int& exitCode)
{
    auto db = std::make_shared<std::string>();
    CLI::App* audit = app.add_subcommand("audit", "The tamper-evident audit log");
    audit->require_subcommand(1);
    CLI::App* verify = audit->add_subcommand("verify", "Re-walk the hash chain; exit 4 naming the first bad entry");
    verify->add_option("--db", *db, "Database file")->required();
    verify->callback([db, &exitCode] {
        store::Database database(*db, store::OpenMode::ReadOnly);
        const auto result = store::AuditLog(database).verify();
        if (result.ok) {
            std::cout << "audit log intact: " << result.entries << " entries verified\n";
            exitCode = kOk;
        } else {
            std::cerr << *db << ": audit log broken at entry " << *result.firstBadSeq << ": " << result.problem << "\n";
            exitCode = kIntegrityFailure;
        }
    });
}

} // namespace fraudlens::cli

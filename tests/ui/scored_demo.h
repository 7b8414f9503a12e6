#pragma once

// A small scored demo database for the UI suites: 800 accounts over 14 days, built and
// scored once per test binary (a few seconds), with alerts, rings, bursts and labels.

#include "scoring/scoring_job.h"
#include "store/database.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"

#include <QString>
#include <QTemporaryDir>

namespace fraudlens::testing {

inline QString buildScoredDemo(const QTemporaryDir& dir, const QString& name = QStringLiteral("demo.db"))
{
    const QString path = dir.filePath(name);
    synth::DemoConfig config;
    config.accounts = 800;
    config.days = 14;
    {
        store::Database db(path.toStdString(), store::OpenMode::Create);
        const auto records = synth::DemoGenerator(config).generate(nullptr);
        synth::DemoExporter::toDatabase(db, config, records, nullptr, "test");
    }
    scoring::ScoringOptions options;
    options.device = models::DeviceRequest::Cpu;
    options.threads = 1;
    options.actor = "test";
    if (!scoring::ScoringJob::run(path.toStdString(), options, nullptr))
        return {};
    return path;
}

} // namespace fraudlens::testing

#pragma once

#include <string>

namespace fraudlens::scoring {

// Where the models table points. Weights live next to the database (FILE.db.models/), and
// the table records them relative to the database's folder, so that a database scored
// from one working directory is still usable from another, or after the folder moves.
class ModelLocation {
public:
    // What to record for a weights file: relative to the database's folder when inside it.
    static std::string toStored(const std::string& dbPath, const std::string& weightsPath);
    // The file a recorded path names. Databases scored before paths were recorded this
    // way hold paths relative to the scoring process's working directory: where the
    // database-relative reading names no file, the path is taken as it was written.
    static std::string resolve(const std::string& dbPath, const std::string& stored);
};

} // namespace fraudlens::scoring

#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace fraudlens::util {

// Incremental SHA-256 (OpenSSL's EVP underneath); hex() finishes and returns lowercase hex.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    std::string hex();

    static std::string of(std::string_view bytes);
    // Hashes a whole file in chunks; throws std::runtime_error naming the file if unreadable.
    static std::string ofFile(const std::string& path);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace fraudlens::util

#include "live/live_input.h"

#include "live/fd_line_reader.h"
#include "live/file_follower.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <unistd.h>

namespace fraudlens::live {

std::unique_ptr<LiveInput> LiveInput::standardInput()
{
    std::unique_ptr<LiveInput> input(new LiveInput(Kind::Stdin));
    input->m_stdin = std::make_unique<FdLineReader>(STDIN_FILENO);
    return input;
}

std::unique_ptr<LiveInput> LiveInput::follow(const std::string& path, bool fromStart)
{
    std::unique_ptr<LiveInput> input(new LiveInput(Kind::Follow));
    input->m_path = path;
    input->m_follower = std::make_unique<FileFollower>(path, fromStart ? FileFollower::Start::Beginning
                                                                       : FileFollower::Start::End);
    return input;
}

std::unique_ptr<LiveInput> LiveInput::listen(const std::string& host, std::uint16_t port)
{
    std::unique_ptr<LiveInput> input(new LiveInput(Kind::Listen));
    input->m_listener = std::make_unique<LineListener>(host, port);
    return input;
}

LiveInput::LiveInput(Kind kind) : m_kind(kind) {}

LiveInput::~LiveInput() = default;

std::string LiveInput::sessionName() const
{
    switch (m_kind) {
    case Kind::Stdin:
        return "live:stdin";
    case Kind::Follow: {
        // Absolute, so that the imports row still says which file when read elsewhere.
        std::error_code error;
        const auto absolute = std::filesystem::absolute(m_path, error);
        return "live:follow:" + (error ? m_path : absolute.lexically_normal().string());
    }
    case Kind::Listen:
        return "live:listen:" + address();
    }
    return "live";
}

std::string LiveInput::sourceOf(int client) const
{
    switch (m_kind) {
    case Kind::Stdin:
        return "stdin";
    case Kind::Follow:
        return m_path;
    case Kind::Listen:
        return "tcp#" + std::to_string(client);
    }
    return "live";
}

std::vector<LiveLine> LiveInput::read(std::chrono::microseconds timeout, std::size_t maxLines)
{
    std::vector<LiveLine> lines;
    timeout = std::max(timeout, std::chrono::microseconds(0));
    LiveLine line;
    switch (m_kind) {
    case Kind::Stdin:
        if (!m_stdin->next(line, timeout))
            return lines;
        lines.push_back(std::move(line));
        while (lines.size() < maxLines && m_stdin->next(line, 0))
            lines.push_back(std::move(line));
        break;
    case Kind::Follow:
        if (!m_follower->waitForLine(line, static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(timeout).count())))
            return lines;
        lines.push_back(std::move(line));
        while (lines.size() < maxLines && m_follower->next(line))
            lines.push_back(std::move(line));
        break;
    case Kind::Listen:
        lines = m_listener->poll(timeout);
        break;
    }
    return lines;
}

std::vector<LineListener::Event> LiveInput::takeEvents()
{
    if (!m_listener)
        return {};
    std::vector<LineListener::Event> events = m_listener->takeEvents();
    for (const auto& event : events) {
        if (event.kind == LineListener::Event::Kind::Connected)
            m_clients.insert(event.client);
        else if (event.kind == LineListener::Event::Kind::Closed)
            m_clients.erase(event.client);
    }
    return events;
}

bool LiveInput::ended() const
{
    return m_stdin && m_stdin->atEnd();
}

bool LiveInput::answer(int client, std::string_view text)
{
    return m_listener && m_listener->send(client, text);
}

bool LiveInput::queueAnswer(int client, std::string_view text)
{
    return m_listener && m_listener->queue(client, text);
}

void LiveInput::flushAnswers()
{
    if (m_listener)
        m_listener->flushAll();
}

void LiveInput::finish(int lingerMs)
{
    if (!m_listener)
        return;
    takeEvents();
    for (const int client : m_clients)
        m_listener->disconnect(client);
    // disconnect() closes a client once its answers are written; poll() writes them.
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(lingerMs, 0));
    while (m_listener->clientCount() > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            break;
        m_listener->poll(static_cast<int>(std::min<std::int64_t>(left, 50)));
    }
    m_listener->close();
    takeEvents();
}

std::string LiveInput::skippedFirstLine() const
{
    return m_follower ? m_follower->skippedFirstLine() : std::string();
}

std::uint16_t LiveInput::port() const
{
    return m_listener ? m_listener->port() : 0;
}

std::string LiveInput::address() const
{
    return m_listener ? LineListener::address(m_listener->host(), m_listener->port()) : std::string();
}

} // namespace fraudlens::live

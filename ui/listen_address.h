#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fraudlens::ui {

// Where the GUI's live session listens, as the analyst types it: "[HOST:]PORT", an IPv6
// host in brackets ("[::1]:9000"), a bare port on 127.0.0.1 (as `fraudlens-cli live
// --listen` reads it). The host must be an IP address or "localhost": a name that needs
// a DNS lookup would make the UI thread wait while it binds.
struct ListenAddress {
    Q_DECLARE_TR_FUNCTIONS(ListenAddress)
public:
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;

    // Only this machine can connect: anything else takes transactions from the network.
    bool isLoopback() const;
    QString toString() const;

    // nullopt, with why in `error`, when the text is no address to listen on.
    static std::optional<ListenAddress> parse(const QString& text, QString* error = nullptr);
    static QString defaultText() { return QStringLiteral("127.0.0.1:9000"); }
};

} // namespace fraudlens::ui

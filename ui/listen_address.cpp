#include "listen_address.h"

#include <arpa/inet.h>

namespace fraudlens::ui {

namespace {

bool isIpAddress(const QString& host)
{
    const QByteArray text = host.toLatin1();
    unsigned char buffer[sizeof(in6_addr)];
    return ::inet_pton(AF_INET, text.constData(), buffer) == 1 || ::inet_pton(AF_INET6, text.constData(), buffer) == 1;
}

std::optional<ListenAddress> refuse(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

bool ListenAddress::isLoopback() const
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127."));
}

QString ListenAddress::toString() const
{
    const QString shown = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(port);
}

std::optional<ListenAddress> ListenAddress::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    ListenAddress address;
    QString port = trimmed;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1String("]:"));
        if (close < 0)
            return refuse(error, tr("Write an IPv6 address in brackets followed by the port, as [::1]:9000."));
        address.host = trimmed.mid(1, close - 1);
        port = trimmed.mid(close + 2);
    } else if (const qsizetype colon = trimmed.indexOf(QLatin1Char(':')); colon >= 0) {
        if (trimmed.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return refuse(error, tr("Write an IPv6 address in brackets, as [::1]:9000."));
        address.host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
    }
    if (address.host.isEmpty())
        return refuse(error, tr("The address has no host before the port."));
    if (address.host != QLatin1String("localhost") && !isIpAddress(address.host))
        return refuse(error, tr("“%1” is not an IP address: give one of this machine's addresses, such as 127.0.0.1.")
                                 .arg(address.host));
    bool ok = false;
    const uint value = port.toUInt(&ok);
    // Port 0 would take any free port, which no sender could know: not useful from the GUI.
    if (!ok || value == 0 || value > 65535)
        return refuse(error, tr("“%1” is not a port: give a number from 1 to 65535.").arg(port));
    address.port = static_cast<quint16>(value);
    return address;
}

} // namespace fraudlens::ui

#include "entity_kind_label.h"

#include <QCoreApplication>

namespace fraudlens::ui {

QString entityKindLabel(const std::string& kind)
{
    if (kind == "device")
        return QCoreApplication::translate("EntityKind", "Device");
    if (kind == "ip")
        return QCoreApplication::translate("EntityKind", "IP address");
    if (kind == "card")
        return QCoreApplication::translate("EntityKind", "Card");
    if (kind == "email")
        return QCoreApplication::translate("EntityKind", "Email");
    if (kind == "address")
        return QCoreApplication::translate("EntityKind", "Address");
    return QString::fromStdString(kind);
}

} // namespace fraudlens::ui

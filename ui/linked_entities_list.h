#pragma once

#include <QTreeWidget>

#include <vector>

namespace fraudlens::cases {
struct LinkedEntity;
}

namespace fraudlens::ui {

// The devices, IPs, cards, emails and addresses an account used, and how many other
// accounts used each: the first hint of a shared identity.
class LinkedEntitiesList : public QTreeWidget {
    Q_OBJECT
public:
    explicit LinkedEntitiesList(QWidget* parent = nullptr);

    void setEntities(const std::vector<cases::LinkedEntity>& entities);

private:
};

} // namespace fraudlens::ui

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fraudlens::cases {
struct AccountProfile;
}

namespace fraudlens::ui {

// The top of the account view: who the account is, whether it is frozen, how old and how
// active it is, its ring, its highest risk and its open alert.
class AccountHeader : public QWidget {
    Q_OBJECT
public:
    explicit AccountHeader(QWidget* parent = nullptr);

    void setProfile(const cases::AccountProfile& profile);
    void clear();

Q_SIGNALS:
    void ringRequested(qint64 ringId);

private:
    void setBadge(bool frozen);
    QString alertStatusText(const QString& status) const;
    QString ageText(qint64 ms) const;

    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_age = nullptr;
    QLabel* m_activity = nullptr;
    QLabel* m_risk = nullptr;
    QLabel* m_alert = nullptr;
    QPushButton* m_ring = nullptr;
    qint64 m_ringId = 0;
};

} // namespace fraudlens::ui

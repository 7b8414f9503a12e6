#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

namespace fraudlens::ui {

// Where live monitoring reads from: a growing file (CSV or JSON lines, in the demo
// profile's columns) or a TCP port for JSON lines. The last choice is remembered. A port
// open to the network is allowed, but said plainly: there is no authentication.
class LiveDialog : public QDialog {
    Q_OBJECT
public:
    enum class Source { Follow, Listen };

    explicit LiveDialog(QWidget* parent = nullptr);

    Source source() const;
    QString path() const;
    bool fromStart() const;
    QString address() const;

    void accept() override;

private:
    void browse();
    void updateState();

    QRadioButton* m_follow = nullptr;
    QRadioButton* m_listen = nullptr;
    QLineEdit* m_path = nullptr;
    QToolButton* m_browse = nullptr;
    QCheckBox* m_fromStart = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_warning = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace fraudlens::ui

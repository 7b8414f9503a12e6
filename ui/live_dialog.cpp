#include "live_dialog.h"

#include "listen_address.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

const QString kSourceKey = QStringLiteral("live/source");
const QString kPathKey = QStringLiteral("live/path");
const QString kFromStartKey = QStringLiteral("live/fromStart");
const QString kAddressKey = QStringLiteral("live/address");
const QString kListenValue = QStringLiteral("listen");
const QString kFollowValue = QStringLiteral("follow");

} // namespace

LiveDialog::LiveDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("liveDialog"));
    setWindowTitle(tr("Live monitoring"));

    m_follow = new QRadioButton(tr("&Follow a file"), this);
    m_follow->setObjectName(QStringLiteral("liveFollow"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("livePath"));
    m_path->setPlaceholderText(tr("A CSV or JSON-lines file that grows"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QToolButton(this);
    m_browse->setText(tr("Browse…"));
    m_fromStart = new QCheckBox(tr("Read the lines already in the file too"), this);
    m_fromStart->setObjectName(QStringLiteral("liveFromStart"));
    m_fromStart->setToolTip(tr("Otherwise only lines appended from now on are scored"));

    m_listen = new QRadioButton(tr("&Listen on"), this);
    m_listen->setObjectName(QStringLiteral("liveListen"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("liveAddress"));
    m_address->setPlaceholderText(ListenAddress::defaultText());
    m_address->setToolTip(tr("[HOST:]PORT. Senders write one JSON object per line and get an answer per line"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("liveAddressWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto* group = new QButtonGroup(this);
    group->addButton(m_follow);
    group->addButton(m_listen);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));

    // The options of a source sit under its button, indented.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto* grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_follow, 0, 0, 1, 3);
    grid->addWidget(m_path, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->addWidget(m_fromStart, 2, 1, 1, 2);
    grid->addWidget(m_listen, 3, 0, 1, 3);
    grid->addWidget(m_address, 4, 1, 1, 2);
    grid->addWidget(m_warning, 5, 1, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QSettings settings;
    const bool listen = settings.value(kSourceKey).toString() == kListenValue;
    (listen ? m_listen : m_follow)->setChecked(true);
    m_path->setText(settings.value(kPathKey).toString());
    m_fromStart->setChecked(settings.value(kFromStartKey, false).toBool());
    m_address->setText(settings.value(kAddressKey, ListenAddress::defaultText()).toString());

    connect(m_browse, &QToolButton::clicked, this, &LiveDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LiveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LiveDialog::reject);
    connect(m_follow, &QRadioButton::toggled, this, &LiveDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &LiveDialog::updateState);
    connect(m_address, &QLineEdit::textChanged, this, &LiveDialog::updateState);
    updateState();
}

LiveDialog::Source LiveDialog::source() const { return m_listen->isChecked() ? Source::Listen : Source::Follow; }

QString LiveDialog::path() const { return m_path->text().trimmed(); }

bool LiveDialog::fromStart() const { return m_fromStart->isChecked(); }

QString LiveDialog::address() const
{
    const QString text = m_address->text().trimmed();
    return text.isEmpty() ? ListenAddress::defaultText() : text;
}

void LiveDialog::accept()
{
    QSettings settings;
    settings.setValue(kSourceKey, source() == Source::Listen ? kListenValue : kFollowValue);
    settings.setValue(kPathKey, path());
    settings.setValue(kFromStartKey, fromStart());
    settings.setValue(kAddressKey, address());
    QDialog::accept();
}

void LiveDialog::browse()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Follow a file"), start,
                                                        tr("Transactions (*.csv *.jsonl *.json *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void LiveDialog::updateState()
{
    const bool follow = m_follow->isChecked();
    m_path->setEnabled(follow);
    m_browse->setEnabled(follow);
    m_fromStart->setEnabled(follow);
    m_address->setEnabled(!follow);

    QString warning;
    bool ready = !follow || !path().isEmpty();
    if (!follow) {
        QString why;
        const std::optional<ListenAddress> parsed = ListenAddress::parse(address(), &why);
        if (!parsed) {
            warning = why;
            ready = false;
        } else if (!parsed->isLoopback()) {
            warning = tr("%1 can be reached from the network: anyone who can connect can store transactions, "
                         "and there is no password. Keep to 127.0.0.1 unless senders on other machines need it.")
                          .arg(parsed->toString());
        }
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace fraudlens::ui

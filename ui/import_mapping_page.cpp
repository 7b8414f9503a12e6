#include "import_mapping_page.h"

#include "import_draft.h"
#include "mapping_profiles.h"
#include "timestamp_spec_editor.h"

#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace fraudlens::ui {

namespace {

using ingest::CanonicalField;

const QString kGuess = QStringLiteral("guess");
const QString kBuiltin = QStringLiteral("builtin:");
const QString kSaved = QStringLiteral("saved:");

QString fieldText(size_t index)
{
    const std::string_view name = ingest::kCanonicalFieldNames[index];
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

bool isTimeField(CanonicalField field)
{
    return field == CanonicalField::Timestamp || field == CanonicalField::AccountCreatedAt;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportDraft& draft, QWidget* parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Say which column holds each field. Fields marked * are required; the rest make the "
                   "detectors sharper when the file has them."));

    auto* top = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    profileLabel->setBuddy(m_profile);
    m_saveProfile = new QPushButton(tr("Save as profile…"), this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_deleteProfile = new QPushButton(tr("Delete profile"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfileButton"));
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    delimiterLabel->setBuddy(m_delimiter);
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(QStringLiteral(","), int(','));
    m_delimiter->addItem(QStringLiteral(";"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(QStringLiteral("|"), int('|'));
    top->addWidget(profileLabel);
    top->addWidget(m_profile, 1);
    top->addWidget(m_saveProfile);
    top->addWidget(m_deleteProfile);
    top->addSpacing(16);
    top->addWidget(delimiterLabel);
    top->addWidget(m_delimiter);

    auto* fields = new QWidget;
    auto* grid = new QGridLayout(fields);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    for (size_t i = 0; i < ingest::kCanonicalFieldCount; ++i) {
        const auto field = static_cast<CanonicalField>(i);
        const int row = static_cast<int>(i);
        auto* label = new QLabel(ingest::isRequired(field) ? tr("%1 *").arg(fieldText(i)) : fieldText(i), fields);
        if (ingest::isRequired(field)) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(tr("Required"));
        }
        auto* combo = new QComboBox(fields);
        combo->setObjectName(QStringLiteral("column_") + fieldText(i));
        label->setBuddy(combo);
        m_columns[i] = combo;
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::edited);
        if (isTimeField(field)) {
            auto* editor = new TimestampSpecEditor(fields);
            editor->setObjectName(QStringLiteral("timestamp_") + fieldText(i));
            m_timestamps[i] = editor;
            grid->addWidget(editor, row, 2);
            connect(editor, &TimestampSpecEditor::edited, this, &ImportMappingPage::edited);
        }
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_extras = new QLabel(this);
    m_extras->setObjectName(QStringLiteral("extrasLabel"));
    m_extras->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_extras);
    layout->addWidget(m_status);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ImportMappingPage::applyProfile);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportMappingPage::edited);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ImportMappingPage::deleteProfile);
}

void ImportMappingPage::initializePage()
{
    // Back and forth over the same file keeps the user's choices; another file starts over.
    if (m_header == m_draft.header && !m_source.isEmpty()) {
        fillProfiles(m_profile->currentData().toString());
        return;
    }
    m_header = m_draft.header;
    fillColumnChoices();
    fillProfiles(kGuess);
    applyProfile();
}

bool ImportMappingPage::isComplete() const
{
    return m_mapping.has_value();
}

bool ImportMappingPage::validatePage()
{
    if (!m_mapping)
        return false;
    m_draft.mapping = *m_mapping;
    // Stored with the import as data, so not translated.
    m_draft.mappingName = m_edited ? m_source + QStringLiteral(" (edited)") : m_source;
    return true;
}

void ImportMappingPage::fillColumnChoices()
{
    const bool wasShowing = std::exchange(m_showing, true);
    for (QComboBox* combo : m_columns) {
        combo->clear();
        combo->addItem(tr("(not mapped)"), QString());
        for (const QString& column : m_header)
            combo->addItem(column, column);
    }
    m_showing = wasShowing;
}

void ImportMappingPage::fillProfiles(const QString& select)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("Guessed from this file"), kGuess);
    for (const std::string& name : ingest::builtinProfileNames()) {
        const QString text = QString::fromStdString(name);
        m_profile->addItem(tr("Built-in: %1").arg(text), kBuiltin + text);
    }
    for (const QString& name : MappingProfiles::names())
        m_profile->addItem(tr("Saved: %1").arg(name), kSaved + name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(select)));
    m_deleteProfile->setEnabled(m_profile->currentData().toString().startsWith(kSaved));
}

void ImportMappingPage::applyProfile()
{
    const QString choice = m_profile->currentData().toString();
    m_deleteProfile->setEnabled(choice.startsWith(kSaved));
    std::optional<ingest::Mapping> mapping;
    QString problem;
    QString source;
    if (choice.startsWith(kBuiltin)) {
        mapping = ingest::builtinProfile(choice.mid(kBuiltin.size()).toStdString());
        source = QStringLiteral("profile:") + choice.mid(kBuiltin.size());
    } else if (choice.startsWith(kSaved)) {
        const QString name = choice.mid(kSaved.size());
        source = choice;
        if (const auto json = MappingProfiles::load(name)) {
            try {
                mapping = ingest::Mapping::fromJson(json->toStdString(), name.toStdString());
            } catch (const ingest::InputError& e) {
                problem = tr("The saved profile \"%1\" is not a valid mapping: %2").arg(name, QString::fromStdString(e.reason()));
            }
        } else {
            problem = tr("The saved profile \"%1\" is gone.").arg(name);
        }
    } else {
        mapping = m_draft.guessedMapping;
        source = QStringLiteral("guessed");
    }
    if (!mapping) {
        // Nothing to go on until another profile is chosen or a column is picked.
        m_mapping.reset();
        m_saveProfile->setEnabled(false);
        m_status->setText(problem);
        Q_EMIT completeChanged();
        return;
    }
    m_source = source;
    m_base = *mapping;
    // The separator belongs to the file, not to the profile: keep the one the preview found.
    if (m_draft.guessedMapping.delimiter != 0)
        m_base.delimiter = m_draft.guessedMapping.delimiter;
    showMapping(m_base);
    m_edited = false;
    rebuild();
}

void ImportMappingPage::showMapping(const ingest::Mapping& mapping)
{
    const bool wasShowing = std::exchange(m_showing, true);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(mapping.delimiter))));
    for (size_t i = 0; i < ingest::kCanonicalFieldCount; ++i) {
        QComboBox* combo = m_columns[i];
        // A profile made for another file may name a column this one lacks: show it, marked.
        for (int item = combo->count() - 1; item > m_header.size(); --item)
            combo->removeItem(item);
        const QString column = QString::fromStdString(mapping.columns[i]);
        int index = combo->findData(column);
        if (index < 0) {
            combo->addItem(tr("%1 (not in this file)").arg(column), column);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        if (m_timestamps[i])
            m_timestamps[i]->setSpec(mapping.timestampSpec(static_cast<CanonicalField>(i)));
    }
    m_showing = wasShowing;
}

void ImportMappingPage::edited()
{
    if (m_showing)
        return;
    m_edited = true;
    rebuild();
}

void ImportMappingPage::rebuild()
{
    ingest::Mapping mapping = m_base;
    mapping.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    QStringList missing, foreign;
    for (size_t i = 0; i < ingest::kCanonicalFieldCount; ++i) {
        const auto field = static_cast<CanonicalField>(i);
        const QString column = m_columns[i]->currentData().toString();
        mapping.setColumn(field, column.toStdString());
        if (column.isEmpty() && ingest::isRequired(field))
            missing << fieldText(i);
        if (!column.isEmpty() && !m_header.contains(column))
            foreign << column;
        const std::string name = std::string(ingest::fieldName(field));
        mapping.timestamps.erase(name);
        if (m_timestamps[i] && !column.isEmpty()) {
            const ingest::TimestampSpec spec = m_timestamps[i]->spec();
            if (spec.kind != ingest::TimestampSpec::Kind::Auto)
                mapping.timestamps[name] = spec;
        }
    }
    // Extra feature columns come with the profile; those this file lacks are left out.
    QStringList extras;
    for (auto* list : {&mapping.extraNumeric, &mapping.extraCategorical}) {
        std::erase_if(*list, [this](const std::string& column) { return !m_header.contains(QString::fromStdString(column)); });
        for (const std::string& column : *list)
            extras << QString::fromStdString(column);
    }
    m_extras->setText(extras.isEmpty() ? QString() : tr("Also kept as model features: %1").arg(extras.join(QStringLiteral(", "))));

    m_mapping.reset();
    if (!missing.isEmpty()) {
        m_status->setText(tr("Map the required fields: %1.").arg(missing.join(QStringLiteral(", "))));
    } else if (!foreign.isEmpty()) {
        m_status->setText(tr("This file has no column named %1: choose another.").arg(foreign.join(QStringLiteral(", "))));
    } else {
        try {
            // The core's own check (timestamp formats, origins), exactly as the CLI would apply it.
            m_mapping = ingest::Mapping::fromJson(mapping.toJson(), "mapping");
            m_status->setText(tr("The mapping is complete."));
        } catch (const ingest::InputError& e) {
            m_status->setText(QString::fromStdString(e.reason()));
        }
    }
    m_saveProfile->setEnabled(m_mapping.has_value());
    Q_EMIT completeChanged();
}

void ImportMappingPage::saveProfile()
{
    if (!m_mapping)
        return;
    const QString current = m_profile->currentData().toString();
    QString name = current.startsWith(kSaved) ? current.mid(kSaved.size()) : QString();
    while (true) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save mapping profile"), tr("Profile name:"), QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const QString problem = MappingProfiles::problemWith(name);
        if (problem.isEmpty())
            break;
        QMessageBox::information(this, tr("Save mapping profile"), problem);
    }
    if (MappingProfiles::load(name)
        && QMessageBox::question(this, tr("Save mapping profile"), tr("Replace the saved profile \"%1\"?").arg(name))
            != QMessageBox::Yes)
        return;
    MappingProfiles::save(name, QString::fromStdString(m_mapping->toJson()));
    fillProfiles(kSaved + name);
    m_base = *m_mapping;
    m_source = kSaved + name;
    m_edited = false;
}

void ImportMappingPage::deleteProfile()
{
    const QString choice = m_profile->currentData().toString();
    if (!choice.startsWith(kSaved))
        return;
    const QString name = choice.mid(kSaved.size());
    if (QMessageBox::question(this, tr("Delete mapping profile"), tr("Delete the saved profile \"%1\"?").arg(name))
        != QMessageBox::Yes)
        return;
    MappingProfiles::remove(name);
    // The controls keep the mapping; it is now the user's own edit.
    fillProfiles(kGuess);
    m_edited = true;
}

} // namespace fraudlens::ui

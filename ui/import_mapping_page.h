#pragma once

#include "ingest/canonical_field.h"
#include "ingest/mapping.h"

#include <QStringList>
#include <QWizardPage>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace fraudlens::ui {

class TimestampSpecEditor;
struct ImportDraft;

// Which column of the file fills each canonical field. Starts from the guesser's proposal;
// a built-in or saved profile can replace it, and the result can be saved as a profile.
// Complete when the required fields are mapped to columns of this file and the core
// accepts the mapping.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The mapping as the controls show it, when valid.
    const std::optional<ingest::Mapping>& mapping() const { return m_mapping; }

private:
    void fillColumnChoices();
    void fillProfiles(const QString& select);
    void applyProfile();
    void showMapping(const ingest::Mapping& mapping);
    void edited();
    void rebuild();
    void saveProfile();
    void deleteProfile();

    ImportDraft& m_draft;
    QStringList m_header;             // the columns the combos offer
    ingest::Mapping m_base;           // the profile applied last: delimiter, extras
    QString m_source;                 // where m_base came from, for the import record
    bool m_edited = false;
    std::optional<ingest::Mapping> m_mapping;
    bool m_showing = false;           // controls are being set from a mapping, not by the user

    QComboBox* m_profile = nullptr;
    QPushButton* m_deleteProfile = nullptr;
    QPushButton* m_saveProfile = nullptr;
    QComboBox* m_delimiter = nullptr;
    std::array<QComboBox*, ingest::kCanonicalFieldCount> m_columns{};
    std::array<TimestampSpecEditor*, ingest::kCanonicalFieldCount> m_timestamps{};
    QLabel* m_extras = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace fraudlens::ui

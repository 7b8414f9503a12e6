#pragma once

#include "ingest/timestamp_spec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fraudlens::ui {

// How one timestamp column is written: detected, a strftime-style format, or an offset
// (a number of units since an origin, as PaySim's "step" is hours since its start).
class TimestampSpecEditor : public QWidget {
    Q_OBJECT
public:
    explicit TimestampSpecEditor(QWidget* parent = nullptr);

    void setSpec(const ingest::TimestampSpec& spec);
    // Kind, format, unit and origin text; Mapping::fromJson checks and resolves them.
    ingest::TimestampSpec spec() const;

Q_SIGNALS:
    // The user changed the spec (not emitted by setSpec()).
    void edited();

private:
    void showKind();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_format = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_since = nullptr;
    QLineEdit* m_origin = nullptr;
};

} // namespace fraudlens::ui

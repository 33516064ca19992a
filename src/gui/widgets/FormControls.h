#pragma once

#include "Colors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

namespace scanflow::FormControls {

// Small helpers the editors share: showing the document's state in a control without the
// control reporting it back as an edit, and the red line under a field that says what is wrong.

inline QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(Colors::problemStyle());
    label->setWordWrap(true);
    label->hide();
    return label;
}

inline void setChecked(QCheckBox *box, bool on)
{
    if (box->isChecked() != on) {
        const QSignalBlocker block(box);
        box->setChecked(on);
    }
}

// Selects the entry whose data is the enum value.
template <typename E>
void setChoice(QComboBox *combo, E value)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(int(value)));
}

} // namespace scanflow::FormControls

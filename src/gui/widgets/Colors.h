#pragma once

#include <QColor>
#include <QString>

namespace scanflow::Colors {

// The few colours the windows add to the palette's own, chosen for the palette in use: on a
// dark one (the system's dark mode) they are lighter, so a problem stays readable on it.
bool darkPalette();
QColor problem();           // an error's text
QColor problemBackground(); // behind the failing request of a trace
QColor success();           // "Delivered"
QColor link();              // a placeholder in a template
// "color: …;" for a label's style sheet.
QString problemStyle();
QString successStyle();

} // namespace scanflow::Colors

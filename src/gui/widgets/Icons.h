#pragma once

#include <QIcon>

namespace scanflow::Icons {

// Makes :/icons and :/samples (resources/scanflow.qrc) available; every window calls it first.
void loadResources();
// The theme's icon where the desktop has one, else ours; made once.
QIcon warning();
// The theme's icon of this freedesktop name where the desktop has one, else ours,
// :/icons/<ours>.svg (resources/icons).
QIcon named(const QString &themeName, const QString &ours);

} // namespace scanflow::Icons

#pragma once

#include <QIcon>

namespace scanflow::Icons {

// The theme's icon where the desktop has one, else ours; made once.
QIcon warning();

} // namespace scanflow::Icons

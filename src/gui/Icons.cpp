#include "Icons.h"

namespace scanflow::Icons {

QIcon warning()
{
    static const QIcon icon = QIcon::fromTheme(QStringLiteral("dialog-warning"), QIcon(QStringLiteral(":/icons/warning.svg")));
    return icon;
}

} // namespace scanflow::Icons

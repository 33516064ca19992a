#include "Icons.h"

// resources/scanflow.qrc is compiled into this static library; a static library's resource
// initialiser is dropped at link time unless something calls it, so it is called here, where
// every window that shows an icon or the sample scan links.
static int initScanflowResources()
{
    Q_INIT_RESOURCE(scanflow);
    return 1;
}

namespace scanflow::Icons {

void loadResources()
{
    static const int loaded = initScanflowResources();
    Q_UNUSED(loaded)
}

QIcon warning()
{
    loadResources();
    static const QIcon icon = QIcon::fromTheme(QStringLiteral("dialog-warning"), QIcon(QStringLiteral(":/icons/warning.svg")));
    return icon;
}

QIcon named(const QString &themeName, const QString &ours)
{
    loadResources();
    const QIcon fallback(QStringLiteral(":/icons/%1.svg").arg(ours));
    return themeName.isEmpty() ? fallback : QIcon::fromTheme(themeName, fallback);
}

} // namespace scanflow::Icons

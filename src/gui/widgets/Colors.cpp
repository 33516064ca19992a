#include "Colors.h"

#include <QApplication>
#include <QPalette>

namespace scanflow::Colors {

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor problem()
{
    return darkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor problemBackground()
{
    return darkPalette() ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xfd, 0xe2, 0xe2);
}

QColor success()
{
    return darkPalette() ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
}

QColor link()
{
    return darkPalette() ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x5f, 0xbf);
}

QString problemStyle()
{
    return QStringLiteral("color: %1;").arg(problem().name());
}

QString successStyle()
{
    return QStringLiteral("color: %1;").arg(success().name());
}

} // namespace scanflow::Colors

#include "Browser.h"

#include <QDesktopServices>

namespace scanflow::Browser {

namespace {

class SystemBrowser : public BrowserHandOff
{
public:
    bool open(const QUrl &url) override { return QDesktopServices::openUrl(url); }
};

SystemBrowser systemBrowser;
BrowserHandOff *current = nullptr;

} // namespace

BrowserHandOff *handOff()
{
    return current ? current : &systemBrowser;
}

void setHandOff(BrowserHandOff *browser)
{
    current = browser;
}

} // namespace scanflow::Browser

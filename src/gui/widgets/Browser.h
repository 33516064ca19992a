#pragma once

#include "OAuthBrowserFlow.h"

namespace scanflow::Browser {

// The browser every window hands a provider's page to: the system's (QDesktopServices), or the
// one a test put in.
BrowserHandOff *handOff();
// Tests: a browser of their own; nullptr brings the system's back.
void setHandOff(BrowserHandOff *browser);

} // namespace scanflow::Browser

#pragma once

#include <QLoggingCategory>

// QT_LOGGING_RULES="scanflow.delivery*=true" turns on exactly the delivery's messages.
Q_DECLARE_LOGGING_CATEGORY(lcDelivery)
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)

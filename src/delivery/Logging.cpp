#include "Logging.h"

Q_LOGGING_CATEGORY(lcDelivery, "scanflow.delivery", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "scanflow.delivery.oauth", QtInfoMsg)

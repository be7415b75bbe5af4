#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcDb, "vms.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "vms.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSf, "vms.sf", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSfHttp, "vms.sf.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "vms.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "vms.app", QtInfoMsg)

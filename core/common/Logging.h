#pragma once

#include <QLoggingCategory>

// The logging categories of VMS. Nothing ever logs a token: the HTTP layer logs method, path and
// status only, and Redact::secret() exists for the rare place that must mention one.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcSf)
Q_DECLARE_LOGGING_CATEGORY(lcSfHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

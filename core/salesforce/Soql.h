#pragma once

#include <QDateTime>
#include <QString>

namespace vms::soql {

// SOQL literals. Every value that reaches a SOQL string goes through one of these; nothing is pasted in
// raw (SOQL and SOSL Reference, "Quoted String Escape Sequences").

// 'text' with \ ' " \n \r \t \b \f escaped.
QString quote(const QString& text);
// True for a 15- or 18-character Salesforce Id (alphanumeric only). Ids are checked before they are
// quoted into a query even when the server sent them: a value that is not an Id never becomes SOQL.
bool isSalesforceId(const QString& id);
// An unquoted datetime literal in UTC: 2026-03-08T15:30:00.000Z.
QString dateTimeLiteral(const QDateTime& t);

} // namespace vms::soql

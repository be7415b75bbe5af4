#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fakeforce {

// A field reached from the query's object, possibly through parent relationships (PermissionSet.Name).
struct FieldPath final {
    std::vector<int> refFields; // Ref field index at each hop, starting at the FROM object
    std::vector<int> objects;   // object at each hop: objects[0] is the FROM object; back() owns `field`
    int field = -1;
    QString display; // canonical "PermissionSet.Name"
};

struct Literal final {
    enum class Kind { Null, Bool, Number, String, Date, DateTime } kind = Kind::Null;
    bool b = false;
    double num = 0;
    qint64 i = 0; // days, ms, or the row of an id (-1: an id that names no row of the object)
    QString str;
    QByteArray lowerUtf8; // case-folded string for comparisons
};

struct SoqlExpr final {
    enum class Kind { And, Or, Not, Compare } kind = Kind::Compare;
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, Like, In, NotIn } op = Op::Eq;
    std::vector<std::unique_ptr<SoqlExpr>> children;
    FieldPath field;
    std::vector<Literal> values;
};

struct SoqlOrder final {
    FieldPath field;
    bool descending = false;
    bool nullsLast = false;
};

struct SoqlQuery final {
    int object = -1;
    bool countOnly = false;
    std::vector<FieldPath> select;
    std::unique_ptr<SoqlExpr> where;
    std::vector<SoqlOrder> orderBy;
    std::optional<qint64> limit;
    std::optional<qint64> offset;
};

struct SoqlError final {
    QByteArray errorCode; // MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE, INVALID_QUERY_FILTER_OPERATOR
    QString message;
};

// Whether an org shows a field of the shared schema (an org can remove one: fake-org.md #25). Empty: all.
using FieldVisible = std::function<bool(int object, int field)>;

// Parses and resolves (against the fake's schema) the SOQL subset fake-org.md #8 lists. Anything outside
// it is refused as MALFORMED_QUERY rather than half-understood, so the client cannot come to depend on
// syntax the fake never checked.
class SoqlParser final {
public:
    static std::unique_ptr<SoqlQuery> parse(const QString& soql, SoqlError& error,
                                            const FieldVisible& visible = {});
};

// Field path resolution shared with the REST `fields=` parameter.
bool resolveFieldPath(int object, const QString& dotted, FieldPath& out, SoqlError& error,
                      const FieldVisible& visible = {});

} // namespace fakeforce

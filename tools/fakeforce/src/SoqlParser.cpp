#include "SoqlParser.h"

#include "DateTimeUtil.h"
#include "SalesforceId.h"
#include "Schema.h"
#include "Table.h"

#include <QSet>

namespace fakeforce {

namespace {

struct Token final {
    enum class Type { End, Ident, String, Number, DateLit, Op, LParen, RParen, Comma } type = Type::End;
    QString text;
    qsizetype pos = 0;
};

class Lexer final {
public:
    explicit Lexer(const QString& s)
        : m_s(s) {}

    bool run(std::vector<Token>& out, SoqlError& err) {
        const qsizetype n = m_s.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_s[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.pos = i;
            if (c == u'(' || c == u')' || c == u',') {
                t.type = c == u'('   ? Token::Type::LParen
                         : c == u')' ? Token::Type::RParen
                                     : Token::Type::Comma;
                t.text = c;
                ++i;
            } else if (c == u'\'') {
                t.type = Token::Type::String;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar d = m_s[i];
                    if (d == u'\\') {
                        if (i + 1 >= n)
                            break;
                        const QChar e = m_s[i + 1];
                        switch (e.unicode()) {
                        case 'n':
                            t.text += u'\n';
                            break;
                        case 'r':
                            t.text += u'\r';
                            break;
                        case 't':
                            t.text += u'\t';
                            break;
                        case 'b':
                            t.text += u'\b';
                            break;
                        case 'f':
                            t.text += u'\f';
                            break;
                        case '\'':
                            t.text += u'\'';
                            break;
                        case '"':
                            t.text += u'"';
                            break;
                        case '\\':
                            t.text += QStringLiteral("\\\\");
                            break; // kept escaped for LIKE; unescaped later
                        case '%':
                            t.text += QStringLiteral("\\%");
                            break;
                        case '_':
                            t.text += QStringLiteral("\\_");
                            break;
                        default:
                            err = {"MALFORMED_QUERY",
                                   QStringLiteral("Invalid string literal escape sequence \\%1 at "
                                                  "position %2")
                                       .arg(e)
                                       .arg(i)};
                            return false;
                        }
                        i += 2;
                    } else if (d == u'\'') {
                        ++i;
                        closed = true;
                        break;
                    } else {
                        t.text += d;
                        ++i;
                    }
                }
                if (!closed) {
                    err = {"MALFORMED_QUERY", QStringLiteral("unterminated string literal")};
                    return false;
                }
            } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>') {
                t.type = Token::Type::Op;
                t.text = c;
                ++i;
                if (i < n && (m_s[i] == u'=' || (c == u'<' && m_s[i] == u'>'))) {
                    t.text += m_s[i];
                    ++i;
                }
                if (t.text == QStringLiteral("!")) {
                    err = {"MALFORMED_QUERY", QStringLiteral("unexpected token: '!'")};
                    return false;
                }
            } else if (c.isDigit() || ((c == u'-' || c == u'+') && i + 1 < n && m_s[i + 1].isDigit())) {
                qsizetype j = i + 1;
                while (j < n && m_s[j].isDigit())
                    ++j;
                if (j - i == 4 && j < n && m_s[j] == u'-' && c.isDigit()) {
                    // date or datetime literal: digits, '-', ':', 'T', 'Z', '.', '+'
                    while (j < n && (m_s[j].isLetterOrNumber() || m_s[j] == u'-' || m_s[j] == u':' ||
                                     m_s[j] == u'.' || m_s[j] == u'+'))
                        ++j;
                    t.type = Token::Type::DateLit;
                } else {
                    if (j < n && m_s[j] == u'.') {
                        ++j;
                        while (j < n && m_s[j].isDigit())
                            ++j;
                    }
                    t.type = Token::Type::Number;
                }
                t.text = m_s.mid(i, j - i);
                i = j;
            } else if (c.isLetter() || c == u'_') {
                qsizetype j = i + 1;
                while (j < n && (m_s[j].isLetterOrNumber() || m_s[j] == u'_' || m_s[j] == u'.'))
                    ++j;
                t.type = Token::Type::Ident;
                t.text = m_s.mid(i, j - i);
                i = j;
            } else {
                err = {"MALFORMED_QUERY", QStringLiteral("unexpected token: '%1'").arg(c)};
                return false;
            }
            out.push_back(t);
        }
        Token end;
        end.pos = n;
        out.push_back(end);
        return true;
    }

private:
    const QString& m_s;
};

QString unescapeLike(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size()) {
            out += s[i + 1];
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

class Parser final {
public:
    Parser(std::vector<Token> toks, SoqlError& err, const FieldVisible& visible)
        : m_t(std::move(toks))
        , m_err(err)
        , m_visible(visible) {}

    std::unique_ptr<SoqlQuery> query() {
        auto q = std::make_unique<SoqlQuery>();
        if (!keyword("SELECT"))
            return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
        std::vector<QString> selectNames;
        if (isKeyword(peek(), "COUNT") && m_t[m_i + 1].type == Token::Type::LParen) {
            m_i += 2;
            if (peek().type != Token::Type::RParen)
                return fail(QStringLiteral("the fake supports COUNT() only, without a field"));
            ++m_i;
            q->countOnly = true;
        } else {
            for (;;) {
                const Token& t = peek();
                if (t.type != Token::Type::Ident || isReserved(t.text))
                    return fail(QStringLiteral("unexpected token: '%1'").arg(t.text));
                selectNames.push_back(t.text);
                ++m_i;
                if (peek().type == Token::Type::Comma) {
                    ++m_i;
                    continue;
                }
                break;
            }
        }
        if (!keyword("FROM"))
            return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
        const Token& obj = peek();
        if (obj.type != Token::Type::Ident)
            return fail(QStringLiteral("unexpected token: '%1'").arg(obj.text));
        ++m_i;
        q->object = schema().objectIndex(obj.text);
        if (q->object < 0) {
            m_err = {"INVALID_TYPE",
                     QStringLiteral("\n%1\n^\nERROR at Row:1:Column:%2\nsObject type '%1' is not "
                                    "supported. If you are attempting to use a custom object, be "
                                    "sure to append the '__c' after the entity name.")
                         .arg(obj.text)
                         .arg(obj.pos + 1)};
            return nullptr;
        }
        QSet<QString> seen;
        for (const QString& name : selectNames) {
            FieldPath p;
            if (!resolveFieldPath(q->object, name, p, m_err, m_visible))
                return nullptr;
            if (seen.contains(p.display.toLower()))
                return fail(QStringLiteral("duplicate field selected: %1").arg(name));
            seen.insert(p.display.toLower());
            q->select.push_back(p);
        }
        if (isKeyword(peek(), "WHERE")) {
            ++m_i;
            q->where = orExpr(q->object);
            if (!q->where)
                return nullptr;
        }
        if (isKeyword(peek(), "ORDER")) {
            ++m_i;
            if (!keyword("BY"))
                return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
            if (q->countOnly)
                return fail(QStringLiteral("ORDER BY is not supported with COUNT()"));
            for (;;) {
                SoqlOrder o;
                const Token& t = peek();
                if (t.type != Token::Type::Ident || isReserved(t.text))
                    return fail(QStringLiteral("unexpected token: '%1'").arg(t.text));
                ++m_i;
                if (!resolveFieldPath(q->object, t.text, o.field, m_err, m_visible))
                    return nullptr;
                if (isKeyword(peek(), "ASC")) {
                    ++m_i;
                } else if (isKeyword(peek(), "DESC")) {
                    ++m_i;
                    o.descending = true;
                }
                o.nullsLast = o.descending; // Salesforce: NULLS FIRST ascending, NULLS LAST descending
                if (isKeyword(peek(), "NULLS")) {
                    ++m_i;
                    if (keyword("FIRST"))
                        o.nullsLast = false;
                    else if (keyword("LAST"))
                        o.nullsLast = true;
                    else
                        return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
                }
                q->orderBy.push_back(std::move(o));
                if (peek().type == Token::Type::Comma) {
                    ++m_i;
                    continue;
                }
                break;
            }
        }
        if (isKeyword(peek(), "LIMIT")) {
            ++m_i;
            if (!integer(q->limit))
                return nullptr;
        }
        if (isKeyword(peek(), "OFFSET")) {
            ++m_i;
            if (!integer(q->offset))
                return nullptr;
            if (*q->offset > 2000) {
                m_err = {"NUMBER_OUTSIDE_VALID_RANGE", QStringLiteral("Maximum SOQL offset allowed is 2000")};
                return nullptr;
            }
        }
        if (peek().type != Token::Type::End)
            return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
        return q;
    }

private:
    const Token& peek() const { return m_t[m_i]; }

    static bool isKeyword(const Token& t, const char* kw) {
        return t.type == Token::Type::Ident && t.text.compare(QLatin1String(kw), Qt::CaseInsensitive) == 0;
    }
    static bool isReserved(const QString& s) {
        static const char* const kReserved[] = {"SELECT", "FROM", "WHERE", "AND",    "OR",   "NOT",
                                                "ORDER",  "BY",   "LIMIT", "OFFSET", "IN",   "LIKE",
                                                "NULL",   "TRUE", "FALSE", "ASC",    "DESC", "NULLS"};
        for (const char* r : kReserved)
            if (s.compare(QLatin1String(r), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    bool keyword(const char* kw) {
        if (!isKeyword(peek(), kw))
            return false;
        ++m_i;
        return true;
    }
    std::nullptr_t fail(const QString& msg) {
        m_err = {"MALFORMED_QUERY", msg};
        return nullptr;
    }
    bool integer(std::optional<qint64>& out) {
        const Token& t = peek();
        bool ok = false;
        const qint64 v = t.text.toLongLong(&ok);
        if (t.type != Token::Type::Number || !ok || v < 0) {
            fail(QStringLiteral("unexpected token: '%1'").arg(t.text));
            return false;
        }
        ++m_i;
        out = v;
        return true;
    }

    // SOQL refuses AND and OR mixed at one level without parentheses; so does the fake.
    std::unique_ptr<SoqlExpr> orExpr(int object) {
        auto first = notExpr(object);
        if (!first)
            return nullptr;
        if (!isKeyword(peek(), "AND") && !isKeyword(peek(), "OR"))
            return first;
        const bool isAnd = isKeyword(peek(), "AND");
        auto node = std::make_unique<SoqlExpr>();
        node->kind = isAnd ? SoqlExpr::Kind::And : SoqlExpr::Kind::Or;
        node->children.push_back(std::move(first));
        while (isKeyword(peek(), "AND") || isKeyword(peek(), "OR")) {
            if (isKeyword(peek(), "AND") != isAnd)
                return fail(QStringLiteral("unexpected token: '%1' (use parentheses to combine AND and OR)")
                                .arg(peek().text));
            ++m_i;
            auto next = notExpr(object);
            if (!next)
                return nullptr;
            node->children.push_back(std::move(next));
        }
        return node;
    }

    std::unique_ptr<SoqlExpr> notExpr(int object) {
        if (isKeyword(peek(), "NOT")) {
            ++m_i;
            auto inner = notExpr(object);
            if (!inner)
                return nullptr;
            auto node = std::make_unique<SoqlExpr>();
            node->kind = SoqlExpr::Kind::Not;
            node->children.push_back(std::move(inner));
            return node;
        }
        if (peek().type == Token::Type::LParen) {
            ++m_i;
            auto inner = orExpr(object);
            if (!inner)
                return nullptr;
            if (peek().type != Token::Type::RParen)
                return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
            ++m_i;
            return inner;
        }
        return comparison(object);
    }

    std::unique_ptr<SoqlExpr> comparison(int object) {
        const Token& f = peek();
        if (f.type != Token::Type::Ident || isReserved(f.text))
            return fail(QStringLiteral("unexpected token: '%1'")
                            .arg(f.text.isEmpty() ? QStringLiteral("<EOF>") : f.text));
        ++m_i;
        auto node = std::make_unique<SoqlExpr>();
        if (!resolveFieldPath(object, f.text, node->field, m_err, m_visible))
            return nullptr;
        const Token& op = peek();
        if (op.type == Token::Type::Op) {
            ++m_i;
            if (op.text == QStringLiteral("="))
                node->op = SoqlExpr::Op::Eq;
            else if (op.text == QStringLiteral("!=") || op.text == QStringLiteral("<>"))
                node->op = SoqlExpr::Op::Ne;
            else if (op.text == QStringLiteral("<"))
                node->op = SoqlExpr::Op::Lt;
            else if (op.text == QStringLiteral("<="))
                node->op = SoqlExpr::Op::Le;
            else if (op.text == QStringLiteral(">"))
                node->op = SoqlExpr::Op::Gt;
            else if (op.text == QStringLiteral(">="))
                node->op = SoqlExpr::Op::Ge;
            else
                return fail(QStringLiteral("unexpected token: '%1'").arg(op.text));
            Literal lit;
            if (!literal(node->field, lit))
                return nullptr;
            if (lit.kind == Literal::Kind::Null && node->op != SoqlExpr::Op::Eq &&
                node->op != SoqlExpr::Op::Ne)
                return fail(QStringLiteral("null can only be compared with = or !="));
            node->values.push_back(std::move(lit));
            return node;
        }
        if (isKeyword(op, "LIKE")) {
            ++m_i;
            node->op = SoqlExpr::Op::Like;
            if (peek().type != Token::Type::String)
                return fail(QStringLiteral("LIKE needs a quoted string, found '%1'").arg(peek().text));
            const FieldDef& fd = schema().object(node->field.objects.back()).field(node->field.field);
            if ((fd.storage != Storage::Text && fd.storage != Storage::Pick &&
                 fd.storage != Storage::FullName) ||
                fd.type == FieldType::Reference) {
                m_err = {"INVALID_QUERY_FILTER_OPERATOR",
                         QStringLiteral("invalid operator on %1 field: %2").arg(typeName(fd), fd.name)};
                return nullptr;
            }
            Literal lit;
            lit.kind = Literal::Kind::String;
            lit.str = peek().text; // still escaped: the LIKE matcher honours \% and \_
            lit.lowerUtf8 = lit.str.toLower().toUtf8();
            ++m_i;
            node->values.push_back(std::move(lit));
            return node;
        }
        bool negated = false;
        if (isKeyword(op, "NOT") && isKeyword(m_t[m_i + 1], "IN")) {
            negated = true;
            ++m_i;
        }
        if (isKeyword(peek(), "IN")) {
            ++m_i;
            node->op = negated ? SoqlExpr::Op::NotIn : SoqlExpr::Op::In;
            if (peek().type != Token::Type::LParen)
                return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
            ++m_i;
            for (;;) {
                Literal lit;
                if (!literal(node->field, lit))
                    return nullptr;
                node->values.push_back(std::move(lit));
                if (peek().type == Token::Type::Comma) {
                    ++m_i;
                    continue;
                }
                break;
            }
            if (peek().type != Token::Type::RParen)
                return fail(QStringLiteral("unexpected token: '%1'").arg(peek().text));
            ++m_i;
            return node;
        }
        return fail(QStringLiteral("unexpected token: '%1'")
                        .arg(op.text.isEmpty() ? QStringLiteral("<EOF>") : op.text));
    }

    static QString typeName(const FieldDef& fd) {
        switch (fd.type) {
        case FieldType::Boolean:
            return QStringLiteral("boolean");
        case FieldType::Double:
            return QStringLiteral("double");
        case FieldType::Date:
            return QStringLiteral("date");
        case FieldType::DateTime:
            return QStringLiteral("datetime");
        case FieldType::Id:
            return QStringLiteral("id");
        case FieldType::Reference:
            return QStringLiteral("reference");
        default:
            return QStringLiteral("string");
        }
    }

    bool typeError(const FieldDef& fd, const char* what) {
        m_err = {"INVALID_FIELD",
                 QStringLiteral("value of filter criterion for field '%1' must be of type %2 %3")
                     .arg(fd.name, typeName(fd), QLatin1String(what))};
        return false;
    }

    bool literal(const FieldPath& path, Literal& lit) {
        const Token& t = peek();
        const int owner = path.objects.back();
        const FieldDef& fd = schema().object(owner).field(path.field);
        ++m_i;
        if (isKeyword(t, "NULL")) {
            lit.kind = Literal::Kind::Null;
            return true;
        }
        switch (fd.storage) {
        case Storage::SysDeleted:
        case Storage::Bool:
            if (isKeyword(t, "TRUE") || isKeyword(t, "FALSE")) {
                lit.kind = Literal::Kind::Bool;
                lit.b = isKeyword(t, "TRUE");
                return true;
            }
            return typeError(fd, "and should not be enclosed in quotes");
        case Storage::Num: {
            bool ok = false;
            lit.num = t.text.toDouble(&ok);
            if (t.type != Token::Type::Number || !ok)
                return typeError(fd, "and should not be enclosed in quotes");
            lit.kind = Literal::Kind::Number;
            return true;
        }
        case Storage::Date: {
            const auto d = t.type == Token::Type::DateLit ? dt::parseDate(t.text) : std::nullopt;
            if (!d)
                return typeError(fd, "and should not be enclosed in quotes");
            lit.kind = Literal::Kind::Date;
            lit.i = *d;
            return true;
        }
        case Storage::SysCreated:
        case Storage::SysModified:
        case Storage::SysModstamp:
        case Storage::DateTime: {
            const auto d = t.type == Token::Type::DateLit && t.text.size() > 10 ? dt::parseDateTime(t.text)
                                                                                : std::nullopt;
            if (!d)
                return typeError(fd, "and should not be enclosed in quotes");
            lit.kind = Literal::Kind::DateTime;
            lit.i = *d;
            return true;
        }
        case Storage::SysId:
        case Storage::Ref: {
            if (t.type != Token::Type::String)
                return typeError(fd, "and should be enclosed in quotes");
            lit.kind = Literal::Kind::String;
            lit.str = unescapeLike(t.text);
            if (!sfid::looksLikeId(lit.str)) {
                m_err = {"INVALID_QUERY_FILTER_OPERATOR",
                         QStringLiteral("invalid ID field: %1").arg(lit.str)};
                return false;
            }
            const int target = fd.storage == Storage::SysId ? owner : fd.refObject;
            // A row number is resolved against a table at evaluation time; here keep the parsed number.
            const auto p = sfid::parse(lit.str);
            lit.i = (p && p->prefix == schema().object(target).keyPrefix && p->number >= Table::kIdBase)
                        ? qint64(p->number - Table::kIdBase)
                        : -1;
            return true;
        }
        default:
            if (t.type != Token::Type::String)
                return typeError(fd, "and should be enclosed in quotes");
            lit.kind = Literal::Kind::String;
            lit.str = unescapeLike(t.text);
            if (fd.type == FieldType::Reference) {
                // A polymorphic reference holds 18-character ids: compare in that form.
                if (!sfid::looksLikeId(lit.str)) {
                    m_err = {"INVALID_QUERY_FILTER_OPERATOR",
                             QStringLiteral("invalid ID field: %1").arg(lit.str)};
                    return false;
                }
                if (const auto p = sfid::parse(lit.str))
                    lit.str = QString::fromLatin1(sfid::make(p->prefix.constData(), p->number));
            }
            lit.lowerUtf8 = lit.str.toLower().toUtf8();
            return true;
        }
    }

    std::vector<Token> m_t;
    size_t m_i = 0;
    SoqlError& m_err;
    const FieldVisible& m_visible;
};

} // namespace

bool resolveFieldPath(int object, const QString& dotted, FieldPath& out, SoqlError& error,
                      const FieldVisible& visible) {
    const auto shown = [&](int o, int f) {
        return f >= 0 && (!visible || visible(o, f));
    };
    const QStringList parts = dotted.split(u'.');
    out = {};
    out.objects.push_back(object);
    int current = object;
    QStringList display;
    for (int i = 0; i < parts.size(); ++i) {
        const ObjectDef& o = schema().object(current);
        if (i + 1 < parts.size()) {
            const int rf = o.relationshipIndex(parts[i]);
            if (!shown(current, rf)) {
                error = {"INVALID_FIELD",
                         QStringLiteral(
                             "Didn't understand relationship '%1' in field path. If you are attempting to "
                             "use a custom relationship, be sure to append the '__r' after the custom "
                             "relationship name.")
                             .arg(parts[i])};
                return false;
            }
            if (o.field(rf).refObject < 0) {
                error = {"INVALID_FIELD",
                         QStringLiteral("The polymorphic relationship '%1' needs TYPEOF, which this org's "
                                        "SOQL subset does not support; select %2 instead.")
                             .arg(parts[i], o.field(rf).name)};
                return false;
            }
            out.refFields.push_back(rf);
            current = o.field(rf).refObject;
            out.objects.push_back(current);
            display << o.field(rf).relationshipName;
            continue;
        }
        const int f = o.fieldIndex(parts[i]);
        if (!shown(current, f)) {
            error = {"INVALID_FIELD",
                     QStringLiteral("\n%1\n^\nERROR at Row:1:Column:1\nNo such column '%2' on entity "
                                    "'%3'. If you are attempting to use a custom field, be sure to "
                                    "append the '__c' after the custom field name.")
                         .arg(dotted, parts[i], o.name)};
            return false;
        }
        out.field = f;
        display << o.field(f).name;
    }
    out.display = display.join(u'.');
    return true;
}

std::unique_ptr<SoqlQuery> SoqlParser::parse(const QString& soql, SoqlError& error,
                                             const FieldVisible& visible) {
    std::vector<Token> toks;
    if (!Lexer(soql).run(toks, error))
        return nullptr;
    return Parser(std::move(toks), error, visible).query();
}

} // namespace fakeforce

#include "sync/RecordFilter.h"

#include <optional>
#include <vector>

namespace vms {

struct RecordFilter::Node {
    enum class Kind { And, Or, Not, Equals, NotEquals, In, NotIn } kind = Kind::Equals;
    std::vector<std::shared_ptr<const Node>> children;
    QString field;
    // Literal values; std::nullopt stands for null. Booleans are kept as "true"/"false".
    std::vector<std::optional<QString>> values;
};

namespace {

using Node = RecordFilter::Node;

struct Token {
    enum class Type { Word, String, LParen, RParen, Comma, Op, End } type = Type::End;
    QString text;
};

Result<std::vector<Token>> tokenize(const QString& s) {
    std::vector<Token> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            out.push_back({Token::Type::LParen, {}});
            ++i;
        } else if (c == u')') {
            out.push_back({Token::Type::RParen, {}});
            ++i;
        } else if (c == u',') {
            out.push_back({Token::Type::Comma, {}});
            ++i;
        } else if (c == u'=') {
            out.push_back({Token::Type::Op, QStringLiteral("=")});
            ++i;
        } else if (c == u'!' && i + 1 < s.size() && s.at(i + 1) == u'=') {
            out.push_back({Token::Type::Op, QStringLiteral("!=")});
            i += 2;
        } else if (c == u'\'') {
            QString text;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                const QChar d = s.at(i);
                if (d == u'\\' && i + 1 < s.size()) {
                    text += s.at(i + 1);
                    i += 2;
                    continue;
                }
                if (d == u'\'') {
                    closed = true;
                    ++i;
                    break;
                }
                text += d;
                ++i;
            }
            if (!closed)
                return Error::usage(QStringLiteral("Unterminated string in filter: %1").arg(s));
            out.push_back({Token::Type::String, text});
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'.') {
            QString word;
            while (i < s.size() && (s.at(i).isLetterOrNumber() || s.at(i) == u'_' || s.at(i) == u'.'))
                word += s.at(i++);
            out.push_back({Token::Type::Word, word});
        } else {
            return Error::usage(QStringLiteral("Unexpected '%1' in filter: %2").arg(c).arg(s));
        }
    }
    out.push_back({Token::Type::End, {}});
    return out;
}

class Parser {
public:
    Parser(std::vector<Token> tokens, QStringList& fields)
        : m_t(std::move(tokens))
        , m_fields(fields) {}

    Result<std::shared_ptr<const Node>> parseAll() {
        auto n = parseOr();
        if (!n)
            return n;
        if (peek().type != Token::Type::End)
            return Error::usage(QStringLiteral("Unexpected '%1' in filter").arg(peek().text));
        return n;
    }

private:
    const Token& peek() const { return m_t[m_pos]; }
    const Token& next() { return m_t[m_pos++]; }
    bool keyword(const char* word) const {
        return peek().type == Token::Type::Word &&
               peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    Result<std::shared_ptr<const Node>> parseOr() {
        auto left = parseAnd();
        if (!left)
            return left;
        if (!keyword("OR"))
            return left;
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Or;
        n->children.push_back(*left);
        while (keyword("OR")) {
            next();
            auto right = parseAnd();
            if (!right)
                return right;
            n->children.push_back(*right);
        }
        return std::shared_ptr<const Node>(n);
    }

    Result<std::shared_ptr<const Node>> parseAnd() {
        auto left = parseUnary();
        if (!left)
            return left;
        if (!keyword("AND"))
            return left;
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::And;
        n->children.push_back(*left);
        while (keyword("AND")) {
            next();
            auto right = parseUnary();
            if (!right)
                return right;
            n->children.push_back(*right);
        }
        return std::shared_ptr<const Node>(n);
    }

    Result<std::shared_ptr<const Node>> parseUnary() {
        if (keyword("NOT")) {
            next();
            auto inner = parseUnary();
            if (!inner)
                return inner;
            auto n = std::make_shared<Node>();
            n->kind = Node::Kind::Not;
            n->children.push_back(*inner);
            return std::shared_ptr<const Node>(n);
        }
        if (peek().type == Token::Type::LParen) {
            next();
            auto inner = parseOr();
            if (!inner)
                return inner;
            if (next().type != Token::Type::RParen)
                return Error::usage(QStringLiteral("Missing ')' in filter"));
            return inner;
        }
        return parseComparison();
    }

    Result<std::optional<QString>> parseLiteral() {
        const Token t = next();
        if (t.type == Token::Type::String)
            return std::optional<QString>(t.text);
        if (t.type == Token::Type::Word) {
            if (t.text.compare(u"null", Qt::CaseInsensitive) == 0)
                return std::optional<QString>();
            if (t.text.compare(u"true", Qt::CaseInsensitive) == 0 ||
                t.text.compare(u"false", Qt::CaseInsensitive) == 0)
                return std::optional<QString>(t.text.toLower());
            return std::optional<QString>(t.text); // a number
        }
        return Error::usage(QStringLiteral("Expected a value in filter"));
    }

    Result<std::shared_ptr<const Node>> parseComparison() {
        const Token field = next();
        if (field.type != Token::Type::Word)
            return Error::usage(QStringLiteral("Expected a field name in filter"));
        if (!m_fields.contains(field.text))
            m_fields << field.text;
        auto n = std::make_shared<Node>();
        n->field = field.text;
        bool negated = false;
        if (keyword("NOT")) {
            next();
            negated = true;
        }
        if (keyword("IN")) {
            next();
            n->kind = negated ? Node::Kind::NotIn : Node::Kind::In;
            if (next().type != Token::Type::LParen)
                return Error::usage(QStringLiteral("Expected '(' after IN in filter"));
            for (;;) {
                auto v = parseLiteral();
                if (!v)
                    return v.error();
                n->values.push_back(*v);
                const Token sep = next();
                if (sep.type == Token::Type::RParen)
                    break;
                if (sep.type != Token::Type::Comma)
                    return Error::usage(QStringLiteral("Expected ',' or ')' in IN list"));
            }
            return std::shared_ptr<const Node>(n);
        }
        if (negated)
            return Error::usage(QStringLiteral("Expected IN after NOT in filter"));
        const Token op = next();
        if (op.type != Token::Type::Op)
            return Error::usage(QStringLiteral("Expected = or != after %1 in filter").arg(field.text));
        n->kind = op.text == u"=" ? Node::Kind::Equals : Node::Kind::NotEquals;
        auto v = parseLiteral();
        if (!v)
            return v.error();
        n->values.push_back(*v);
        return std::shared_ptr<const Node>(n);
    }

    std::vector<Token> m_t;
    size_t m_pos = 0;
    QStringList& m_fields;
};

std::optional<QString> recordValue(const nlohmann::json& record, const QString& field) {
    const auto it = record.find(field.toStdString());
    if (it == record.end() || it->is_null())
        return std::nullopt;
    if (it->is_string()) {
        const std::string& s = it->get_ref<const std::string&>();
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    }
    if (it->is_boolean())
        return QString::fromLatin1(it->get<bool>() ? "true" : "false");
    return QString::fromStdString(it->dump());
}

bool equalValues(const std::optional<QString>& a, const std::optional<QString>& b) {
    if (!a || !b)
        return !a && !b;
    return a->compare(*b, Qt::CaseInsensitive) == 0;
}

bool eval(const Node& n, const nlohmann::json& record) {
    switch (n.kind) {
    case Node::Kind::And:
        for (const auto& c : n.children)
            if (!eval(*c, record))
                return false;
        return true;
    case Node::Kind::Or:
        for (const auto& c : n.children)
            if (eval(*c, record))
                return true;
        return false;
    case Node::Kind::Not:
        return !eval(*n.children.front(), record);
    case Node::Kind::Equals:
        return equalValues(recordValue(record, n.field), n.values.front());
    case Node::Kind::NotEquals:
        return !equalValues(recordValue(record, n.field), n.values.front());
    case Node::Kind::In:
    case Node::Kind::NotIn: {
        const auto v = recordValue(record, n.field);
        bool found = false;
        for (const auto& candidate : n.values)
            found = found || equalValues(v, candidate);
        // SOQL: a null field is neither IN nor NOT IN a list of non-null values.
        if (!v && n.kind == Node::Kind::NotIn)
            return true;
        return n.kind == Node::Kind::In ? found : !found;
    }
    }
    return false;
}

} // namespace

RecordFilter::RecordFilter() = default;
RecordFilter::~RecordFilter() = default;
RecordFilter::RecordFilter(const RecordFilter&) = default;
RecordFilter& RecordFilter::operator=(const RecordFilter&) = default;
RecordFilter::RecordFilter(RecordFilter&&) noexcept = default;
RecordFilter& RecordFilter::operator=(RecordFilter&&) noexcept = default;

Result<RecordFilter> RecordFilter::parse(const QString& soqlCondition) {
    RecordFilter f;
    if (soqlCondition.trimmed().isEmpty())
        return f;
    auto tokens = tokenize(soqlCondition);
    if (!tokens)
        return tokens.error();
    Parser p(std::move(tokens).value(), f.m_fields);
    auto root = p.parseAll();
    if (!root)
        return root.error();
    f.m_root = *root;
    return f;
}

bool RecordFilter::matches(const nlohmann::json& record) const {
    return !m_root || eval(*m_root, record);
}

} // namespace vms

#include "core/sync/RecordFilter.h"

#include "core/salesforce/RecordPage.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vms {

struct RecordFilter::Node {
    enum class Kind { And, Or, Not, Equals, NotEquals, In, NotIn } kind = Kind::Equals;
    std::vector<std::shared_ptr<const Node>> children;
    QString field;
    int fieldIndex = -1; // in RecordFilter::fields()
    // Literal values; std::nullopt stands for null. Booleans are kept as "true"/"false".
    std::vector<std::optional<QString>> values;
    // The same literals in UTF-8, and whether each is plain ASCII (then compared without QString).
    std::vector<std::string> utf8;
    std::vector<bool> ascii;
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
        n->fieldIndex = static_cast<int>(m_fields.indexOf(field.text));
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

bool isAscii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool asciiEqualsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// A record's value of a field as the filter compares it: null (missing or JSON null), or text — a
// string as is, a boolean as true/false, anything else as its JSON text (kept in `scratch`).
using FieldText = std::optional<std::string_view>;

FieldText fieldText(const RecordView& record, int slot, std::string& scratch) {
    const RecordPage::Value& v = record.value(slot);
    switch (v.kind) {
    case RecordPage::Kind::Missing:
    case RecordPage::Kind::Null:
        return std::nullopt;
    case RecordPage::Kind::String:
        return record.page().text(v);
    case RecordPage::Kind::Bool:
        return std::string_view(v.boolean ? "true" : "false");
    default:
        scratch = record.page().dump(v);
        return std::string_view(scratch);
    }
}

// SOQL's string equality is case-insensitive. Plain ASCII on both sides compares byte by byte; anything
// else goes through QString's case folding (where, say, the Kelvin sign equals 'k').
bool equalValues(const FieldText& a, const Node& n, size_t literal) {
    const std::optional<QString>& b = n.values[literal];
    if (!a || !b)
        return !a && !b;
    if (n.ascii[literal] && isAscii(*a))
        return asciiEqualsIgnoringCase(*a, n.utf8[literal]);
    return QString::fromUtf8(a->data(), static_cast<qsizetype>(a->size())).compare(*b, Qt::CaseInsensitive) ==
           0;
}

// fieldSlots[i]: the record's slot of RecordFilter::fields()[i].
bool eval(const Node& n, const RecordView& record, const std::vector<int>& fieldSlots) {
    switch (n.kind) {
    case Node::Kind::And:
        for (const auto& c : n.children)
            if (!eval(*c, record, fieldSlots))
                return false;
        return true;
    case Node::Kind::Or:
        for (const auto& c : n.children)
            if (eval(*c, record, fieldSlots))
                return true;
        return false;
    case Node::Kind::Not:
        return !eval(*n.children.front(), record, fieldSlots);
    case Node::Kind::Equals:
    case Node::Kind::NotEquals: {
        std::string scratch;
        const int slot = fieldSlots[static_cast<size_t>(n.fieldIndex)];
        const bool equal = equalValues(fieldText(record, slot, scratch), n, 0);
        return n.kind == Node::Kind::Equals ? equal : !equal;
    }
    case Node::Kind::In:
    case Node::Kind::NotIn: {
        std::string scratch;
        const FieldText v = fieldText(record, fieldSlots[static_cast<size_t>(n.fieldIndex)], scratch);
        bool found = false;
        for (size_t i = 0; i < n.values.size() && !found; ++i)
            found = equalValues(v, n, i);
        // SOQL: a null field is neither IN nor NOT IN a list of non-null values.
        if (!v && n.kind == Node::Kind::NotIn)
            return true;
        return n.kind == Node::Kind::In ? found : !found;
    }
    }
    return false;
}

// Fills in the UTF-8 copies of the literals, after parsing.
std::shared_ptr<const Node> withUtf8(const std::shared_ptr<const Node>& node) {
    auto n = std::make_shared<Node>(*node);
    for (auto& c : n->children)
        c = withUtf8(c);
    for (const auto& v : n->values) {
        n->utf8.push_back(v ? v->toStdString() : std::string());
        n->ascii.push_back(isAscii(n->utf8.back()));
    }
    return n;
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
    f.m_root = withUtf8(*root);
    return f;
}

bool RecordFilter::matches(const RecordView& record, const std::vector<int>& fieldSlots) const {
    return !m_root || eval(*m_root, record, fieldSlots);
}

} // namespace vms

#include "SalesforceId.h"

#include <cstring>

namespace fakeforce::sfid {

namespace {
constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr char kSuffix[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
constexpr char kPod[] = "5g0"; // stands for the pod and reserved characters of a real id

int digitValue(char16_t c) {
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'A' && c <= u'Z')
        return c - u'A' + 10;
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 36;
    return -1;
}
} // namespace

QByteArray checksum(const QByteArray& id15) {
    QByteArray out(3, 'A');
    for (int i = 0; i < 3; ++i) {
        int flags = 0;
        for (int j = 0; j < 5; ++j) {
            const char c = id15[i * 5 + j];
            if (c >= 'A' && c <= 'Z')
                flags |= 1 << j;
        }
        out[i] = kSuffix[flags];
    }
    return out;
}

void write(char* buf, const char* prefix3, std::uint64_t number) {
    std::memcpy(buf, prefix3, 3);
    std::memcpy(buf + 3, kPod, 3);
    for (int i = 14; i >= 6; --i) {
        buf[i] = kBase62[number % 62];
        number /= 62;
    }
    for (int i = 0; i < 3; ++i) {
        int flags = 0;
        for (int j = 0; j < 5; ++j) {
            const char c = buf[i * 5 + j];
            if (c >= 'A' && c <= 'Z')
                flags |= 1 << j;
        }
        buf[15 + i] = kSuffix[flags];
    }
}

QByteArray make(const char* prefix3, std::uint64_t number) {
    char buf[18];
    write(buf, prefix3, number);
    return QByteArray(buf, 18);
}

bool looksLikeId(QStringView id) {
    if (id.size() != 15 && id.size() != 18)
        return false;
    for (const QChar c : id)
        if (digitValue(c.unicode()) < 0)
            return false;
    return true;
}

std::optional<Parsed> parse(QStringView id) {
    if (!looksLikeId(id))
        return std::nullopt;
    QByteArray id15 = id.first(15).toLatin1();
    if (id.size() == 18 && id.mid(15).toLatin1().toUpper() != checksum(id15))
        return std::nullopt;
    if (id15.mid(3, 3) != kPod)
        return std::nullopt;
    Parsed p;
    p.prefix = id15.left(3);
    for (int i = 6; i < 15; ++i)
        p.number = p.number * 62 + std::uint64_t(digitValue(char16_t(id15[i])));
    return p;
}

} // namespace fakeforce::sfid

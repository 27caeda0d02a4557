#include "Uuid.h"

#include <optional>
#include <random>

namespace samspil {

namespace {
std::optional<std::mt19937_64>& testGenerator()
{
    static std::optional<std::mt19937_64> generator;
    return generator;
}
} // namespace

QString newUuid()
{
    auto& generator = testGenerator();
    if (!generator) {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    // A version 4 UUID from the seeded generator: the same seed gives the same ids in the same order.
    const quint64 hi = (*generator)();
    const quint64 lo = (*generator)();
    const auto byte = [&](int i) { return uchar((i < 8 ? hi : lo) >> (56 - 8 * (i % 8))); };
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000), uchar((byte(8) & 0x3f) | 0x80),
                   byte(9), byte(10), byte(11), byte(12), byte(13), byte(14), byte(15));
    return id.toString(QUuid::WithoutBraces);
}

void seedUuidsForTesting(quint64 seed)
{
    testGenerator().emplace(seed);
}

} // namespace samspil

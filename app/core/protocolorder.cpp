#include "protocolorder.h"

#include "text/vietnamesetext.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {

// Folded openings of an office, by rank. An office is matched at its start, so "Phó Bí thư" is
// never read as "Bí thư", nor "Nguyên Bí thư" (a former one) as a serving one.
struct Office
{
    const char *opening;
    int rank;
};
const Office offices[] = {
    {"tong bi thu", 0},
    {"uy vien bo chinh tri", 0},
    {"bi thu trung uong dang", 1},
    {"uy vien trung uong dang", 2},
    {"uy vien ban chap hanh trung uong", 2},
    {"uy vien bch trung uong", 2},
    {"uy vien du khuyet trung uong", 2},
    {"uy vien trung uong", 2},
    {"pho bi thu thuong truc", 4},
    {"pho bi thu", 5},
    {"bi thu", 3},
    {"uy vien ban thuong vu", 6},
    {"uy vien thuong vu", 6},
    {"uy vien ban chap hanh", 7},
    {"uy vien bch", 7},
    {"tinh uy vien", 7},
    {"thanh uy vien", 7},
    {"huyen uy vien", 7},
    {"dang uy vien", 7},
    {"pho ", 9},
    {"truong ", 8},
    {"chu nhiem", 8},
    {"chu tich", 8},
    {"giam doc", 8},
    {"cuc truong", 8},
    {"vu truong", 8},
    {"vien truong", 8},
    {"bo truong", 8},
    {"chanh ", 8},
    {"tong bien tap", 8},
    {"hieu truong", 8},
    {"thu truong", 8},
};
const int leaderRank = 8;
const int otherRank = 10;

int officeRank(const QString &folded)
{
    for (const Office &office : offices) {
        if (folded.startsWith(QLatin1String(office.opening)))
            return office.rank;
    }
    return otherRank;
}

} // namespace

QVector<int> ProtocolOrder::titleRanks(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QVector<int> ranks;
    for (const QString &part : title.split(separators)) {
        const QString folded = VietnameseText::fold(part).simplified();
        if (!folded.isEmpty())
            ranks << officeRank(folded);
    }
    std::sort(ranks.begin(), ranks.end());
    if (ranks.isEmpty())
        ranks << otherRank;
    return ranks;
}

bool ProtocolOrder::isLeader(const QString &title)
{
    return titleRanks(title).first() <= leaderRank;
}

QVector<int> ProtocolOrder::arrange(const QVector<Entry> &entries)
{
    struct Key
    {
        int tier;
        QVector<int> ranks;
        bool unit;
    };
    QVector<Key> keys;
    keys.reserve(entries.size());
    for (const Entry &entry : entries) {
        // As long as the longest title, the missing offices counted as none: one who holds a
        // second office comes before one who holds only the first.
        QVector<int> ranks = titleRanks(entry.title);
        ranks.resize(qMax(int(ranks.size()), 4), otherRank);
        keys.append({entry.role == QLatin1String("chair") ? 0 : 1, ranks, entry.isUnit});
    }
    QVector<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
        const Key &x = keys.at(a);
        const Key &y = keys.at(b);
        if (x.tier != y.tier)
            return x.tier < y.tier;
        const int common = int(qMin(x.ranks.size(), y.ranks.size()));
        for (int i = 0; i < common; ++i) {
            if (x.ranks.at(i) != y.ranks.at(i))
                return x.ranks.at(i) < y.ranks.at(i);
        }
        return !x.unit && y.unit;
    });
    return order;
}

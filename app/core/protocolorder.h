#pragma once

#include <QString>
#include <QVector>

// The order in which a Party office lists the people at a conference (a delegate list, the
// leaders named in a notice): the chairs first, then by the precedence of the title held —
// Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Ủy viên Trung ương Đảng, Bí thư, Phó Bí thư
// thường trực, Phó Bí thư, Ủy viên Ban Thường vụ, Ủy viên Ban Chấp hành, heads of bodies,
// their deputies, everyone else — and, where that does not decide, the order entered.
namespace ProtocolOrder {

struct Entry
{
    QString role; // "chair" first; any other role after
    QString title; // free text, several offices separated by commas
    bool isUnit = false; // a whole unit comes after the people of its rank
};

// The ranks of each office named in a title, best first ("Ủy viên Trung ương Đảng, Bí thư Tỉnh
// ủy, Chủ tịch HĐND tỉnh" → 2, 3, 8); compared as a sequence, so that of two Phó Bí thư the
// one who also heads a body comes first. Lower is higher in protocol.
QVector<int> titleRanks(const QString &title);

// The rank that makes a title one of the leaders a notice names (Ủy viên Ban Thường vụ and
// above, or the head of a body).
bool isLeader(const QString &title);

// The indices of the entries in protocol order; entries that rank alike keep their order.
QVector<int> arrange(const QVector<Entry> &entries);

} // namespace ProtocolOrder

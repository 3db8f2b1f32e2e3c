#pragma once

#include <QDate>
#include <QStringList>
#include <QVariant>

// How the documents write what the records hold: in Vietnamese, whatever the interface language.
namespace DocumentWords {

// The lines of a text that hold something, trimmed: a paragraph each.
QStringList paragraphs(const QString &text);
QDate isoDate(const QVariant &value);
// "8/2/2022", as a document cites a date; empty without a date.
QString citation(const QVariant &isoDate);
// "A", "A và B", "A, B và C".
QString listed(const QStringList &items);
// "Có thành tích …." inside a sentence: "có thành tích …", without its full stop.
QString inSentence(const QString &text);
// "2 tập thể và 3 cá nhân", "2 tập thể", "3 cá nhân" (the words given: "lượt tập thể",
// "đồng chí"); empty for none.
QString awardees(qint64 collectives, qint64 individuals,
    const QString &collectiveWord = QStringLiteral("tập thể"),
    const QString &individualWord = QStringLiteral("cá nhân"));
// "Ngày 27/5/2024" at the start of a sentence, "ngày 27/5/2024" inside it.
QString capitalized(const QString &text);
// "07:30" -> "07 giờ 30", as invitations, programmes and schedules write the hour.
QString clock(const QVariant &value);
// "thứ Hai" … "Chủ nhật".
QString weekday(const QDate &date);

} // namespace DocumentWords

#include "documentwords.h"

#include "text/vietnamesetext.h"

#include <QTime>

namespace DocumentWords {

QStringList paragraphs(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString citation(const QVariant &isoDate)
{
    const QDate date = DocumentWords::isoDate(isoDate);
    return date.isValid() ? VietnameseText::citationDate(date) : QString();
}

QString listed(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", "))
        + QStringLiteral(" và ") + items.last();
}

QString inSentence(const QString &text)
{
    QString result = text.simplified();
    if (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    if (result.size() > 1 && result.at(0).isUpper() && result.at(1).isLower())
        result[0] = result.at(0).toLower();
    return result;
}

QString awardees(qint64 collectives, qint64 individuals, const QString &collectiveWord,
    const QString &individualWord)
{
    QStringList parts;
    if (collectives)
        parts << VietnameseText::formatInteger(collectives) + QLatin1Char(' ') + collectiveWord;
    if (individuals)
        parts << VietnameseText::formatInteger(individuals) + QLatin1Char(' ') + individualWord;
    return parts.join(QStringLiteral(" và "));
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString clock(const QVariant &value)
{
    const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        return QString();
    return QStringLiteral("%1 giờ %2")
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString weekday(const QDate &date)
{
    static const char *const names[]
        = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
    return date.isValid() ? QString::fromUtf8(names[date.dayOfWeek() - 1]) : QString();
}

} // namespace DocumentWords

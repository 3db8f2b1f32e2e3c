#include "statisticschart.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

int StatisticsChart::defaultRow(const StatisticsTable::Table &table)
{
    int firstWithAny = -1;
    for (int r = 0; r < table.rows.size(); ++r) {
        int filled = 0;
        for (const auto &cell : table.rows.at(r).cells)
            filled += cell && *cell != 0 ? 1 : 0;
        if (filled > 1)
            return r;
        if (filled == 1 && firstWithAny < 0)
            firstWithAny = r;
    }
    return firstWithAny;
}

QImage StatisticsChart::image(
    const StatisticsTable::Table &table, int row, const QSize &size, double dpi)
{
    if (row < 0 || row >= table.rows.size() || size.isEmpty())
        return {};
    const StatisticsTable::Row &data = table.rows.at(row);
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSizeF(10);
    painter.setFont(font);
    const QFontMetricsF metrics(font, &image);
    const double line = metrics.height();

    // The title: the indicator and its measure.
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    const QString title = data.indicator.measure.isEmpty()
        ? data.indicator.name
        : QStringLiteral("%1 (%2)").arg(data.indicator.name, data.indicator.measure);
    const QRectF titleRect(0, line * 0.3, size.width(), line * 1.2);
    painter.drawText(titleRect, Qt::AlignCenter, title);
    painter.setFont(font);

    double top = 0;
    for (const auto &cell : data.cells)
        top = std::max(top, cell.value_or(0));
    // A round top for the axis: 1, 2 or 5 times a power of ten.
    double step = 1;
    if (top > 0) {
        const double raw = top / 4;
        const double power = std::pow(10.0, std::floor(std::log10(raw)));
        step = raw / power <= 1 ? power
            : raw / power <= 2  ? 2 * power
            : raw / power <= 5  ? 5 * power
                                : 10 * power;
    }
    const double axisTop = std::max(step, std::ceil(top / step) * step);

    const int columns = table.columns.size();
    const bool rotate = table.options.by == StatisticsTable::By::Units && columns > 6;
    double labelHeight = line * 2.6; // two lines of a unit's name
    if (rotate) {
        double widest = 0;
        for (const auto &column : table.columns)
            widest = std::max(widest, metrics.horizontalAdvance(column.label));
        labelHeight = std::min(widest + line, size.height() * 0.35);
    }
    const double left = metrics.horizontalAdvance(StatisticsTable::formatValue(axisTop)) + line;
    const QRectF plot(left, titleRect.bottom() + line, size.width() - left - line, 0);
    const QRectF area(plot.left(), plot.top(), plot.width(),
        size.height() - plot.top() - labelHeight - line * 0.5);
    if (area.height() <= line || columns == 0)
        return image;

    // The axis and its grid.
    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    for (double value = 0; value <= axisTop + step / 2; value += step) {
        const double y = area.bottom() - value / axisTop * area.height();
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, y - line / 2, area.left() - line * 0.3, line),
            Qt::AlignRight | Qt::AlignVCenter, StatisticsTable::formatValue(value));
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    }
    painter.setPen(QPen(Qt::black, 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    const double slot = area.width() / columns;
    const auto yOf = [&](double value) { return area.bottom() - value / axisTop * area.height(); };
    const QColor ink(0x2f, 0x5d, 0x8a);
    QPainterPath path;
    bool started = false;
    for (int c = 0; c < columns; ++c) {
        const double x = area.left() + slot * (c + 0.5);
        const auto &cell = data.cells.at(c);
        // The column's label under the axis.
        painter.setPen(Qt::black);
        if (rotate) {
            painter.save();
            painter.translate(x + line / 3, area.bottom() + line * 0.3);
            painter.rotate(-90);
            painter.drawText(QRectF(-labelHeight, -line, labelHeight, line),
                Qt::AlignRight | Qt::AlignVCenter,
                metrics.elidedText(table.columns.at(c).label, Qt::ElideRight, labelHeight));
            painter.restore();
        } else {
            painter.drawText(QRectF(x - slot / 2, area.bottom() + line * 0.2, slot, labelHeight),
                Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                metrics.elidedText(table.columns.at(c).label, Qt::ElideRight, slot * 2));
        }
        if (!cell)
            continue;
        const double y = yOf(*cell);
        if (table.options.by == StatisticsTable::By::Units) {
            const double width = std::max(2.0, slot * 0.6);
            painter.fillRect(QRectF(x - width / 2, y, width, area.bottom() - y), ink);
        } else {
            if (!started)
                path.moveTo(x, y);
            else
                path.lineTo(x, y);
            started = true;
            painter.setBrush(ink);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(x, y), line * 0.2, line * 0.2);
        }
        if (columns <= 20) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(x - slot, y - line * 1.1, slot * 2, line), Qt::AlignCenter,
                StatisticsTable::formatValue(cell));
        }
    }
    if (started) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(ink, std::max(1.5, dpi / 60)));
        painter.drawPath(path);
    }
    return image;
}

QByteArray StatisticsChart::png(
    const StatisticsTable::Table &table, int row, const QSize &size, double dpi)
{
    const QImage drawn = image(table, row, size, dpi);
    QByteArray bytes;
    if (drawn.isNull())
        return bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    drawn.save(&buffer, "PNG");
    return bytes;
}

#pragma once

#include "childrowsmodel.h"

#include <QCoreApplication>

// What a conference owns, edited in its editor: participants, programme, statistics.
class ConferenceRows
{
    Q_DECLARE_TR_FUNCTIONS(ConferenceRows)

public:
    static ChildRowsModel *participants(QObject *parent = nullptr);
    static ChildRowsModel *programme(QObject *parent = nullptr);
    static ChildRowsModel *statistics(QObject *parent = nullptr);
};

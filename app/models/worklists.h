#pragma once

#include "sqllistmodel.h"

#include <QCoreApplication>

// The lists of the secretariat's work: conferences, the outgoing document register.
class WorkLists
{
    Q_DECLARE_TR_FUNCTIONS(WorkLists)

public:
    enum ConferenceColumn {
        ConferenceId,
        ConferenceDate,
        ConferenceKind,
        ConferenceTitle,
        ConferenceOrganizer,
        ConferenceDocument,
        ConferenceStatus,
        ConferenceSecrecy
    };
    enum RegisterColumn {
        RegisterId,
        RegisterCode,
        RegisterDate,
        RegisterType,
        RegisterExcerpt,
        RegisterSigner,
        RegisterStatus,
        RegisterBody,
        RegisterReplaces
    };

    static SqlListModel *conferences(Store *store, QObject *parent = nullptr);
    static SqlListModel *outgoingRegister(Store *store, QObject *parent = nullptr);
};

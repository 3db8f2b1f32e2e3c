#pragma once

#include "sqllistmodel.h"

#include <QCoreApplication>

// The list models of the directories (Danh mục): units, people, documents.
class DirectoryModels
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryModels)

public:
    enum UnitColumn {
        UnitId,
        UnitName,
        UnitKind,
        UnitIssuerCode,
        UnitParent,
        UnitValidTo,
        UnitSuccessor
    };
    enum PersonColumn { PersonId, PersonName, PersonTitle, PersonUnit, PersonPhone };
    enum DocumentColumn {
        DocumentId,
        DocumentCode,
        DocumentType,
        DocumentIssuedOn,
        DocumentExcerpt,
        DocumentIssuer
    };

    static SqlListModel *units(Store *store, QObject *parent = nullptr);
    static SqlListModel *people(Store *store, QObject *parent = nullptr);
    static SqlListModel *documents(Store *store, QObject *parent = nullptr);
};

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The outgoing document register (sổ văn bản đi). Numbers run per document type, issuer and
// year; a UNIQUE constraint makes a shared number impossible, and a cancelled number stays used.
class DocumentRegister
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)

public:
    struct Entry
    {
        qint64 id = 0;
        QString typeCode;
        QString issuerCode;
        int year = 0;
        int number = 0;
        QString code;       // "12-TB/TU"
        QDate issuedOn;
        QString reportKind;
        QString excerpt;
        QString signer;
        QString status;     // issued | cancelled
        std::optional<qint64> conferenceId;
    };

    struct Request
    {
        QString typeCode;
        QString issuerCode;
        QDate issuedOn;
        QString reportKind;
        QString excerpt;
        QString signer;
        std::optional<qint64> conferenceId;
    };

    // Takes the next number in one write transaction (two windows queue for it).
    static std::optional<Entry> issue(const QSqlDatabase &db, const Request &request,
                                      QString *error);
    static bool cancel(const QSqlDatabase &db, qint64 id, const QString &reason, QString *error);

    static std::optional<Entry> find(const QSqlDatabase &db, qint64 id);
    // The number given to a record's document of this kind (not cancelled), if any.
    static std::optional<Entry> forConference(const QSqlDatabase &db, qint64 conferenceId,
                                              const QString &reportKind);

    // Party style: "12-TB/TU" (hyphen before the type, slash before the issuer).
    static QString code(int number, const QString &typeCode, const QString &issuerCode);
};

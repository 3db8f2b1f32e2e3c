#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class Store;

// The bodies an office issues documents for (DOCUMENT-FORMAT.md, "Who issues, who signs"): each
// with its header lines, place, issuer code, terms and signers per kind of document. A document
// is issued by one of them, never by whatever the format profile happens to name.
class IssuingBodies
{
    Q_DECLARE_TR_FUNCTIONS(IssuingBodies)

public:
    struct Term
    {
        qint64 id = 0;
        QString name;
        QDate startsOn, endsOn; // endsOn invalid: the current term
        bool covers(const QDate &date) const
        {
            return date >= startsOn && (!endsOn.isValid() || date <= endsOn);
        }
    };
    struct Signer
    {
        QString authority; // T/M BAN THƯỜNG VỤ
        QString title; // BÍ THƯ
        QString name;
        QStringList recipients;
    };
    struct Body
    {
        qint64 id = 0;
        QString name;
        QString superiorLine, issuingLine, placeName, issuerCode;
        bool numberedPerYear = false; // else per term (the guidance)
        QDate closedOn;
        QList<Term> terms; // in order
        // kind -> signer; "" is the signer of every kind without its own.
        QList<std::pair<QString, Signer>> signers;

        std::optional<Term> termOn(const QDate &date) const;
        std::optional<Signer> signerFor(const QString &reportKind) const;
    };

    static std::optional<Body> find(const Store &store, qint64 id);
    // The body that issues a conference's documents: the one named on it, else the body of its
    // organizer, else the office's default body.
    static std::optional<Body> forConference(const Store &store, qint64 conferenceId);
    // The body that issues the documents of a record of this table: a conference's (above), an
    // inspection's (the body named on it, else the default), an inspected target's (its
    // inspection's); any other table, the default body.
    static std::optional<Body> forSubject(const Store &store, const QString &table, qint64 id);
    static std::optional<Body> defaultBody(const Store &store);
};

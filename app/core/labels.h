#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The one place that maps the codes stored in enumerated columns (and table names) to the
// translated words a user reads.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    enum class Enum {
        UnitKind,
        Gender,
        ConferenceKind,
        ConferenceStatus,
        Secrecy,
        Urgency,
        ParticipantRole,
        Attendance,
        AgendaKind,
        TeamStatus,
        MemberRole,
        TargetStatus,
        SubjectKind,
        RecommendationStatus,
        RemedyEventKind,
        CommendationKind,
        CommendationStatus,
        FormRecipients,
        RecipientKind,
        RecipientReview,
        CertificateField,
        TextAlign,
        DisciplineKind,
        AttachmentKind,
        RegisterStatus,
        DayPart,
        ParticipantOrder,
        Numbering,
        Role,
        Aggregation,
        CountedFigure,
    };

    struct Choice
    {
        QString code;
        QString label;
    };

    // Every allowed code of an enumerated column, in the order a user expects them.
    static QList<Choice> choices(Enum which);
    // The label of one code; an unknown code is shown as it is.
    static QString label(Enum which, const QString &code);

    // The word a printed Party document uses, whatever the interface language: documents are
    // always Vietnamese ("confidential" -> "MẬT", "certificate_of_merit" -> "Bằng khen").
    static QString documentTerm(Enum which, const QString &code);
};

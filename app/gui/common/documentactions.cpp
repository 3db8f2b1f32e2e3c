#include "documentactions.h"

#include "core/clock.h"
#include "gui/common/documentprinter.h"
#include "gui/common/issuedcopy.h"
#include "reports/issuing.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QMessageBox>

namespace {

DocumentRegister::Subject registerSubject(const DocumentActions::Subject &subject)
{
    return {Reports::subjectTable(subject.kind), subject.id};
}

} // namespace

QString DocumentActions::state(const Store &store, const Subject &subject, const Wording &words)
{
    const QString title = Reports::kindTitle(subject.kind);
    const auto entry = DocumentRegister::forSubject(store, registerSubject(subject), subject.kind);
    QString text = entry
        ? words.numbered.arg(title, entry->code, VietnameseText::formDate(entry->issuedOn))
        : words.unnumbered.arg(title);
    if (entry && Issuing::differs(store, *entry))
        text += QLatin1Char(' ') + words.changedSinceIssued;
    return text;
}

std::optional<DocumentRegister::Entry> DocumentActions::issuedEntry(
    const Store &store, const Subject &subject)
{
    // A draft is made from the record as it is now, whatever was issued.
    if (subject.draft)
        return std::nullopt;
    const auto entry = DocumentRegister::forSubject(store, registerSubject(subject), subject.kind);
    if (entry && DocumentRegister::hasFile(store, entry->id))
        return entry;
    return std::nullopt;
}

std::optional<QByteArray> DocumentActions::issuedFile(const Store &store, const Subject &subject,
    const DocumentRegister::Entry &entry, QWidget *parent)
{
    QString error;
    const auto file = DocumentRegister::file(store, entry.id, &error);
    if (!file)
        QMessageBox::warning(parent, Reports::kindTitle(subject.kind), error);
    return file;
}

std::optional<Reports::Built> DocumentActions::build(
    const Store &store, const Subject &subject, QWidget *parent)
{
    if (!subject.id)
        return std::nullopt;
    QString error;
    auto built = Reports::build(store, subject.kind, subject.id, &error,
        subject.draft ? Reports::Draft::Yes : Reports::Draft::No);
    if (!built)
        QMessageBox::warning(parent, Reports::kindTitle(subject.kind), error);
    return built;
}

void DocumentActions::preview(Store &store, const Subject &subject, QWidget *parent)
{
    // An issued document is shown as it was signed, never made again from the record.
    if (const auto entry = issuedEntry(store, subject)) {
        if (const auto file = issuedFile(store, subject, *entry, parent))
            IssuedCopy::preview(*file, entry->code, parent);
    } else if (const auto built = build(store, subject, parent)) {
        DocumentPrinter::preview(*built, parent);
    }
}

void DocumentActions::print(Store &store, const Subject &subject, QWidget *parent)
{
    if (const auto entry = issuedEntry(store, subject)) {
        if (const auto file = issuedFile(store, subject, *entry, parent))
            IssuedCopy::print(*file, entry->code, parent);
    } else if (const auto built = build(store, subject, parent)) {
        DocumentPrinter::print(*built, parent);
    }
}

void DocumentActions::exportDocument(Store &store, const Subject &subject, QWidget *parent)
{
    if (const auto entry = issuedEntry(store, subject)) {
        QString name = entry->code;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        if (const auto file = issuedFile(store, subject, *entry, parent))
            IssuedCopy::save(*file, name, parent);
    } else if (const auto built = build(store, subject, parent)) {
        DocumentPrinter::exportTo(*built, Reports::kindTitle(subject.kind), parent);
    }
}

bool DocumentActions::issueNumber(
    Store &store, const Subject &subject, const QDate &date, const Wording &words, QWidget *parent)
{
    const qint64 id = subject.id;
    if (!id)
        return false;
    const QString kind = subject.kind;
    const QString title = Reports::kindTitle(kind);
    // A document issued already is issued again only as a replacement of a changed record.
    const auto given = DocumentRegister::forSubject(store, registerSubject(subject), kind);
    if (given && !Issuing::differs(store, *given)) {
        QMessageBox::information(parent, title, words.alreadyNumbered.arg(given->code));
        return false;
    }
    // A number is given to the final document, never to a draft.
    QString problem;
    const auto built = Reports::build(store, kind, id, &problem);
    if (!built) {
        QMessageBox::warning(parent, title, problem);
        return false;
    }
    QDate issuedOn = date;
    if (!issuedOn.isValid()) {
        issuedOn = IssuedCopy::askDate(
            store.clock()->today(),
            [&store, kind, id](
                const QDate &day) { return Issuing::dateWarnings(store, kind, id, day); },
            title, parent);
        if (!issuedOn.isValid())
            return false;
    }
    const QString typeCode = built->data.value(QStringLiteral("type_code")).toString();
    QMessageBox confirm(QMessageBox::Question, title,
        given ? words.confirmReplacement.arg(given->code, VietnameseText::elide(built->title, 120),
            typeCode, built->issuerCode, VietnameseText::formDate(issuedOn))
              : words.confirmNumber.arg(VietnameseText::elide(built->title, 120), typeCode,
                  built->issuerCode, VietnameseText::formDate(issuedOn)),
        QMessageBox::Yes | QMessageBox::Cancel, parent);
    QStringList notes = Issuing::dateWarnings(store, kind, id, issuedOn);
    notes << words.keptAsIssued;
    confirm.setInformativeText(notes.join(QStringLiteral("\n\n")));
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    QString error;
    // Issuing checks again, in its own transaction: another window may have numbered it meanwhile.
    if (!Issuing::issue(store, kind, id, issuedOn, given ? given->id : 0, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    return true;
}

#include "documentactions.h"

#include "core/clock.h"
#include "gui/common/documentprinter.h"
#include "gui/common/issuedcopy.h"
#include "gui/common/secretoutput.h"
#include "reports/documentrenderer.h"
#include "reports/issuing.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDir>
#include <QMessageBox>
#include <QPrinter>

namespace {

DocumentRegister::Subject registerSubject(const DocumentActions::Subject &subject)
{
    return {Reports::subjectTable(subject.kind), subject.id};
}

// Where a print went, as the audit log names it: the PDF file, else the printer.
QString printedTo(const QPrinter *printer)
{
    if (!printer->outputFileName().isEmpty())
        return QDir::toNativeSeparators(printer->outputFileName());
    return printer->printerName();
}

} // namespace

bool DocumentActions::logOutput(Store &store, const Subject &subject, const QString &action,
    const QString &label, int copies, const QString &file, QString *error)
{
    const QString secrecy = Reports::secrecy(store, subject.kind, subject.id);
    if (secrecy == QLatin1String("none"))
        return true;
    return Reports::logOutput(
        store, action, subject.kind, subject.id, label, secrecy, copies, file, error);
}

bool DocumentActions::printTo(Store &store, const Subject &subject, const Reports::Built &built,
    QPrinter *printer, int copies, QString *error)
{
    if (built.isSecret()
        && !Reports::logOutput(store, QStringLiteral("print"), subject.kind, subject.id,
            built.title, built.secrecy, copies, printedTo(printer), error))
        return false;
    DocumentPrinter::paint(built, printer, built.isSecret() ? qMax(1, copies) : 0);
    return true;
}

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
            IssuedCopy::preview(*file, entry->code, parent,
                Reports::secrecy(store, subject.kind, subject.id) != QLatin1String("none"));
    } else if (const auto built = build(store, subject, parent)) {
        DocumentPrinter::preview(*built, parent);
    }
}

void DocumentActions::print(Store &store, const Subject &subject, QWidget *parent)
{
    // A secret record's document: asked first, naming its level, with the copies to number.
    const QString mark = Reports::secrecyMark(Reports::secrecy(store, subject.kind, subject.id));
    int copies = 0;
    if (!mark.isEmpty()) {
        const auto asked = SecretOutput::askCopies(mark, parent);
        if (!asked)
            return;
        copies = *asked;
    }
    if (const auto entry = issuedEntry(store, subject)) {
        const auto file = issuedFile(store, subject, *entry, parent);
        if (!file)
            return;
        IssuedCopy::Numbering numbering;
        if (!mark.isEmpty()) {
            const FormatProfile profile = FormatProfile::load(store);
            QString ignored;
            numbering = {copies, mark,
                DocumentRenderer::resolveFont(profile.fontFamily, &ignored)
                    .value_or(profile.fontFamily),
                profile.marginsMm};
        }
        const QString label = entry->code + QLatin1Char(' ') + Reports::kindTitle(subject.kind);
        IssuedCopy::print(
            *file, entry->code, parent, numbering, [&](QPrinter *printer, QString *error) {
                return logOutput(store, subject, QStringLiteral("print"), label, copies,
                    printedTo(printer), error);
            });
    } else if (const auto built = build(store, subject, parent)) {
        DocumentPrinter::print(*built, parent, [&](QPrinter *printer) {
            QString error;
            if (!printTo(store, subject, *built, printer, copies, &error))
                QMessageBox::critical(parent, Reports::kindTitle(subject.kind),
                    tr("Nothing was printed: %1").arg(error));
        });
    }
}

void DocumentActions::exportDocument(Store &store, const Subject &subject, QWidget *parent)
{
    const QString mark = Reports::secrecyMark(Reports::secrecy(store, subject.kind, subject.id));
    if (!mark.isEmpty() && !SecretOutput::confirmExport(mark, parent))
        return;
    if (const auto entry = issuedEntry(store, subject)) {
        QString name = entry->code;
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString label = entry->code + QLatin1Char(' ') + Reports::kindTitle(subject.kind);
        if (const auto file = issuedFile(store, subject, *entry, parent))
            IssuedCopy::save(*file, name, parent, [&](const QString &path, QString *error) {
                return logOutput(store, subject, QStringLiteral("export"), label, 1,
                    QDir::toNativeSeparators(path), error);
            });
    } else if (const auto built = build(store, subject, parent)) {
        DocumentPrinter::exportTo(*built, Reports::kindTitle(subject.kind), parent,
            [&](const QString &path, QString *error) {
                return logOutput(store, subject, QStringLiteral("export"), built->title, 1,
                    QDir::toNativeSeparators(path), error);
            });
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

#include "cli/demodata.h"
#include "gui/common/documentactions.h"
#include "gui/common/documentprinter.h"
#include "gui/common/issuedcopy.h"
#include "gui/common/secretoutput.h"
#include "pdftestsupport.h"
#include "reports/documentrenderer.h"
#include "reports/issuing.h"
#include "reports/reports.h"
#include "storage/backup.h"
#include "storage/store.h"
#include "teststore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using PdfTestSupport::pageCount;
using PdfTestSupport::pdfText;

namespace {

const char summary[] = "conference-summary";

constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// What `ls -l` shows of a file's owner and others: 0600 is ReadOwner | WriteOwner alone.
QFileDevice::Permissions mode(const QString &path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | others);
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The first line of a page that holds anything: what is printed at its top.
QString firstLine(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            return line.simplified();
    }
    return QString();
}

} // namespace

// Printing and exporting a secret record's documents (issue 12): the mark on every page, the
// copies numbered, a question that names the level, an entry in the audit log for each, files
// only their owner may read.
class TestSecretOutput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theMarkIsOnEveryPage();
    void aDocumentThatIsNotSecretHasNoMarkAtTheTop();
    void printedCopiesAreNumbered();
    void aPrintIsLoggedWithItsCopies();
    void aPrintWhoseLogCannotBeWrittenIsNotDone();
    void anotherRecordsPrintIsNotLogged();
    void anIssuedCopyIsNumberedToo();
    void aSecretPreviewHasNoPrintOfItsOwn();
    void theQuestionNamesTheLevelAndTheCopies();
    void cancellingTheQuestionPrintsNothing();
    void officeFilesRepeatTheMarkInTheirHeader();
    void exportedFilesAreTheOwnersOnly();
    void aNewDatabaseAndItsBackupAreTheOwnersOnly();
    void aSecretDatabaseOthersMayReadIsSaidSo();
    void theCommandLineLogsASecretReport();

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    // The demo's dissemination conference, marked `secrecy`, its conclusions long enough for
    // `pages` pages of its notice at least.
    qint64 secretConference(const QString &secrecy, int paragraphs = 60);
    qint64 printRows(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSecretOutput::init()
{
    TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestSecretOutput::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestSecretOutput::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

qint64 TestSecretOutput::secretConference(const QString &secrecy, int paragraphs)
{
    const qint64 id = m_store
                          ->value(QStringLiteral("SELECT id FROM conference WHERE kind = "
                                                 "'dissemination' ORDER BY id LIMIT 1"))
                          .toLongLong();
    QStringList text;
    for (int i = 1; i <= paragraphs; ++i)
        text << QStringLiteral("Kết luận số %1: các cấp ủy tiếp tục quán triệt, triển khai thực "
                               "hiện nghiêm túc nghị quyết, gắn với nhiệm vụ chính trị của "
                               "địa phương, đơn vị.")
                    .arg(i);
    if (!exec(QStringLiteral("UPDATE conference SET secrecy = ?, conclusion = ? WHERE id = ?"),
            {secrecy, text.join(QLatin1Char('\n')), id}))
        return 0;
    return id;
}

qint64 TestSecretOutput::printRows(qint64 id)
{
    return m_store
        ->value(QStringLiteral("SELECT count(*) FROM main.audit_log WHERE action = 'print' "
                               "AND table_name = 'conference' AND record_id = ?"),
            {id})
        .toLongLong();
}

void TestSecretOutput::theMarkIsOnEveryPage()
{
    const qint64 id = secretConference(QStringLiteral("secret"));
    QVERIFY(id > 0);
    QString error;
    const QString pdf = PdfTestSupport::writeReport(*m_store, m_dir->path(), summary, id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    // The first page under its number line, as the header has it; every other at its top.
    QVERIFY(pdfText(pdf, 1, 1).contains(QStringLiteral("TỐI MẬT")));
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page, page);
        QVERIFY2(firstLine(text).contains(QStringLiteral("TỐI MẬT")),
            qPrintable(QStringLiteral("page %1: %2").arg(page).arg(firstLine(text))));
        QCOMPARE(text.count(QStringLiteral("TỐI MẬT")), 1);
        // No copy is numbered in a file.
        QVERIFY(!text.contains(QStringLiteral("Bản số")));
    }
}

void TestSecretOutput::aDocumentThatIsNotSecretHasNoMarkAtTheTop()
{
    const qint64 id = secretConference(QStringLiteral("none"));
    QString error;
    const QString pdf = PdfTestSupport::writeReport(*m_store, m_dir->path(), summary, id, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY(pageCount(pdf) >= 2);
    QVERIFY(!pdfText(pdf).contains(QStringLiteral("MẬT")));
}

void TestSecretOutput::printedCopiesAreNumbered()
{
    const qint64 id = secretConference(QStringLiteral("confidential"));
    QString error;
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    QVERIFY(built->isSecret());
    QCOMPARE(built->secrecyMark, QStringLiteral("MẬT"));
    const QString single = m_dir->filePath(QStringLiteral("single.pdf"));
    QVERIFY(Reports::write(*built, single, &error));
    const int pages = pageCount(single);
    QVERIFY(pages >= 2);

    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        DocumentPrinter::prepare(*built, &printer);
        DocumentPrinter::paint(*built, &printer, 3);
    }
    QCOMPARE(pageCount(path), 3 * pages);
    for (int copy = 1; copy <= 3; ++copy) {
        const QString line = QStringLiteral("Bản số: %1/03").arg(copy, 2, 10, QLatin1Char('0'));
        QCOMPARE(DocumentRenderer::copyLine(copy, 3), line);
        for (int page = 1; page <= pages; ++page) {
            const int printed = (copy - 1) * pages + page;
            const QString text = pdfText(path, printed, printed);
            QVERIFY2(text.contains(line), qPrintable(QStringLiteral("page %1").arg(printed)));
            QCOMPARE(text.count(QStringLiteral("Bản số")), 1);
            if (page > 1) {
                // Under the mark, at the top of the page.
                QVERIFY2(PdfTestSupport::inOrder(
                             text.simplified(), {QStringLiteral("MẬT"), line}, &error),
                    qPrintable(error));
                QVERIFY(firstLine(text).contains(QStringLiteral("MẬT")));
            }
        }
    }
}

void TestSecretOutput::aPrintIsLoggedWithItsCopies()
{
    const qint64 id = secretConference(QStringLiteral("top_secret"));
    QString error;
    const DocumentActions::Subject subject {summary, id, false};
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    QCOMPARE(printRows(id), 0);
    const QString path = m_dir->filePath(QStringLiteral("printer.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        DocumentPrinter::prepare(*built, &printer);
        QVERIFY2(DocumentActions::printTo(*m_store, subject, *built, &printer, 3, &error),
            qPrintable(error));
    }
    QVERIFY(pdfText(path).contains(QStringLiteral("Bản số: 03/03")));
    QCOMPARE(printRows(id), 1);
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT changes, record_label FROM main.audit_log WHERE action = 'print'")));
    QVERIFY(query.next());
    const QJsonObject details = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    QCOMPARE(details.value(QStringLiteral("copies")).toInt(), 3);
    QCOMPARE(details.value(QStringLiteral("kind")).toString(), QString::fromLatin1(summary));
    QCOMPARE(details.value(QStringLiteral("secrecy")).toString(), QStringLiteral("top_secret"));
    QCOMPARE(details.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(path));
    QVERIFY(!query.value(1).toString().isEmpty());
    // The chain of the log still holds.
    Store::Health health;
    m_store.reset();
    QVERIFY2(Store::inspect(m_dir->filePath(QStringLiteral("office.sqlite")), &health, &error),
        qPrintable(error));
    QVERIFY2(health.healthy(), qPrintable(health.problems.join(QLatin1Char('\n'))));
}

void TestSecretOutput::aPrintWhoseLogCannotBeWrittenIsNotDone()
{
    const qint64 id = secretConference(QStringLiteral("secret"));
    QString error;
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    // The file opened again for reading only: no entry can be written.
    const QString database = m_store->path();
    m_store.reset();
    m_store = TestSupport::open(database, Store::OpenMode::ReadOnly);
    QVERIFY(m_store);
    const QString path = m_dir->filePath(QStringLiteral("refused.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        DocumentPrinter::prepare(*built, &printer);
        QVERIFY(
            !DocumentActions::printTo(*m_store, {summary, id, false}, *built, &printer, 2, &error));
    }
    QVERIFY(!error.isEmpty());
    QVERIFY2(!QFileInfo::exists(path) || QFileInfo(path).size() == 0, "nothing was printed");
    QCOMPARE(printRows(id), 0);
}

void TestSecretOutput::anotherRecordsPrintIsNotLogged()
{
    const qint64 id = secretConference(QStringLiteral("none"), 3);
    QString error;
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    QVERIFY(!built->isSecret());
    const QString path = m_dir->filePath(QStringLiteral("plain.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        DocumentPrinter::prepare(*built, &printer);
        QVERIFY2(
            DocumentActions::printTo(*m_store, {summary, id, false}, *built, &printer, 0, &error),
            qPrintable(error));
    }
    QCOMPARE(printRows(id), 0);
    QVERIFY(!pdfText(path).contains(QStringLiteral("Bản số")));
}

// An issued document is printed from the PDF kept when it was issued: its pages have the mark
// already, and each copy gets its number under it.
void TestSecretOutput::anIssuedCopyIsNumberedToo()
{
    const qint64 id = secretConference(QStringLiteral("secret"));
    QString error;
    const auto entry = Issuing::issue(*m_store, summary, id, QDate(2026, 11, 20), 0, &error);
    QVERIFY2(entry, qPrintable(error));
    const auto kept = DocumentRegister::file(*m_store, entry->id, &error);
    QVERIFY2(kept, qPrintable(error));
    const QString keptPath = m_dir->filePath(QStringLiteral("kept.pdf"));
    {
        QFile file(keptPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*kept);
    }
    const int pages = pageCount(keptPath);
    QVERIFY(pages >= 2);
    // The kept file itself has the mark at the top of its second page.
    QVERIFY(firstLine(pdfText(keptPath, 2, 2)).contains(QStringLiteral("TỐI MẬT")));

    const QString path = m_dir->filePath(QStringLiteral("issued-print.pdf"));
    {
        // At the screen's resolution: the pages are pictures, and 1200 dpi takes its time.
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        IssuedCopy::Numbering numbering;
        numbering.copies = 2;
        numbering.mark = QStringLiteral("TỐI MẬT");
        numbering.family = QStringLiteral("Liberation Serif");
        numbering.marginsMm = QMarginsF(30, 20, 15, 20);
        QVERIFY(IssuedCopy::paint(*kept, &printer, numbering));
    }
    QCOMPARE(pageCount(path), 2 * pages);
    // The pages are pictures of the kept file; the number is the text painted on them.
    QVERIFY(pdfText(path, 1, 1).contains(QStringLiteral("Bản số: 01/02")));
    QVERIFY(pdfText(path, pages, pages).contains(QStringLiteral("Bản số: 01/02")));
    QVERIFY(pdfText(path, pages + 1, pages + 1).contains(QStringLiteral("Bản số: 02/02")));
    QVERIFY(pdfText(path, 2 * pages, 2 * pages).contains(QStringLiteral("Bản số: 02/02")));
}

// The preview's own Print would print a secret document without the question, the numbers and
// the audit entry.
void TestSecretOutput::aSecretPreviewHasNoPrintOfItsOwn()
{
    QPrinter printer;
    QPrintPreviewDialog dialog(&printer);
    const auto printVisible = [&dialog] {
        for (const QAction *action : dialog.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("Print") && action->isVisible())
                return true;
        }
        return false;
    };
    QVERIFY2(printVisible(), "the preview has a Print action to hide");
    DocumentPrinter::withoutPrinting(&dialog);
    QVERIFY(!printVisible());
}

void TestSecretOutput::theQuestionNamesTheLevelAndTheCopies()
{
    QString question;
    QTimer::singleShot(0, [&question] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *copies = dialog->findChild<QSpinBox *>(QStringLiteral("copiesSpinBox"));
        QVERIFY(copies);
        copies->setValue(3);
        question = dialog->findChild<QLabel *>(QStringLiteral("questionLabel"))->text();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    const std::optional<int> copies = SecretOutput::askCopies(QStringLiteral("TỐI MẬT"), nullptr);
    QCOMPARE(copies, std::optional<int>(3));
    QCOMPARE(question, QStringLiteral("This document is TỐI MẬT. Print 3 copies?"));
    QCOMPARE(SecretOutput::printQuestion(QStringLiteral("MẬT"), 2),
        QStringLiteral("This document is MẬT. Print 2 copies?"));
}

void TestSecretOutput::cancellingTheQuestionPrintsNothing()
{
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    QCOMPARE(SecretOutput::askCopies(QStringLiteral("MẬT"), nullptr), std::nullopt);

    // Through the page's Print: cancelled at the question, no print dialog follows and nothing
    // is logged.
    const qint64 id = secretConference(QStringLiteral("secret"), 3);
    bool printDialog = false;
    QTimer::singleShot(0, [&printDialog] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("secretPrintDialog"));
        dialog->reject();
        QTimer::singleShot(0, [&printDialog] {
            if (QWidget *other = QApplication::activeModalWidget()) {
                printDialog = true;
                qobject_cast<QDialog *>(other)->reject();
            }
        });
    });
    DocumentActions::print(*m_store, {summary, id, false}, nullptr);
    QApplication::processEvents();
    QVERIFY(!printDialog);
    QCOMPARE(printRows(id), 0);
}

void TestSecretOutput::officeFilesRepeatTheMarkInTheirHeader()
{
    const qint64 id = secretConference(QStringLiteral("secret"));
    QString error;
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    const QString odt = m_dir->filePath(QStringLiteral("notice.odt"));
    const QString docx = m_dir->filePath(QStringLiteral("notice.docx"));
    QVERIFY2(Reports::write(*built, odt, &error), qPrintable(error));
    QVERIFY2(Reports::write(*built, docx, &error), qPrintable(error));
    const auto unzipped = [](const QString &archive, const QString &part) {
        return PdfTestSupport::run(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, part});
    };
    // The numbered pages' header: the mark, then the page number.
    const QString styles = unzipped(odt, QStringLiteral("styles.xml"));
    const qsizetype header = styles.indexOf(QStringLiteral("<style:header>"));
    QVERIFY(header >= 0);
    const qsizetype mark = styles.indexOf(QStringLiteral("TỐI MẬT</text:span>"), header);
    QVERIFY2(mark > header, qPrintable(styles));
    QVERIFY(styles.indexOf(QStringLiteral("text:page-number"), mark) > mark);
    const QString numbered = unzipped(docx, QStringLiteral("word/header1.xml"));
    QVERIFY2(numbered.contains(QStringLiteral("<w:t>TỐI MẬT</w:t>")), qPrintable(numbered));
    QVERIFY(numbered.indexOf(QStringLiteral("TỐI MẬT")) < numbered.indexOf(QStringLiteral("PAGE")));
    // The first page has it in its own header, under the number line.
    QVERIFY(!unzipped(docx, QStringLiteral("word/header2.xml")).contains(QStringLiteral("MẬT")));
}

void TestSecretOutput::exportedFilesAreTheOwnersOnly()
{
    const qint64 id = secretConference(QStringLiteral("confidential"), 3);
    QString error;
    const auto built = Reports::build(*m_store, summary, id, &error);
    QVERIFY2(built, qPrintable(error));
    for (const char *suffix : {"pdf", "odt", "docx", "html"}) {
        const QString path = m_dir->filePath(QStringLiteral("notice.") + QLatin1String(suffix));
        QVERIFY2(Reports::write(*built, path, &error), qPrintable(error));
        QCOMPARE(mode(path), ownerOnly);
    }
    // A file that others could read, written over: its owner's only from then on.
    const QString shared = m_dir->filePath(QStringLiteral("notice.pdf"));
    QVERIFY(
        QFile::setPermissions(shared, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY2(Reports::write(*built, shared, &error), qPrintable(error));
    QCOMPARE(mode(shared), ownerOnly);
}

void TestSecretOutput::aNewDatabaseAndItsBackupAreTheOwnersOnly()
{
    const QString database = m_store->path();
    QCOMPARE(mode(database), ownerOnly);
    // Its journal, made by SQLite with the database's own permissions.
    QVERIFY(QFileInfo::exists(database + QStringLiteral("-wal")));
    QCOMPARE(mode(database + QStringLiteral("-wal")), ownerOnly);
    QCOMPARE(mode(database + QStringLiteral("-shm")), ownerOnly);
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QString error;
    QVERIFY2(Backup::create(*m_store, backup, &error), qPrintable(error));
    QCOMPARE(mode(backup), ownerOnly);
    // A folder made for a new database is its owner's only too.
    const QString folder = m_dir->filePath(QStringLiteral("new"));
    const auto other = TestSupport::open(
        QDir(folder).filePath(QStringLiteral("office.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(other);
    QCOMPARE(mode(folder), ownerOnly | QFileDevice::ExeOwner);
    QCOMPARE(mode(other->path()), ownerOnly);
}

void TestSecretOutput::aSecretDatabaseOthersMayReadIsSaidSo()
{
    const QString database = m_store->path();
    // The demo's invented secret records made plain: a file without a secret record.
    for (const QString table : {QStringLiteral("conference"), QStringLiteral("inspection_team")}) {
        auto ids = m_store->select(
            QStringLiteral("SELECT id FROM %1 WHERE secrecy <> 'none'").arg(table));
        QList<qint64> secret;
        while (ids && ids->next())
            secret << ids->value(0).toLongLong();
        ids.reset();
        for (qint64 id : std::as_const(secret)) {
            const auto record = m_store->read(table, id);
            QVERIFY(record);
            QVERIFY(m_store->update(*record, {{QStringLiteral("secrecy"), QStringLiteral("none")}})
                        .ok());
        }
    }
    // No secret record: nothing to say, whoever may read it.
    QVERIFY(QFile::setPermissions(database, ownerOnly | QFileDevice::ReadOther));
    QCOMPARE(m_store->exposureWarning(), QString());
    QVERIFY(secretConference(QStringLiteral("confidential"), 1) > 0);
    const QString warning = m_store->exposureWarning();
    QVERIFY2(warning.contains(QDir::toNativeSeparators(database)), qPrintable(warning));
    QVERIFY(warning.contains(QLatin1String("secret records")));
    // Its owner's only, in a folder its owner's only (QTemporaryDir's): nothing to say.
    QVERIFY(QFile::setPermissions(database, ownerOnly));
    QCOMPARE(m_store->exposureWarning(), QString());
    // The folder others may list and read.
    QVERIFY(QFile::setPermissions(m_dir->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    QVERIFY(m_store->exposureWarning().contains(QDir::toNativeSeparators(m_dir->path())));
    QVERIFY(QFile::setPermissions(
        m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestSecretOutput::theCommandLineLogsASecretReport()
{
    const qint64 id = secretConference(QStringLiteral("secret"), 3);
    const QString database = m_store->path();
    m_store.reset();
    const QString out = m_dir->filePath(QStringLiteral("cli.pdf"));
    QProcess process;
    process.start(QStringLiteral(SECRETARIAT_EXECUTABLE),
        {QStringLiteral("--lang=en"), QStringLiteral("report"), QString::fromLatin1(summary),
            QStringLiteral("--db"), database, QStringLiteral("--id"), QString::number(id),
            QStringLiteral("-o"), out});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(mode(out), ownerOnly);
    QCOMPARE(TestSupport::fileValue(database,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                "table_name = 'conference' AND record_id = ?"),
                 {id})
                 .toInt(),
        1);
    QVERIFY(TestSupport::fileValue(
        database, QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export'"))
                .toString()
                .contains(QStringLiteral("cli.pdf")));
}

QTEST_MAIN(TestSecretOutput)
#include "tst_secretoutput.moc"

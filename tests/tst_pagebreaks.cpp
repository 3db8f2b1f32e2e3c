#include "cli/demodata.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "teststore.h"
#include "pdftestsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::pageCount;
using PdfTestSupport::pdfText;

// Page breaks a leader can sign under: the signature block and "Nơi nhận" never on a page of
// their own, never cut in two. Read back from the PDF, page by page, as the office checks it.
class TestPageBreaks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signatureKeepsTheBodyWithIt();
    void headingKeepsItsTextWithIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestPageBreaks::init()
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

void TestPageBreaks::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestPageBreaks::signatureKeepsTheBodyWithIt()
{
    QSqlQuery find(m_store->connection());
    QVERIFY(find.exec(QStringLiteral(
        "SELECT id FROM conference WHERE kind = 'final_review' ORDER BY id LIMIT 1")));
    QVERIFY(find.next());
    const qint64 id = find.value(0).toLongLong();
    const QString pdf = m_dir->filePath(QStringLiteral("notice.pdf"));

    // The conclusions grow by one paragraph of one or two lines at a time, so that the body's
    // end passes every height on the page, until the signature has moved on by two pages.
    QStringList conclusions;
    int firstPage = 0;
    int lastPage = 0;
    for (int length = 0; length <= 200 && (!firstPage || lastPage < firstPage + 2); ++length) {
        if (length > 0)
            conclusions << (length % 3 == 0
                    ? QStringLiteral("Ý kiến %1: các cấp ủy, tổ chức đảng tiếp tục quán triệt, "
                                     "triển khai thực hiện nghiêm túc Chỉ thị số 39-CT/TW, nâng "
                                     "cao chất lượng công tác bảo vệ chính trị nội bộ.")
                    : QStringLiteral("Ý kiến %1: thực hiện nghiêm Chỉ thị số 39-CT/TW."))
                               .arg(length);
        QSqlQuery update(m_store->connection());
        update.prepare(QStringLiteral("UPDATE conference SET conclusion = ? WHERE id = ?"));
        update.addBindValue(conclusions.join(QLatin1Char('\n')));
        update.addBindValue(id);
        QVERIFY(update.exec());

        QString error;
        const auto built
            = Reports::build(*m_store, QStringLiteral("conference-summary"), id, &error);
        QVERIFY2(built, qPrintable(error));
        QVERIFY2(Reports::write(*built, pdf, &error), qPrintable(error));
        const QString signer = built->data.value(QStringLiteral("signer_name")).toString();
        const QString authority = built->data.value(QStringLiteral("signer_authority")).toString();
        const QStringList recipients
            = built->data.value(QStringLiteral("recipients")).toStringList();
        QVERIFY(!signer.isEmpty() && !authority.isEmpty() && !recipients.isEmpty());

        const int pages = pageCount(pdf);
        QVERIFY(pages > 0);
        int signed_ = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page, page);
            const QString words = text.simplified();
            const QString where = QStringLiteral("%1 paragraphs of conclusions, page %2 of %3:\n%4")
                                      .arg(length)
                                      .arg(page)
                                      .arg(pages)
                                      .arg(text);
            // Each part of the closing block is on the page of "Nơi nhận" or on none: not cut. (The
            // signer's name is also in the body, among the chairs.)
            const qsizetype closing = text.indexOf(QStringLiteral("Nơi nhận:"));
            for (const QString &part : {authority, QStringLiteral("- ") + recipients.first(),
                     QStringLiteral("- ") + recipients.last()})
                QVERIFY2(words.contains(part) == (closing >= 0),
                    qPrintable(QStringLiteral("“%1” apart from “Nơi nhận”; %2").arg(part, where)));
            if (closing < 0)
                continue;
            QVERIFY2(text.mid(closing).simplified().endsWith(signer),
                qPrintable(
                    QStringLiteral("the signer's name is not under the signature; %1").arg(where)));
            QVERIFY2(!signed_, qPrintable(where));
            signed_ = page;
            // Above "Nơi nhận" (and below the page number from page 2 on): the body's end.
            QStringList lines = text.left(text.indexOf(QStringLiteral("Nơi nhận:")))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (page > 1 && !lines.isEmpty() && lines.first().trimmed() == QString::number(page))
                lines.removeFirst();
            const QString above = lines.join(QLatin1Char(' ')).simplified();
            QVERIFY2(above.size() >= 20,
                qPrintable(QStringLiteral("the signature stands alone; %1").arg(where)));
        }
        QVERIFY2(signed_ == pages,
            qPrintable(QStringLiteral("%1 paragraphs: signed on page %2 of %3")
                           .arg(length)
                           .arg(signed_)
                           .arg(pages)));
        if (!firstPage)
            firstPage = signed_;
        lastPage = signed_;
    }
    QVERIFY2(lastPage >= firstPage + 2,
        qPrintable(QStringLiteral("pages %1 to %2 only").arg(firstPage).arg(lastPage)));
}

// A section heading ("2. Tồn tại, hạn chế") never ends a page with its text on the next: the
// results above it grow a line at a time until it has passed every height of a page.
void TestPageBreaks::headingKeepsItsTextWithIt()
{
    QSqlQuery find(m_store->connection());
    QVERIFY(find.exec(QStringLiteral(
        "SELECT id, results FROM conference WHERE kind = 'final_review' ORDER BY id LIMIT 1")));
    QVERIFY(find.next());
    const qint64 id = find.value(0).toLongLong();
    const QString results = find.value(1).toString();
    QVERIFY(!results.isEmpty());
    const QString pdf = m_dir->filePath(QStringLiteral("headings.pdf"));
    QStringList added;
    int checkedBreaks = 0;
    for (int length = 0; length <= 45; ++length) {
        if (length > 0)
            added << QStringLiteral("Ý kiến %1: thực hiện nghiêm Chỉ thị số 39-CT/TW.").arg(length);
        QSqlQuery update(m_store->connection());
        update.prepare(QStringLiteral("UPDATE conference SET results = ? WHERE id = ?"));
        update.addBindValue((QStringList {results} + added).join(QLatin1Char('\n')));
        update.addBindValue(id);
        QVERIFY(update.exec());
        QString error;
        const auto built
            = Reports::build(*m_store, QStringLiteral("conference-summary"), id, &error);
        QVERIFY2(built, qPrintable(error));
        QVERIFY2(Reports::write(*built, pdf, &error), qPrintable(error));
        QStringList headings;
        for (const QVariant &section : built->data.value(QStringLiteral("sections")).toList()) {
            const QVariantMap map = section.toMap();
            headings << QStringLiteral("%1. %2").arg(map.value(QStringLiteral("number")).toString(),
                map.value(QStringLiteral("heading")).toString());
        }
        QVERIFY2(headings.size() >= 3, qPrintable(headings.join(QLatin1Char('|'))));
        const int pages = pageCount(pdf);
        for (int page = 1; page < pages; ++page) {
            QStringList lines;
            for (const QString &line : pdfText(pdf, page, page).split(QLatin1Char('\n'))) {
                if (!line.simplified().isEmpty()) // the page's end is a form feed
                    lines << line.simplified();
            }
            QVERIFY(!lines.isEmpty());
            const QString last = lines.last();
            QVERIFY2(!headings.contains(last),
                qPrintable(QStringLiteral("%1 lines more: page %2 of %3 ends with the heading “%4”")
                               .arg(length)
                               .arg(page)
                               .arg(pages)
                               .arg(last)));
            ++checkedBreaks;
        }
    }
    QVERIFY(checkedBreaks > 0);
}

QTEST_MAIN(TestPageBreaks)
#include "tst_pagebreaks.moc"

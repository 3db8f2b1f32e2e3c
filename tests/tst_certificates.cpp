#include "cli/demodata.h"
#include "core/labels.h"
#include "pdftestsupport.h"
#include "reports/certificates.h"
#include "reports/reports.h"
#include "storage/store.h"
#include "teststore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using PdfTestSupport::pageCount;

namespace {

const QString certificates = QStringLiteral("commendation-certificates");
const QString formTest = QStringLiteral("commendation-form-test");

constexpr double pointsPerMm = 72 / 25.4;

// A line of text as pdftotext -bbox reads it: its words joined, its box in millimetres.
struct Line
{
    int page = 0;
    QString text;
    double left = 0, top = 0, right = 0;
};
struct Page
{
    double widthMm = 0, heightMm = 0;
};

// The words of every page, joined into lines (the words one after the other at one height).
QList<Line> lines(const QString &pdf, QList<Page> *pages)
{
    const QString xml = PdfTestSupport::run(
        QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression tag(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">|<word xMin=\"([\\d.]+)\" "
                       "yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>"));
    QList<Line> found;
    for (auto it = tag.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(1).isEmpty()) {
            pages->append({match.captured(1).toDouble() / pointsPerMm,
                match.captured(2).toDouble() / pointsPerMm});
            continue;
        }
        const double left = match.captured(3).toDouble() / pointsPerMm;
        const double top = match.captured(4).toDouble() / pointsPerMm;
        const double right = match.captured(5).toDouble() / pointsPerMm;
        const int page = int(pages->size());
        // A word follows the one before on its line, a space's width after it.
        if (!found.isEmpty() && found.last().page == page && qAbs(found.last().top - top) < 0.2
            && left >= found.last().right - 0.1 && left - found.last().right < 3) {
            found.last().text += QLatin1Char(' ') + match.captured(6);
            found.last().right = right;
        } else {
            found.append({page, match.captured(6), left, top, right});
        }
    }
    return found;
}

QList<Line> onPage(const QList<Line> &all, int page)
{
    QList<Line> kept;
    for (const Line &line : all) {
        if (line.page == page)
            kept << line;
    }
    return kept;
}

} // namespace

class TestCertificates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onePagePerAcceptedRecipient();
    void eachTextAtItsPlace();
    void longTextWrapsWithinItsWidth();
    void draftIsMarked();
    void fieldOffThePageIsRefused();
    void textBelowTheBottomIsRefused();
    void noAcceptedRecipientIsRefused();
    void onlyPdfOrPrinter();
    void badgeRoundUsesEachFormsLayout();
    void testPageHasGridAndFields();

private:
    QString write(const QString &kind, qint64 id, QString *error);
    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    bool exec(const QString &sql, const QVariantList &values = {});
    void decide();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_commendation = 0;
    qint64 m_form = 0;
};

void TestCertificates::init()
{
    m_clock = TestSupport::fixClock();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    m_store = TestSupport::open(path);
    QVERIFY(m_store);
    // The demo's Thanh Hóa Bằng khen for ten years of Directive 39.
    m_commendation = value(QStringLiteral("SELECT id FROM commendation WHERE reason LIKE "
                                          "'%Chỉ thị số 39-CT/TW%'"))
                         .toLongLong();
    QVERIFY(m_commendation > 0);
    m_form
        = value(QStringLiteral("SELECT form_id FROM commendation WHERE id = ?"), {m_commendation})
              .toLongLong();
    QVERIFY(m_form > 0);
}

void TestCertificates::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestCertificates::write(const QString &kind, qint64 id, QString *error)
{
    static int count = 0;
    const QString path = m_dir->filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(++count));
    const auto built = Reports::build(*m_store, kind, id, error);
    if (!built || !Reports::write(*built, path, error))
        return QString();
    return path;
}

QVariant TestCertificates::value(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    for (const QVariant &bound : values)
        query.addBindValue(bound);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

bool TestCertificates::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store->connection());
    query.prepare(sql);
    for (const QVariant &bound : values)
        query.addBindValue(bound);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

// The decision of 27 May 2024, numbered.
void TestCertificates::decide()
{
    QVERIFY(exec(QStringLiteral("UPDATE commendation SET status = 'decided', decision_code = "
                                "'85-QĐ/TU', decided_on = '2024-05-27' WHERE id = ?"),
        {m_commendation}));
}

void TestCertificates::onePagePerAcceptedRecipient()
{
    // One rejected on the list prints nothing for it.
    QVERIFY(exec(QStringLiteral("UPDATE commendation_recipient SET review = 'rejected', "
                                "review_note = 'Chưa đủ tiêu chuẩn' WHERE id = (SELECT max(id) "
                                "FROM commendation_recipient WHERE commendation_id = ?)"),
        {m_commendation}));
    const int accepted = value(QStringLiteral("SELECT count(*) FROM commendation_recipient "
                                              "WHERE commendation_id = ? AND review = 'accepted'"),
        {m_commendation})
                             .toInt();
    QVERIFY(accepted > 0);
    decide();
    QString error;
    const QString pdf = write(certificates, m_commendation, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QCOMPARE(pageCount(pdf), accepted);
    QList<Page> pages;
    const QList<Line> all = lines(pdf, &pages);
    QCOMPARE(pages.size(), accepted);
    for (const Page &page : std::as_const(pages)) {
        QVERIFY(qAbs(page.widthMm - 297) < 0.5);
        QVERIFY(qAbs(page.heightMm - 210) < 0.5);
    }
    // Each accepted recipient on a page of its own, in the list's order.
    QSqlQuery query(m_store->connection());
    query.prepare(QStringLiteral("SELECT name FROM commendation_recipient WHERE commendation_id "
                                 "= ? AND review = 'accepted' ORDER BY position, id"));
    query.addBindValue(m_commendation);
    QVERIFY(query.exec());
    int page = 0;
    while (query.next()) {
        ++page;
        bool found = false;
        for (const Line &line : onPage(all, page))
            found = found || line.text == query.value(0).toString();
        QVERIFY2(found, qPrintable(query.value(0).toString()));
    }
    QCOMPARE(page, accepted);
}

void TestCertificates::eachTextAtItsPlace()
{
    decide();
    QString error;
    const QString pdf = write(certificates, m_commendation, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QList<Page> pages;
    const QList<Line> first = onPage(lines(pdf, &pages), 1);
    const QString name = value(QStringLiteral("SELECT name FROM commendation_recipient WHERE "
                                              "commendation_id = ? AND review = 'accepted' "
                                              "ORDER BY position, id"),
        {m_commendation})
                             .toString();
    const QString place = value(QStringLiteral("SELECT b.place_name FROM issuing_body b JOIN "
                                               "commendation c ON c.issuing_body_id = b.id "
                                               "WHERE c.id = ?"),
        {m_commendation})
                              .toString();
    QVERIFY(!place.isEmpty());
    const QHash<QString, QString> expected {{QStringLiteral("recipient_name"), name},
        {QStringLiteral("decision"), QStringLiteral("Quyết định số 85-QĐ/TU, ngày 27/5/2024")},
        {QStringLiteral("place_date"), place + QStringLiteral(", ngày 27 tháng 5 năm 2024")}};
    const auto form = Certificates::form(*m_store, m_form, &error);
    QVERIFY2(form, qPrintable(error));
    int checked = 0;
    for (const Certificates::Field &field : form->fields) {
        if (!expected.contains(field.field))
            continue;
        const Line *line = nullptr;
        for (const Line &candidate : first) {
            if (candidate.text == expected.value(field.field))
                line = &candidate;
        }
        QVERIFY2(line, qPrintable(expected.value(field.field)));
        QVERIFY2(qAbs(line->top - field.yMm) < 1.0,
            qPrintable(QStringLiteral("%1: top %2 mm, laid out at %3 mm")
                           .arg(field.field)
                           .arg(line->top)
                           .arg(field.yMm)));
        const double at = field.align == QLatin1String("left") ? line->left
            : field.align == QLatin1String("right")            ? line->right
                                                               : (line->left + line->right) / 2;
        const double wanted = field.align == QLatin1String("left") ? field.xMm
            : field.align == QLatin1String("right")                ? field.xMm + field.widthMm
                                                                   : field.xMm + field.widthMm / 2;
        QVERIFY2(qAbs(at - wanted) < 1.0,
            qPrintable(QStringLiteral("%1: at %2 mm, laid out at %3 mm")
                           .arg(field.field)
                           .arg(at)
                           .arg(wanted)));
        ++checked;
    }
    QCOMPARE(checked, expected.size());

    // A field set flush left somewhere else is printed there.
    QVERIFY(exec(QStringLiteral("UPDATE certificate_field SET align = 'left', x_mm = 20, y_mm = "
                                "30 WHERE form_id = ? AND field = 'recipient_name'"),
        {m_form}));
    const QString moved = write(certificates, m_commendation, &error);
    QVERIFY2(!moved.isEmpty(), qPrintable(error));
    bool found = false;
    QList<Page> movedPages;
    for (const Line &line : onPage(lines(moved, &movedPages), 1)) {
        if (line.text == name) {
            QVERIFY(qAbs(line.left - 20) < 1.0);
            QVERIFY(qAbs(line.top - 30) < 1.0);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCertificates::longTextWrapsWithinItsWidth()
{
    const QString achievement = QStringLiteral(
        "Đã có thành tích xuất sắc trong lãnh đạo, chỉ đạo thực hiện công tác xây dựng Đảng, "
        "tổ chức nhiều đợt học tập, quán triệt và triển khai Chỉ thị số 39-CT/TW đến từng chi bộ, "
        "góp phần hoàn thành thắng lợi nhiệm vụ chính trị của địa phương");
    QVERIFY(exec(QStringLiteral("UPDATE commendation_recipient SET achievement = ? WHERE id = "
                                "(SELECT min(id) FROM commendation_recipient WHERE "
                                "commendation_id = ? AND review = 'accepted')"),
        {achievement, m_commendation}));
    decide();
    QString error;
    const QString pdf = write(certificates, m_commendation, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const auto form = Certificates::form(*m_store, m_form, &error);
    QVERIFY(form);
    Certificates::Field field;
    for (const Certificates::Field &each : form->fields) {
        if (each.field == QLatin1String("achievement"))
            field = each;
    }
    QList<Page> pages;
    QStringList read;
    double previous = 0;
    for (const Line &line : onPage(lines(pdf, &pages), 1)) {
        if (line.top < field.yMm - 1 || !achievement.contains(line.text))
            continue;
        QVERIFY2(line.left >= field.xMm - 0.5 && line.right <= field.xMm + field.widthMm + 0.5,
            qPrintable(line.text));
        QVERIFY(line.top > previous);
        previous = line.top;
        read << line.text;
    }
    QVERIFY2(read.size() >= 2, qPrintable(read.join(QLatin1Char('|'))));
    QCOMPARE(read.join(QLatin1Char(' ')), achievement);
    QVERIFY(qAbs(previous - field.yMm) > 5);
}

void TestCertificates::draftIsMarked()
{
    QString error;
    const QString draft = write(certificates, m_commendation, &error);
    QVERIFY2(!draft.isEmpty(), qPrintable(error));
    const QString text = PdfTestSupport::pdfCells(draft);
    // Not decided: marked across (slanted, so read back letter by letter), the number and the
    // date left to write in.
    for (const QString &letter : {QStringLiteral("Ự"), QStringLiteral("T"), QStringLiteral("H"),
             QStringLiteral("Ả"), QStringLiteral("O")})
        QVERIFY2(text.split(QLatin1Char(' ')).contains(letter), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Quyết định số , ngày / /")));
    QVERIFY(!text.contains(QStringLiteral("ngày 27 tháng 5")));
    decide();
    const QString final = write(certificates, m_commendation, &error);
    QVERIFY2(!final.isEmpty(), qPrintable(error));
    const QString finalText = PdfTestSupport::pdfCells(final);
    QVERIFY(!finalText.split(QLatin1Char(' ')).contains(QStringLiteral("Ự")));
    QVERIFY(finalText.contains(QStringLiteral("ngày 27 tháng 5 năm 2024")));
    // The certificates are signed by the decision's signer.
    const QString signer
        = value(QStringLiteral("SELECT s.signer_name FROM issuing_body_signer s JOIN "
                               "commendation c ON c.issuing_body_id = "
                               "s.issuing_body_id WHERE c.id = ? ORDER BY "
                               "s.report_kind = 'commendation-decision' DESC"),
            {m_commendation})
              .toString();
    QVERIFY(!signer.isEmpty());
    QVERIFY2(finalText.contains(signer), qPrintable(finalText));
}

void TestCertificates::fieldOffThePageIsRefused()
{
    QVERIFY(exec(QStringLiteral("UPDATE certificate_field SET width_mm = 270 WHERE form_id = ? "
                                "AND field = 'place_date'"),
        {m_form}));
    QString error;
    QVERIFY(write(certificates, m_commendation, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("runs off the page")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("420 mm")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("297 mm")), qPrintable(error));
}

void TestCertificates::textBelowTheBottomIsRefused()
{
    // Fits for one line, not for an achievement that wraps to several.
    QVERIFY(exec(QStringLiteral("UPDATE certificate_field SET y_mm = 198, width_mm = 60 WHERE "
                                "form_id = ? AND field = 'achievement'"),
        {m_form}));
    QString error;
    QVERIFY(write(certificates, m_commendation, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("does not fit its sheet")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("210 mm high")), qPrintable(error));
    // A field whose first line is already below the bottom is refused as off the page.
    QVERIFY(exec(QStringLiteral("UPDATE certificate_field SET y_mm = 207 WHERE form_id = ? AND "
                                "field = 'achievement'"),
        {m_form}));
    QVERIFY(write(certificates, m_commendation, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("runs off the page")), qPrintable(error));
}

void TestCertificates::noAcceptedRecipientIsRefused()
{
    QVERIFY(exec(QStringLiteral("UPDATE commendation_recipient SET review = 'pending' WHERE "
                                "commendation_id = ?"),
        {m_commendation}));
    QString error;
    QVERIFY(write(certificates, m_commendation, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("No recipient of this commendation is accepted")),
        qPrintable(error));
}

void TestCertificates::onlyPdfOrPrinter()
{
    QString error;
    const auto built = Reports::build(*m_store, certificates, m_commendation, &error);
    QVERIFY2(built, qPrintable(error));
    QVERIFY(!built->sheets.isEmpty());
    const QString docx = m_dir->filePath(QStringLiteral("certificates.docx"));
    QVERIFY(!Reports::write(*built, docx, &error));
    QVERIFY2(error.contains(QStringLiteral(".pdf")), qPrintable(error));
    QVERIFY(!QFile::exists(docx));
}

void TestCertificates::badgeRoundUsesEachFormsLayout()
{
    // A round with two invented members: a 30-year badge on A4 landscape, a 40-year one on a
    // smaller portrait stock of its own.
    const qint64 body = value(QStringLiteral("SELECT issuing_body_id FROM commendation WHERE id "
                                             "= ?"),
        {m_commendation})
                            .toLongLong();
    QVERIFY(exec(QStringLiteral("INSERT INTO commendation (issuing_body_id, kind, reason, "
                                "round_on, status) VALUES (?, 'party_badge', 'Đợt 2/9/2024', "
                                "'2024-09-02', 'reviewed')"),
        {body}));
    const qint64 round = value(QStringLiteral("SELECT max(id) FROM commendation")).toLongLong();
    const qint64 thirty
        = value(QStringLiteral("SELECT id FROM commendation_form WHERE badge_years = 30"))
              .toLongLong();
    const qint64 forty
        = value(QStringLiteral("SELECT id FROM commendation_form WHERE badge_years = 40"))
              .toLongLong();
    QVERIFY(exec(QStringLiteral("UPDATE commendation_form SET page_width_mm = 200, "
                                "page_height_mm = 250 WHERE id = ?"),
        {forty}));
    QVERIFY(exec(QStringLiteral("UPDATE certificate_field SET x_mm = 10, width_mm = 180 WHERE "
                                "form_id = ? AND x_mm + width_mm > 200"),
        {forty}));
    int position = 0;
    for (const auto &[form, name, number] :
        {std::tuple {thirty, QStringLiteral("Nguyễn Văn Ất (giả định)"), QStringLiteral("301234")},
            std::tuple {
                forty, QStringLiteral("Trần Thị Ổi (giả định)"), QStringLiteral("405678")}}) {
        QVERIFY(exec(QStringLiteral("INSERT INTO person (full_name) VALUES (?)"), {name}));
        const qint64 person = value(QStringLiteral("SELECT max(id) FROM person")).toLongLong();
        QVERIFY(exec(QStringLiteral("INSERT INTO commendation_recipient (commendation_id, "
                                    "position, form_id, recipient_kind, person_id, name, "
                                    "name_key, review, badge_number) VALUES (?, ?, ?, "
                                    "'individual', ?, ?, ?, 'accepted', ?)"),
            {round, ++position, form, person, name, name, number}));
    }
    QString error;
    const QString pdf = write(certificates, round, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QList<Page> pages;
    const QList<Line> all = lines(pdf, &pages);
    QCOMPARE(pages.size(), 2);
    QVERIFY(qAbs(pages.at(0).widthMm - 297) < 0.5 && qAbs(pages.at(0).heightMm - 210) < 0.5);
    QVERIFY2(qAbs(pages.at(1).widthMm - 200) < 0.5 && qAbs(pages.at(1).heightMm - 250) < 0.5,
        qPrintable(QStringLiteral("%1 × %2").arg(pages.at(1).widthMm).arg(pages.at(1).heightMm)));
    const auto has = [&all](int page, const QString &text) {
        for (const Line &line : onPage(all, page)) {
            if (line.text == text)
                return true;
        }
        return false;
    };
    QVERIFY(has(1, QStringLiteral("Nguyễn Văn Ất (giả định)")));
    QVERIFY(has(1, QStringLiteral("Số: 301234")));
    QVERIFY(has(2, QStringLiteral("Trần Thị Ổi (giả định)")));
    QVERIFY(has(2, QStringLiteral("Số: 405678")));
}

void TestCertificates::testPageHasGridAndFields()
{
    QString error;
    const QString pdf = write(formTest, m_form, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QCOMPARE(pageCount(pdf), 1);
    QList<Page> pages;
    const QList<Line> all = lines(pdf, &pages);
    QVERIFY(qAbs(pages.first().widthMm - 297) < 0.5);
    // The grid's labels: one each 10 mm along the top, each at its line.
    QStringList labels;
    for (const Line &line : all) {
        if (line.top < 5) {
            labels << line.text.split(QLatin1Char(' '));
            QVERIFY2(
                qAbs(line.left - (line.text.section(QLatin1Char(' '), 0, 0).toInt() + 0.6)) < 1.0,
                qPrintable(line.text));
        }
    }
    QStringList wanted;
    for (int mm = 10; mm < 297; mm += 10)
        wanted << QString::number(mm);
    QCOMPARE(labels, wanted);
    // Each field named just above its box.
    const auto form = Certificates::form(*m_store, m_form, &error);
    QVERIFY(form);
    for (const Certificates::Field &field : form->fields) {
        const QString label = Labels::documentTerm(Labels::Enum::CertificateField, field.field);
        bool found = false;
        for (const Line &line : all) {
            if (line.text.startsWith(label) && qAbs(line.left - field.xMm - 0.5) < 1.0
                && line.top < field.yMm && line.top > field.yMm - 5)
                found = true;
        }
        QVERIFY2(found, qPrintable(label));
    }
}

QTEST_MAIN(TestCertificates)
#include "tst_certificates.moc"

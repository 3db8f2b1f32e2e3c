#include "core/clock.h"
#include "storage/commendations.h"
#include "storage/store.h"
#include "teststore.h"

#include <QTemporaryDir>
#include <QtTest>

// A commendation's review and decision (Commendations) and the freezing of a decided list by the
// store: the warnings the board weighs (the same recipient for the same form and reason, however
// the name was typed; a unit gone; a form for the other kind of recipient; a body that may not
// give the form), the refusals of a decision, and what stays writable once it is decided.
class TestCommendations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aRecipientTypedAgainIsADuplicate_data();
    void aRecipientTypedAgainIsADuplicate();
    void anotherReasonOrARejectedRowIsNoDuplicate();
    void aBadgeIsGivenOnceWhateverTheRound();
    void aUnitThatNoLongerExistsIsWarned();
    void aFormForTheOtherKindOfRecipientIsWarned();
    void aBodyThatMayNotGiveTheFormIsWarned();
    void theSameNameTwiceOnOneListIsRefused();
    void theDecisionIsRefusedUntilTheListIsReviewed();
    void aDecidedListIsFrozen();

private:
    qint64 commendation(const QString &reason, const QString &status = QStringLiteral("proposed"),
        const QString &form = QStringLiteral("Bằng khen"));
    std::optional<qint64> person(qint64 commendation, const QString &name,
        const QString &review = QStringLiteral("pending"), QString *error = nullptr);
    qint64 formId(const QString &name) const;
    QStringList warnings(qint64 commendation) const;

    QTemporaryDir m_dir;
    std::shared_ptr<TestSupport::ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    qint64 m_body = 0;
    int m_files = 0;
};

const QString reason = QStringLiteral("Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 39");

void TestCommendations::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCommendations::init()
{
    m_clock = TestSupport::fixClock();
    const QString path = m_dir.filePath(QStringLiteral("commendations-%1.sqlite").arg(++m_files));
    QCOMPARE(TestSupport::writeDemo(path), QString());
    m_store = TestSupport::open(path);
    QVERIFY(m_store);
    m_body = m_store->value(QStringLiteral("SELECT min(id) FROM issuing_body")).toLongLong();
    QVERIFY(m_body > 0);
}

void TestCommendations::cleanup()
{
    m_store.reset();
}

qint64 TestCommendations::formId(const QString &name) const
{
    return m_store->value(QStringLiteral("SELECT id FROM commendation_form WHERE name = ?"), {name})
        .toLongLong();
}

qint64 TestCommendations::commendation(
    const QString &reason, const QString &status, const QString &form)
{
    QString error;
    const auto id = m_store->insert(QStringLiteral("commendation"),
        {{QStringLiteral("issuing_body_id"), m_body}, {QStringLiteral("form_id"), formId(form)},
            {QStringLiteral("reason"), reason}, {QStringLiteral("status"), status},
            {QStringLiteral("proposed_on"), QStringLiteral("2026-10-01")}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

// A person of the directory (made for the test) proposed on a list under the name typed.
std::optional<qint64> TestCommendations::person(
    qint64 commendation, const QString &name, const QString &review, QString *error)
{
    QString problem;
    const auto who = m_store->insert(
        QStringLiteral("person"), {{QStringLiteral("full_name"), name}}, &problem);
    const auto id = who ? m_store->insert(QStringLiteral("commendation_recipient"),
                        {{QStringLiteral("commendation_id"), commendation},
                            {QStringLiteral("recipient_kind"), QStringLiteral("individual")},
                            {QStringLiteral("person_id"), *who}, {QStringLiteral("name"), name},
                            {QStringLiteral("review"), review}},
                        &problem)
                        : std::nullopt;
    if (error)
        *error = problem;
    return id;
}

QStringList TestCommendations::warnings(qint64 commendation) const
{
    QString error;
    const auto found = Commendations::warnings(*m_store, commendation, &error);
    if (!found)
        qWarning("%s", qPrintable(error));
    QStringList sentences;
    for (const Commendations::Warning &warning : found.value_or(QVector<Commendations::Warning>()))
        sentences << warning.sentence;
    return sentences;
}

void TestCommendations::aRecipientTypedAgainIsADuplicate_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("again");
    QTest::newRow("the same") << QStringLiteral("Nguyễn Thị Hoà (giả định)")
                              << QStringLiteral("Nguyễn Thị Hoà (giả định)");
    // Old and new tone placement, and the name typed decomposed (NFD) by another keyboard.
    QTest::newRow("tone placement") << QStringLiteral("Nguyễn Thị Hoà (giả định)")
                                    << QStringLiteral("Nguyễn Thị Hòa (giả định)");
    QTest::newRow("NFD")
        << QStringLiteral("Nguyễn Thị Hoà (giả định)")
        << QStringLiteral("Nguyễn Thị Hoà (giả định)").normalized(QString::NormalizationForm_D);
    QTest::newRow("case and spaces") << QStringLiteral("Nguyễn Thị Hoà (giả định)")
                                     << QStringLiteral("NGUYỄN  thị hoà (giả định)");
}

void TestCommendations::aRecipientTypedAgainIsADuplicate()
{
    QFETCH(QString, first);
    QFETCH(QString, again);
    const qint64 decided = commendation(reason);
    QVERIFY(person(decided, first, QStringLiteral("accepted")));
    const qint64 proposed = commendation(reason);
    QVERIFY(person(proposed, again));
    const QStringList found = warnings(proposed);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("Bằng khen")), qPrintable(found.first()));
    // Both lists are warned: each names the other.
    QCOMPARE(warnings(decided).size(), 1);
}

void TestCommendations::anotherReasonOrARejectedRowIsNoDuplicate()
{
    const QString name = QStringLiteral("Trần Văn Mẫu (giả định)");
    const qint64 first = commendation(reason);
    QVERIFY(person(first, name, QStringLiteral("rejected")));
    const qint64 second = commendation(reason);
    QVERIFY(person(second, name));
    QCOMPARE(warnings(second), QStringList());
    // Another reason, or another form, is another award.
    const qint64 other = commendation(QStringLiteral("Hoàn thành xuất sắc nhiệm vụ năm 2025"));
    QVERIFY(person(other, name));
    const qint64 flag
        = commendation(reason, QStringLiteral("proposed"), QStringLiteral("Giấy khen"));
    QVERIFY(person(flag, name));
    QCOMPARE(warnings(other), QStringList());
    QCOMPARE(warnings(flag), QStringList());
    // A withdrawn proposal counts for nothing.
    const qint64 withdrawn = commendation(reason, QStringLiteral("withdrawn"));
    QVERIFY(person(withdrawn, name, QStringLiteral("accepted")));
    QCOMPARE(warnings(second), QStringList());
}

void TestCommendations::aBadgeIsGivenOnceWhateverTheRound()
{
    QString error;
    const auto round = [&](const char *on) {
        return m_store->insert(QStringLiteral("commendation"),
            {{QStringLiteral("issuing_body_id"), m_body},
                {QStringLiteral("kind"), QStringLiteral("party_badge")},
                {QStringLiteral("reason"), QStringLiteral("Tặng Huy hiệu Đảng đợt %1").arg(on)},
                {QStringLiteral("round_on"), QLatin1String(on)}},
            &error);
    };
    const auto first = round("2025-09-02");
    const auto second = round("2026-09-02");
    QVERIFY2(first && second, qPrintable(error));
    const qint64 member = *m_store->insert(QStringLiteral("person"),
        {{QStringLiteral("full_name"), QStringLiteral("Lê Văn Thử (giả định)")}}, &error);
    for (const qint64 list : {*first, *second}) {
        QVERIFY2(m_store->insert(QStringLiteral("commendation_recipient"),
                     {{QStringLiteral("commendation_id"), list},
                         {QStringLiteral("form_id"),
                             formId(QStringLiteral("Huy hiệu 40 năm tuổi Đảng"))},
                         {QStringLiteral("recipient_kind"), QStringLiteral("individual")},
                         {QStringLiteral("person_id"), member},
                         {QStringLiteral("name"), QStringLiteral("Lê Văn Thử (giả định)")}},
                     &error),
            qPrintable(error));
    }
    const QStringList found = warnings(*second);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("Huy hiệu 40 năm")), qPrintable(found.first()));
    // A round has no form of its own.
    QCOMPARE(Commendations::formName(*m_store, *second), QStringLiteral("Huy hiệu Đảng"));
}

void TestCommendations::aUnitThatNoLongerExistsIsWarned()
{
    QString error;
    const auto old = m_store->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy huyện Cũ (giả định)")},
            {QStringLiteral("valid_to"), QStringLiteral("2025-06-30")}},
        &error);
    const auto merged = m_store->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy xã Gộp (giả định)")},
            {QStringLiteral("valid_to"), QStringLiteral("2025-06-30")}},
        &error);
    const auto successor = m_store->insert(QStringLiteral("unit"),
        {{QStringLiteral("name"), QStringLiteral("Đảng ủy xã Mới (giả định)")}}, &error);
    QVERIFY2(old && merged && successor, qPrintable(error));
    const auto base = m_store->read(QStringLiteral("unit"), *merged);
    QVERIFY(base);
    QVERIFY(m_store->update(*base, {{QStringLiteral("successor_id"), *successor}}).ok());
    const qint64 list = commendation(reason);
    for (const qint64 unit : {*old, *merged, *successor}) {
        QVERIFY2(m_store->insert(QStringLiteral("commendation_recipient"),
                     {{QStringLiteral("commendation_id"), list},
                         {QStringLiteral("recipient_kind"), QStringLiteral("collective")},
                         {QStringLiteral("unit_id"), unit},
                         {QStringLiteral("name"),
                             m_store->value(
                                 QStringLiteral("SELECT name FROM unit WHERE id = ?"), {unit})}},
                     &error),
            qPrintable(error));
    }
    const QStringList found = warnings(list);
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.at(0).contains(QLatin1String("30/06/2025")), qPrintable(found.at(0)));
    QVERIFY2(
        found.at(1).contains(QStringLiteral("Đảng ủy xã Mới (giả định)")), qPrintable(found.at(1)));
}

void TestCommendations::aFormForTheOtherKindOfRecipientIsWarned()
{
    const qint64 flag
        = commendation(reason, QStringLiteral("proposed"), QStringLiteral("Cờ thi đua"));
    QVERIFY(person(flag, QStringLiteral("Phạm Thị Mẫu (giả định)")));
    const QStringList found = warnings(flag);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QStringLiteral("Cờ thi đua")), qPrintable(found.first()));
}

void TestCommendations::aBodyThatMayNotGiveTheFormIsWarned()
{
    const qint64 list = commendation(reason);
    // No body named for the form: nothing to check against.
    QCOMPARE(warnings(list), QStringList());
    const qint64 other
        = m_store->value(QStringLiteral("SELECT max(id) FROM issuing_body")).toLongLong();
    QVERIFY(other != m_body);
    QString error;
    QVERIFY2(m_store->insert(QStringLiteral("commendation_form_authority"),
                 {{QStringLiteral("form_id"), formId(QStringLiteral("Bằng khen"))},
                     {QStringLiteral("issuing_body_id"), other}},
                 &error),
        qPrintable(error));
    QCOMPARE(warnings(list).size(), 1);
    QVERIFY2(m_store->insert(QStringLiteral("commendation_form_authority"),
                 {{QStringLiteral("form_id"), formId(QStringLiteral("Bằng khen"))},
                     {QStringLiteral("issuing_body_id"), m_body}},
                 &error),
        qPrintable(error));
    QCOMPARE(warnings(list), QStringList());
}

void TestCommendations::theSameNameTwiceOnOneListIsRefused()
{
    const qint64 list = commendation(reason);
    QVERIFY(person(list, QStringLiteral("Đỗ Văn Hoà (giả định)")));
    QString error;
    QVERIFY(!person(list,
        QStringLiteral("Đỗ Văn Hòa (giả định)").normalized(QString::NormalizationForm_D),
        QStringLiteral("pending"), &error));
    QVERIFY2(error.contains(QLatin1String("already on the list")), qPrintable(error));
}

void TestCommendations::theDecisionIsRefusedUntilTheListIsReviewed()
{
    const qint64 list = commendation(reason);
    const QDate on(2026, 11, 20);
    QVERIFY(Commendations::refusalToDecide(*m_store, list, on).contains(QLatin1String("Nobody")));
    const auto row = person(list, QStringLiteral("Vũ Thị Mẫu (giả định)"));
    QVERIFY(row);
    QVERIFY(Commendations::refusalToDecide(*m_store, list, on)
                .contains(QLatin1String("not yet reviewed")));
    const auto base = m_store->read(QStringLiteral("commendation_recipient"), *row);
    QVERIFY(base);
    QVERIFY(m_store->update(*base, {{QStringLiteral("review"), QStringLiteral("accepted")}}).ok());
    QVERIFY(Commendations::refusalToDecide(*m_store, list, QDate(2026, 9, 30))
                .contains(QLatin1String("before the proposal")));
    QCOMPARE(Commendations::refusalToDecide(*m_store, list, on), QString());
    // A decision dated before its proposal is refused by the store too.
    const auto record = m_store->read(QStringLiteral("commendation"), list);
    QVERIFY(record);
    const Store::Result early = m_store->update(*record,
        {{QStringLiteral("status"), QStringLiteral("decided")},
            {QStringLiteral("decided_on"), QStringLiteral("2026-09-30")}});
    QVERIFY(!early.ok());
    QVERIFY2(early.error.contains(QLatin1String("before the proposal")), qPrintable(early.error));
}

void TestCommendations::aDecidedListIsFrozen()
{
    const qint64 list = commendation(reason);
    const auto row
        = person(list, QStringLiteral("Hoàng Văn Mẫu (giả định)"), QStringLiteral("accepted"));
    QVERIFY(row);
    auto record = m_store->read(QStringLiteral("commendation"), list);
    QVERIFY(record);
    QVERIFY(m_store
                ->update(*record,
                    {{QStringLiteral("status"), QStringLiteral("decided")},
                        {QStringLiteral("decision_code"), QStringLiteral("15-QĐ/TU")},
                        {QStringLiteral("decided_on"), QStringLiteral("2026-11-20")}})
                .ok());
    QVERIFY(!Commendations::refusalToDecide(*m_store, list, QDate(2026, 11, 21)).isEmpty());

    // The list: no row added, changed or removed.
    QString error;
    QVERIFY(!person(
        list, QStringLiteral("Người Thêm Sau (giả định)"), QStringLiteral("accepted"), &error));
    QVERIFY2(error.contains(QLatin1String("decided")), qPrintable(error));
    auto recipient = m_store->read(QStringLiteral("commendation_recipient"), *row);
    QVERIFY(recipient);
    const Store::Result renamed
        = m_store->update(*recipient, {{QStringLiteral("name"), QStringLiteral("Tên khác")}});
    QVERIFY(!renamed.ok());
    QVERIFY2(renamed.error.contains(QLatin1String("decided")), qPrintable(renamed.error));
    QVERIFY(!m_store->remove(QStringLiteral("commendation_recipient"), *row).ok());
    // The badge number and a note may still be written.
    QVERIFY(m_store
                ->update(*recipient,
                    {{QStringLiteral("badge_number"), QStringLiteral("38000123")},
                        {QStringLiteral("note"), QStringLiteral("Đã trao ngày 25/11/2026")}})
                .ok());
    // The decision: neither changed nor deleted; its conference and note still may be.
    record = m_store->read(QStringLiteral("commendation"), list);
    QVERIFY(record);
    QVERIFY(!m_store->update(*record, {{QStringLiteral("reason"), QStringLiteral("Khác")}}).ok());
    QVERIFY(!m_store->remove(QStringLiteral("commendation"), list).ok());
    QVERIFY(m_store->update(*record, {{QStringLiteral("note"), QStringLiteral("Ghi chú")}}).ok());
    QCOMPARE(TestSupport::fileValue(m_store->path(),
                 QStringLiteral("SELECT name FROM commendation_recipient WHERE id = ?"), {*row})
                 .toString(),
        QStringLiteral("Hoàng Văn Mẫu (giả định)"));
}

QTEST_GUILESS_MAIN(TestCommendations)
#include "tst_commendations.moc"

#include "badgerounddialog.h"

#include "ui_badgerounddialog.h"

#include "core/clock.h"
#include "models/lookups.h"
#include "storage/issuingbodies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {

enum Column { Name, Unit, Admitted, Years, Badge, Notes, ColumnCount };

} // namespace

BadgeRoundDialog::BadgeRoundDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BadgeRoundDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    // The rounds of a year back and a year ahead; the next one chosen.
    const QDate today = store->clock()->today();
    const QDate next = PartyBadges::nextRound(today);
    for (QDate day = PartyBadges::nextRound(today.addYears(-1)); day <= today.addYears(1);
         day = PartyBadges::nextRound(day.addDays(1))) {
        m_ui->roundComboBox->addItem(VietnameseText::formDate(day), day);
        if (day == next)
            m_ui->roundComboBox->setCurrentIndex(m_ui->roundComboBox->count() - 1);
    }
    for (const Lookups::Item &item : Lookups::issuingBodies(*store))
        m_ui->bodyComboBox->addItem(item.text, item.value);
    if (const auto body = IssuingBodies::defaultBody(*store))
        m_ui->bodyComboBox->setCurrentIndex(m_ui->bodyComboBox->findData(body->id));
    m_ui->unitComboBox->addItem(tr("All units"), 0);
    for (const Lookups::Item &item : Lookups::units(*store))
        m_ui->unitComboBox->addItem(item.text, item.value);

    const QStringList headers {
        tr("Name"), tr("Unit"), tr("Admitted on"), tr("Years"), tr("Badge"), tr("Notes")};
    m_ui->membersTable->setColumnCount(ColumnCount);
    m_ui->membersTable->setHorizontalHeaderLabels(headers);
    QHeaderView *header = m_ui->membersTable->horizontalHeader();
    for (const int column : {Name, Unit, Admitted, Years, Badge})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Notes, QHeaderView::Stretch);
    m_ui->membersTable->verticalHeader()->hide();
    m_ui->membersTable->setWordWrap(true);
    // Wrapped notes take the height they need at the width the columns end up with.
    connect(header, &QHeaderView::sectionResized, m_ui->membersTable,
        &QTableWidget::resizeRowsToContents);

    connect(m_ui->roundComboBox, &QComboBox::currentIndexChanged, this, &BadgeRoundDialog::refill);
    connect(m_ui->unitComboBox, &QComboBox::currentIndexChanged, this, &BadgeRoundDialog::refill);
    connect(m_ui->membersTable, &QTableWidget::itemChanged, this, &BadgeRoundDialog::updateMessage);
    connect(m_ui->allButton, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(m_ui->noneButton, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        if (const auto id = createList()) {
            emit roundCreated(*id);
            accept();
        }
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    refill();
}

BadgeRoundDialog::~BadgeRoundDialog() = default;

QDate BadgeRoundDialog::roundOn() const
{
    return m_ui->roundComboBox->currentData().toDate();
}

qint64 BadgeRoundDialog::bodyId() const
{
    return m_ui->bodyComboBox->currentData().toLongLong();
}

qint64 BadgeRoundDialog::unitId() const
{
    return m_ui->unitComboBox->currentData().toLongLong();
}

void BadgeRoundDialog::refill()
{
    QString error;
    m_round = PartyBadges::candidates(*m_store, roundOn(), unitId(), &error);
    QTableWidget *table = m_ui->membersTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    if (!m_round) {
        m_ui->messageLabel->setText(error);
        return;
    }
    const QDate roundOn = m_round->roundOn;
    const auto addRow = [table, roundOn](const PartyBadges::Candidate &candidate, bool due) {
        const int row = table->rowCount();
        table->insertRow(row);
        const PartyBadges::Assessment &assessment = candidate.assessment;
        QStringList notes;
        if (due) {
            if (assessment.early)
                notes << tr("early, for a grave illness (reached on %1)")
                             .arg(VietnameseText::formDate(assessment.reachedOn));
            if (assessment.posthumous)
                notes << tr("posthumous (list 4B), died on %1")
                             .arg(VietnameseText::formDate(candidate.member.deceasedOn));
            if (assessment.noOfficialDate)
                notes << tr("no date made official recorded");
        } else {
            notes << assessment.why;
        }
        const QStringList texts {candidate.member.name, candidate.unitName,
            VietnameseText::formDate(candidate.member.admittedOn),
            QString::number(PartyBadges::partyYears(candidate.member.admittedOn,
                assessment.posthumous ? candidate.member.deceasedOn : roundOn)),
            tr("%1 years").arg(assessment.years), notes.join(QStringLiteral("; "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (!due)
                flags = Qt::ItemIsSelectable;
            if (column == Name && due) {
                flags |= Qt::ItemIsUserCheckable;
                item->setCheckState(Qt::Checked);
            }
            item->setFlags(flags);
            table->setItem(row, column, item);
        }
    };
    for (const auto &candidate : m_round->due)
        addRow(candidate, true);
    for (const auto &candidate : m_round->nearMisses)
        addRow(candidate, false);
    table->resizeRowsToContents();
    updateMessage();
}

QList<PartyBadges::Candidate> BadgeRoundDialog::ticked() const
{
    QList<PartyBadges::Candidate> members;
    if (!m_round)
        return members;
    for (int row = 0; row < m_round->due.size(); ++row) {
        const QTableWidgetItem *item = m_ui->membersTable->item(row, Name);
        if (item && item->checkState() == Qt::Checked)
            members << m_round->due.at(row);
    }
    return members;
}

void BadgeRoundDialog::setAllTicked(bool ticked)
{
    if (!m_round)
        return;
    {
        const QSignalBlocker blocker(m_ui->membersTable);
        for (int row = 0; row < m_round->due.size(); ++row)
            m_ui->membersTable->item(row, Name)->setCheckState(
                ticked ? Qt::Checked : Qt::Unchecked);
    }
    updateMessage();
}

void BadgeRoundDialog::updateMessage()
{
    if (!m_round)
        return;
    const int chosen = int(ticked().size());
    m_ui->messageLabel->setText(tr("%1 members due, %2 ticked; %3 not yet eligible.")
                                    .arg(m_round->due.size())
                                    .arg(chosen)
                                    .arg(m_round->nearMisses.size()));
    m_ui->createButton->setEnabled(chosen > 0 && bodyId() > 0);
}

std::optional<qint64> BadgeRoundDialog::createList()
{
    QString error;
    const auto id
        = PartyBadges::createRound(*m_store, roundOn(), bodyId(), unitId(), ticked(), &error);
    if (!id)
        QMessageBox::warning(this, windowTitle(), error);
    return id;
}

void BadgeRoundDialog::assignNumbers(Store *store, QWidget *parent)
{
    const QString title = tr("Badge numbers");
    const QList<std::pair<qint64, QString>> rounds = PartyBadges::decidedRounds(*store);
    if (rounds.isEmpty()) {
        QMessageBox::information(parent, title,
            tr("No round of Party membership badges is decided yet: badge numbers are given "
               "after the decision."));
        return;
    }
    QStringList names;
    for (const auto &round : rounds)
        names << round.second;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, title, tr("Give numbers to the round:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 id = rounds.at(names.indexOf(chosen)).first;
    QString prefix = PartyBadges::numberPrefix(*store);
    QString error;
    if (prefix.isEmpty()) {
        prefix = QInputDialog::getText(parent, title,
            tr("The provincial Party organization's code, which every badge number starts "
               "with:"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (!PartyBadges::setNumberPrefix(*store, prefix, &error)) {
            QMessageBox::warning(parent, title, error);
            return;
        }
        prefix = PartyBadges::numberPrefix(*store);
    }
    const auto given = PartyBadges::assignNumbers(*store, id, prefix, &error);
    if (!given)
        QMessageBox::warning(parent, title, error);
    else
        QMessageBox::information(parent, title,
            tr("%n badge number(s) given, starting with %1.", nullptr, *given).arg(prefix));
}

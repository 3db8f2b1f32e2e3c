#include "followuppage.h"
#include "ui_followuppage.h"

#include "core/catalogue.h"
#include "gui/common/listviews.h"
#include "models/followuplist.h"
#include "remedyhistorydialog.h"
#include "storage/store.h"

namespace {
// "Due within 30 days", as the page's check box says.
constexpr int dueSoonDays = 30;
} // namespace

FollowUpPage::FollowUpPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FollowUpPage>())
    , m_store(store)
    , m_model(new FollowUpList(store, this))
{
    m_ui->setupUi(this);
    // The title is the navigation's item, word for word.
    m_ui->titleLabel->setText(QCoreApplication::translate("MainWindow", "Inspection conclusions"));
    fillFilters();
    const auto filtered = [this] {
        if (m_model->rowCount() > 0 && !m_ui->recordsTableView->currentIndex().isValid())
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, FollowUpList::Content));
        updateState();
    };
    connect(m_ui->overdueCheckBox, &QCheckBox::toggled, this, [this, filtered](bool on) {
        // Overdue and due soon exclude each other: one deadline cannot be both.
        if (on && m_ui->dueSoonCheckBox->isChecked()) {
            const QSignalBlocker blocker(m_ui->dueSoonCheckBox);
            m_ui->dueSoonCheckBox->setChecked(false);
            m_model->setDueWithin(0);
        }
        m_model->setOverdueOnly(on);
        filtered();
    });
    connect(m_ui->dueSoonCheckBox, &QCheckBox::toggled, this, [this, filtered](bool on) {
        if (on && m_ui->overdueCheckBox->isChecked()) {
            const QSignalBlocker blocker(m_ui->overdueCheckBox);
            m_ui->overdueCheckBox->setChecked(false);
            m_model->setOverdueOnly(false);
        }
        m_model->setDueWithin(on ? dueSoonDays : 0);
        filtered();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this, filtered] {
        m_model->setStatus(m_ui->statusComboBox->currentData().toString());
        filtered();
    });
    connect(m_ui->targetComboBox, &QComboBox::currentIndexChanged, this, [this, filtered] {
        m_model->setTargetUnit(m_ui->targetComboBox->currentData().toLongLong());
        filtered();
    });
    connect(m_ui->inspectionComboBox, &QComboBox::currentIndexChanged, this, [this, filtered] {
        m_model->setInspection(m_ui->inspectionComboBox->currentData().toLongLong());
        filtered();
    });
    connect(m_ui->responsibleComboBox, &QComboBox::currentIndexChanged, this, [this, filtered] {
        m_model->setResponsibleUnit(m_ui->responsibleComboBox->currentData().toLongLong());
        filtered();
    });
    connect(
        m_ui->historyButton, &QPushButton::clicked, this, qOverload<>(&FollowUpPage::openHistory));

    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    // In the window at 1280 pixels (beside the navigation, a scroll bar kept room for), the
    // columns a secretary follows are in view up to the responsible unit, each as wide as its
    // header in bold; the report's date is in its text.
    table->hideColumn(FollowUpList::ReportedOn);
    for (const auto &[column, width] :
        {std::pair {FollowUpList::Target, 140}, {FollowUpList::Content, 211},
            {FollowUpList::Deadline, 85}, {FollowUpList::Due, 105}, {FollowUpList::Status, 105},
            {FollowUpList::LatestReport, 198}, {FollowUpList::ResponsibleUnit, 172}})
        table->setColumnWidth(column, width);
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] {
        if (m_model->rowCount() > 0)
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, FollowUpList::Content));
        updateState();
    });
    ListViews::addShortcuts(this, m_ui->filterLineEdit, {[this] { openHistory(); }, {}});
    ListViews::showFailure(m_ui->failureLabel, m_model->errorString());
    connect(m_model, &SqlListModel::queryFailed, this,
        [this](const QString &sentence) { ListViews::showFailure(m_ui->failureLabel, sentence); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FollowUpPage::updateState);
    connect(table, &QTableView::activated, this, qOverload<>(&FollowUpPage::openHistory));
    setFocusProxy(m_ui->filterLineEdit);
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, FollowUpList::Content));
    updateState();
}

FollowUpPage::~FollowUpPage() = default;

qint64 FollowUpPage::currentId() const
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void FollowUpPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(row, FollowUpList::Content));
}

void FollowUpPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *FollowUpPage::exportView() const
{
    return m_ui->recordsTableView;
}

void FollowUpPage::refresh()
{
    const qint64 id = currentId();
    fillFilters();
    m_model->refresh();
    selectId(id);
    updateState();
}

void FollowUpPage::fillFilters()
{
    QList<std::pair<QString, QVariant>> statuses {{tr("Not yet remedied"), QStringLiteral("open")}};
    for (const Labels::Choice &choice : Labels::choices(Labels::Enum::RecommendationStatus))
        statuses.append({choice.label, choice.code});
    ListViews::refill(m_ui->statusComboBox, tr("All"), statuses);
    const auto items = [](const QList<FollowUpList::Choice> &choices) {
        QList<std::pair<QString, QVariant>> list;
        for (const FollowUpList::Choice &choice : choices)
            list.append({choice.text, choice.id});
        return list;
    };
    ListViews::refill(
        m_ui->targetComboBox, tr("All targets"), items(FollowUpList::targetUnits(*m_store)));
    ListViews::refill(m_ui->inspectionComboBox, tr("All inspections"),
        items(FollowUpList::inspections(*m_store)));
    ListViews::refill(m_ui->responsibleComboBox, tr("All units"),
        items(FollowUpList::responsibleUnits(*m_store)));
}

QString FollowUpPage::countText() const
{
    return Catalogue::tableCount(QStringLiteral("recommendation"), m_model->matchingCount())
        + QStringLiteral(" · ") + tr("%n overdue", nullptr, m_model->overdueMatchingCount());
}

void FollowUpPage::updateState()
{
    m_ui->historyButton->setEnabled(currentId() != 0);
    m_ui->countLabel->setText(countText());
}

RemedyHistoryDialog *FollowUpPage::openHistory()
{
    return openHistory(currentId());
}

void FollowUpPage::setOverdueOnly(bool only)
{
    m_ui->overdueCheckBox->setChecked(only);
}

void FollowUpPage::setDueSoonOnly(bool only)
{
    m_ui->dueSoonCheckBox->setChecked(only);
}

RemedyHistoryDialog *FollowUpPage::openHistory(qint64 id)
{
    if (!id)
        return nullptr;
    auto *dialog = new RemedyHistoryDialog(m_store, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemedyHistoryDialog::recorded, this, [this, id] {
        m_model->refresh();
        selectId(id);
        updateState();
        emit changed();
    });
    dialog->open();
    return dialog;
}

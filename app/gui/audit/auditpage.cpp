#include "auditpage.h"
#include "ui_auditpage.h"

#include "gui/common/listviews.h"
#include "models/audithistory.h"
#include "models/auditlist.h"
#include "storage/auditlog.h"
#include "storage/store.h"

#include <QMessageBox>
#include <QTimer>
#include <QTimeZone>

AuditPage::AuditPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_store(store)
    , m_model(new AuditList(store, this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    table->hideColumn(AuditList::Changes + 1);
    table->setColumnWidth(AuditList::When,
        table->fontMetrics().horizontalAdvance(QStringLiteral("00:00 00/00/00000")));
    // What changed is what a reviewer reads: the record's name gives it room.
    table->setColumnWidth(AuditList::Record,
        qMin(table->columnWidth(AuditList::Record), table->fontMetrics().averageCharWidth() * 28));
    // Its filters and count wait until the page is first shown: the log of years is long, and
    // a window opens on another page.
    m_stale = true;
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] { updateCount(); });
    // Every change is logged: the page follows them, at once when shown, else when it shows.
    // (A save announces each table it wrote: one refresh for them all.)
    connect(m_store, &Store::changed, this, [this] {
        if (m_stale)
            return;
        m_stale = true;
        if (isVisible())
            QTimer::singleShot(0, this, [this] {
                if (m_stale && isVisible())
                    refresh();
            });
    });
    ListViews::addShortcuts(this, m_ui->filterLineEdit);
    ListViews::showFailure(m_ui->failureLabel, m_model->errorString());
    connect(m_model, &SqlListModel::queryFailed, this,
        [this](const QString &sentence) { ListViews::showFailure(m_ui->failureLabel, sentence); });
    connect(m_ui->tableComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("table"), QStringLiteral("a.table_name = ?"),
            m_ui->tableComboBox->currentData());
        updateCount();
    });
    connect(m_ui->userComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCondition(QStringLiteral("user"), QStringLiteral("a.user_name = ?"),
            m_ui->userComboBox->currentData());
        updateCount();
    });
    for (DateLineEdit *edit : {m_ui->fromDateEdit, m_ui->toDateEdit})
        connect(edit, &DateLineEdit::valueChanged, this, &AuditPage::applyDates);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] {
        const QStringList problems = verify();
        if (problems.isEmpty())
            QMessageBox::information(this, tr("Change log"),
                tr("The change log is whole: no row was changed or removed "
                   "outside the program."));
        else
            QMessageBox::warning(this, tr("Change log"),
                tr("The change log is not whole:") + QStringLiteral("\n")
                    + problems.join(QLatin1Char('\n')));
    });
    setFocusProxy(m_ui->filterLineEdit);
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AuditPage::focusFilter()
{
    ListViews::focusFilter(m_ui->filterLineEdit);
}

QTableView *AuditPage::exportView() const
{
    return m_ui->recordsTableView;
}

void AuditPage::fillFilters()
{
    const QVariant table = m_ui->tableComboBox->currentData();
    const QVariant user = m_ui->userComboBox->currentData();
    const QSignalBlocker tableBlocker(m_ui->tableComboBox);
    const QSignalBlocker userBlocker(m_ui->userComboBox);
    m_ui->tableComboBox->clear();
    m_ui->tableComboBox->addItem(tr("All kinds"), QVariant());
    for (const QString &name : AuditList::tables(*m_store)) {
        AuditEntry entry;
        entry.table = name;
        m_ui->tableComboBox->addItem(AuditHistory::subject(entry), name);
    }
    m_ui->userComboBox->clear();
    m_ui->userComboBox->addItem(tr("Anyone"), QVariant());
    for (const QString &name : AuditList::users(*m_store))
        m_ui->userComboBox->addItem(name, name);
    m_ui->tableComboBox->setCurrentIndex(qMax(0, m_ui->tableComboBox->findData(table)));
    m_ui->userComboBox->setCurrentIndex(qMax(0, m_ui->userComboBox->findData(user)));
}

void AuditPage::applyDates()
{
    // The log keeps UTC; the office filters by its own days.
    const auto utc = [](const QDate &day) {
        return AuditLog::timestamp(QDateTime(day, QTime(0, 0), Qt::LocalTime));
    };
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    m_model->setCondition(QStringLiteral("from"), QStringLiteral("a.at >= ?"),
        from.isValid() ? QVariant(utc(from)) : QVariant());
    m_model->setCondition(QStringLiteral("to"), QStringLiteral("a.at < ?"),
        to.isValid() ? QVariant(utc(to.addDays(1))) : QVariant());
    updateCount();
}

void AuditPage::setTable(const QString &table)
{
    m_ui->tableComboBox->setCurrentIndex(qMax(0, m_ui->tableComboBox->findData(table)));
}

void AuditPage::setUser(const QString &user)
{
    m_ui->userComboBox->setCurrentIndex(qMax(0, m_ui->userComboBox->findData(user)));
}

void AuditPage::setDates(const QDate &from, const QDate &to)
{
    m_ui->fromDateEdit->setValue(
        from.isValid() ? QVariant(from.toString(Qt::ISODate)) : QVariant());
    m_ui->toDateEdit->setValue(to.isValid() ? QVariant(to.toString(Qt::ISODate)) : QVariant());
    applyDates();
}

void AuditPage::refresh()
{
    m_stale = false;
    fillFilters();
    m_model->refresh();
    updateCount();
}

QStringList AuditPage::verify()
{
    return m_store->verifyAuditLog();
}

void AuditPage::updateCount()
{
    m_ui->countLabel->setText(tr("%n change(s)", nullptr, m_model->matchingCount()));
}

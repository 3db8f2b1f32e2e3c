#include "conferencespage.h"
#include "ui_conferencespage.h"

#include "documentprinter.h"
#include "listviews.h"
#include "models/worklists.h"
#include "storage/documentregister.h"
#include "text/vietnamesetext.h"

#include <QMessageBox>

ConferencesPage::ConferencesPage(const QSqlDatabase &db, const QString &databasePath,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConferencesPage>())
    , m_db(db)
    , m_databasePath(databasePath)
    , m_model(WorkLists::conferences(db, this))
{
    m_ui->setupUi(this);
    for (const QString &kind : Reports::kinds())
        m_ui->reportKindComboBox->addItem(Reports::kindTitle(kind), kind);

    QTableView *table = m_ui->recordsTableView;
    ListViews::setUp(table, m_model);
    ListViews::connectFilter(m_ui->filterLineEdit, m_model, [this] {
        if (m_model->rowCount() > 0)
            m_ui->recordsTableView->setCurrentIndex(m_model->index(0, WorkLists::ConferenceTitle));
        updateState();
    });
    ListViews::addFindShortcut(this, m_ui->filterLineEdit);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConferencesPage::updateState);
    connect(m_ui->reportKindComboBox, &QComboBox::currentIndexChanged, this,
            &ConferencesPage::updateState);
    connect(m_ui->issueNumberButton, &QPushButton::clicked, this, [this] { issueNumber(); });
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ConferencesPage::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ConferencesPage::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ConferencesPage::exportDocument);
    connect(table, &QTableView::activated, this, &ConferencesPage::preview);
    setFocusProxy(m_ui->filterLineEdit);
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, WorkLists::ConferenceTitle));
    updateState();
}

ConferencesPage::~ConferencesPage() = default;

qint64 ConferencesPage::currentId() const
{
    const QModelIndex current = m_ui->recordsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ConferencesPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_ui->recordsTableView->setCurrentIndex(m_model->index(row, WorkLists::ConferenceTitle));
}

QString ConferencesPage::reportKind() const
{
    return m_ui->reportKindComboBox->currentData().toString();
}

void ConferencesPage::refresh()
{
    const qint64 id = currentId();
    m_model->refresh();
    selectId(id);
    updateState();
}

void ConferencesPage::updateState()
{
    const qint64 id = currentId();
    for (QPushButton *button : {m_ui->issueNumberButton, m_ui->previewButton, m_ui->printButton,
                                m_ui->exportButton})
        button->setEnabled(id != 0);
    if (!id) {
        m_ui->numberLabel->setText(tr("Select a conference to print its documents."));
        return;
    }
    const auto entry = DocumentRegister::forConference(m_db, id, reportKind());
    m_ui->numberLabel->setText(
            entry ? tr("%1: number %2 of %3 in the outgoing document register.")
                            .arg(Reports::kindTitle(reportKind()), entry->code,
                                 VietnameseText::formDate(entry->issuedOn))
                  : tr("%1: no number yet — it prints as a draft with room for the number.")
                            .arg(Reports::kindTitle(reportKind())));
}

std::optional<Reports::Built> ConferencesPage::buildCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return std::nullopt;
    QString error;
    auto built = Reports::build(m_db, m_databasePath, reportKind(), id, &error);
    if (!built)
        QMessageBox::warning(this, Reports::kindTitle(reportKind()), error);
    return built;
}

void ConferencesPage::preview()
{
    if (const auto built = buildCurrent())
        DocumentPrinter::preview(*built, this);
}

void ConferencesPage::print()
{
    if (const auto built = buildCurrent())
        DocumentPrinter::print(*built, this);
}

void ConferencesPage::exportDocument()
{
    if (const auto built = buildCurrent()) {
        const auto entry = DocumentRegister::forConference(m_db, currentId(), reportKind());
        QString name = entry ? entry->code : reportKind();
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        DocumentPrinter::exportTo(*built, name, this);
    }
}

bool ConferencesPage::issueNumber(const QDate &date)
{
    const qint64 id = currentId();
    if (!id)
        return false;
    const QString title = Reports::kindTitle(reportKind());
    if (const auto entry = DocumentRegister::forConference(m_db, id, reportKind())) {
        QMessageBox::information(this, title,
                                 tr("This document already has the number %1. To give it another, "
                                    "cancel that number in the outgoing document register first.")
                                         .arg(entry->code));
        return false;
    }
    const auto built = buildCurrent();
    if (!built)
        return false;
    const QString typeCode = built->data.value(QStringLiteral("type_code")).toString();
    QMessageBox confirm(QMessageBox::Question, title,
                        tr("Give “%1” the next number of type %2/%3, dated %4?")
                                .arg(built->title.left(120), typeCode, built->profile.issuerCode,
                                     VietnameseText::formDate(date)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("A number once given is never given again, even if the "
                                  "document is cancelled."));
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    DocumentRegister::Request request;
    request.typeCode = typeCode;
    request.issuerCode = built->profile.issuerCode;
    request.issuedOn = date;
    request.reportKind = reportKind();
    request.excerpt = built->data.value(QStringLiteral("excerpt")).toString();
    request.signer = built->profile.signerName;
    request.conferenceId = id;
    QString error;
    if (!DocumentRegister::issue(m_db, request, &error)) {
        QMessageBox::warning(this, title, error);
        return false;
    }
    updateState();
    emit changed();
    return true;
}

#pragma once

#include <QByteArray>
#include <QDialog>

#include <memory>

namespace Ui {
class RemedyEventDialog;
}
class Store;

// Records one event of a recommendation's history (Remedies::record): a remedy report received,
// a reminder sent or a re-check's result — its date (today by default, from the store's clock),
// what it says, the status it leaves the recommendation in (a sensible default for the kind) and
// a file attached to it (the report as received). A refusal is shown in the dialog, which stays
// open with everything typed.
class RemedyEventDialog : public QDialog
{
    Q_OBJECT

public:
    RemedyEventDialog(
        Store *store, qint64 recommendationId, const QString &kind, QWidget *parent = nullptr);
    ~RemedyEventDialog() override;

    QString kind() const { return m_kind; }
    // The file to attach, as if chosen (tests, drag and drop); an empty name removes it.
    void setFile(const QString &fileName, const QByteArray &bytes);
    // The id of the event recorded once accepted.
    qint64 recordedId() const { return m_recordedId; }
    QString errorText() const;

    void accept() override;

private:
    void chooseFile();

    std::unique_ptr<Ui::RemedyEventDialog> m_ui;
    Store *m_store;
    qint64 m_recommendationId;
    QString m_kind;
    QString m_fileName;
    QByteArray m_fileBytes;
    qint64 m_recordedId = 0;
};

#pragma once

#include "io/recipientcsv.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RecipientImportDialog;
}
class QPushButton;
class Store;

// Shows what a commendation's list (an Excel sheet or a CSV file) would add, row by row, before
// anything is taken: the collectives and people it matches in the directory, the people it would
// add, and every problem with its sentence. Import is offered only for a file without problems;
// the rows then join the editor's list (stored when the commendation is saved). The caller picks
// the file; a workbook of several sheets shows a choice of the sheet.
class RecipientImportDialog : public QDialog
{
    Q_OBJECT

public:
    RecipientImportDialog(Store *store, const QVector<QVariantMap> &listed, const QString &path,
        QWidget *parent = nullptr);
    ~RecipientImportDialog() override;

    bool hasPreview() const { return m_preview.has_value(); }
    const std::optional<RecipientCsv::Preview> &preview() const { return m_preview; }
    // The rows the list takes (RecipientCsv::listRows); empty while the file has problems.
    QList<QVariantMap> rows() const;
    QString message() const { return m_message; }

private:
    // Reads the file's sheet of that index (a CSV file has one) into the preview and shows it.
    void load(int sheet);

    std::unique_ptr<Ui::RecipientImportDialog> m_ui;
    Store *m_store;
    QVector<QVariantMap> m_listed;
    QString m_path;
    QByteArray m_content; // read once; each sheet chosen is read from it
    std::optional<RecipientCsv::Preview> m_preview;
    QPushButton *m_importButton = nullptr;
    QString m_message;
};

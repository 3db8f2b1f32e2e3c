#pragma once

#include "reports/formatprofile.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class Store;

namespace Ui {
class FormatProfileDialog;
}

// Edits the format profile that every printed Party document is laid out with
// (DOCUMENT-FORMAT.md): page and fonts on one tab, the wording where the guidances differ on the
// other (the header, signer and recipients are each issuing body's). The profile is one setting,
// not a table row, so the form is filled from and read into a FormatProfile rather than bound
// through QDataWidgetMapper; otherwise it behaves like every editor: a refused save shows the
// sentence inline and keeps what was typed, and leaving with unsaved changes asks first.
class FormatProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormatProfileDialog(Store *store, QWidget *parent = nullptr);
    ~FormatProfileDialog() override;

    // The values in the form (texts NFC).
    FormatProfile profile() const;
    // Puts a profile into the form without saving it.
    void setProfile(const FormatProfile &profile);

    // Validates and writes to the database; false (with the sentence shown) when refused.
    bool save();
    // The sentence shown under the form, empty when none is.
    QString message() const;
    bool isDirty() const;

    // What the Import… and Export… buttons do once a file is chosen.
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // Asks, then puts FormatProfile::defaults() into the form.
    void restoreDefaults();

public slots:
    void reject() override;

private:
    enum class MessageKind { Error, Information };

    void chooseImportFile();
    void chooseExportFile();
    void markClean();
    void updateDirty();
    void updateFontNote();
    void showMessage(const QString &sentence, MessageKind kind = MessageKind::Error);
    void showRefusal(const QString &sentence, const FormatProfile &refused);
    QWidget *widgetToFix(const FormatProfile &refused) const;

    Store *m_store;
    std::unique_ptr<Ui::FormatProfileDialog> m_ui;
    FormatProfile m_saved; // what the database holds, put back on Discard
    QJsonObject m_cleanForm; // the form's values when last loaded or saved
    QString m_title;
    QString m_errorStyle;
    QString m_fileDirectory;
};

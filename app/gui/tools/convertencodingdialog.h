#pragma once

#include "text/legacyencoding.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConvertEncodingDialog;
}
class QPushButton;

// Công cụ › Chuyển mã: text pasted from a file typed in TCVN3 (ABC), VNI Windows or Windows-1258
// shown as Unicode (NFC) while it is typed, for the secretary's other work. The encoding is
// found by itself (and named) or chosen; Copy puts the Unicode text on the clipboard.
class ConvertEncodingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConvertEncodingDialog(QWidget *parent = nullptr);
    ~ConvertEncodingDialog() override;

    void setSourceText(const QString &text);
    QString convertedText() const;
    // The encoding chosen; None for "detect".
    void setEncoding(LegacyEncoding encoding);
    // The encoding the text is read in: the chosen one, or the one detected.
    LegacyEncoding encodingUsed() const { return m_used; }
    QString detectedText() const;

private:
    void convert();

    std::unique_ptr<Ui::ConvertEncodingDialog> m_ui;
    QPushButton *m_copyButton;
    LegacyEncoding m_used = LegacyEncoding::None;
};

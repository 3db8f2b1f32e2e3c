#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class LegalDocumentEditor;
}

// A document of the directory (văn bản): number and code as written ("39-CT/TW"), type, issuer,
// date and excerpt.
class LegalDocumentEditor : public RecordEditor
{
    Q_OBJECT

public:
    LegalDocumentEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~LegalDocumentEditor() override;

    // "39-CT/TW" -> true; "Số: 30/2020/NĐ-CP" (a state document's style) -> false.
    static bool isPartyCode(const QString &code);

protected:
    bool validate(QString *sentence, QWidget **focus) const override;

private:
    void guessType(const QString &code);

    std::unique_ptr<Ui::LegalDocumentEditor> m_ui;
};

#pragma once

#include "gui/common/recordeditor.h"

#include <QDate>

#include <memory>

namespace Ui {
class IssuingBodyEditor;
}
class ChildRowsModel;
class QLineEdit;
class QTableView;

// An issuing body (cơ quan ban hành): the two header lines as they print, place, code, unit,
// how its numbers run; its terms (nhiệm kỳ), which may not overlap; and who signs each kind of
// document for it, with the recipients. The body and its rows are saved in one transaction.
class IssuingBodyEditor : public RecordEditor
{
    Q_OBJECT

public:
    IssuingBodyEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~IssuingBodyEditor() override;

    ChildRowsModel *terms() const { return m_terms; }
    ChildRowsModel *signers() const { return m_signers; }
    void addTerm();
    void addSigner();

    // The row of the term that holds `day`; -1 when none does.
    int termOn(const QDate &day) const;
    // A Party document's authority line (T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, T/L BAN THƯỜNG VỤ);
    // false, with the sentence, for a state document's (TM., KT., TL.).
    static bool isPartyAuthority(const QString &authority, QString *sentence);
    // The words the signers' table shows for a document kind ('' for every other kind).
    static QString kindLabel(const QString &kind);

protected:
    bool validate(QString *sentence, QWidget **focus) const override;
    void loaded() override;
    bool saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
        std::optional<ChildRowsModel::Conflict> *conflict) override;
    bool childrenDirty() const override;
    void rebaseChildren() override;

private:
    void capitalize(QLineEdit *edit);
    void moveSigner(int step);
    void updatePreview();
    void updateCurrentTerm();
    void showRecipients();
    void takeRecipients();
    bool validateTerms(QString *sentence, QWidget **focus) const;
    bool validateSigners(QString *sentence, QWidget **focus) const;

    std::unique_ptr<Ui::IssuingBodyEditor> m_ui;
    ChildRowsModel *m_terms;
    ChildRowsModel *m_signers;
    int m_currentTerm = -1;
    bool m_showingRecipients = false;
};

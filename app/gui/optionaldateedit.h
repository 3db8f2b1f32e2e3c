#pragma once

#include <QDateEdit>

// A date that may be empty (an unknown end of validity, a document's date not yet known).
// Its value is ISO text or NULL, as stored; it shows dd/MM/yyyy with a calendar popup.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QVariant value() const;
    void setValue(const QVariant &value);
    bool isEmpty() const;
    void clearValue();

signals:
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void startFromToday();
};

#include "placeholderpage.h"
#include "ui_placeholderpage.h"

#include <QPalette>

PlaceholderPage::PlaceholderPage(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->messageLabel->setContentsMargins(48, 0, 48, 0);
    QPalette grey = m_ui->messageLabel->palette();
    grey.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_ui->messageLabel->setPalette(grey);
}

PlaceholderPage::~PlaceholderPage() = default;

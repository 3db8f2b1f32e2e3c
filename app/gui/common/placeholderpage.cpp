#include "placeholderpage.h"
#include "ui_placeholderpage.h"

PlaceholderPage::PlaceholderPage(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
}

PlaceholderPage::~PlaceholderPage() = default;

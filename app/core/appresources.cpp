#include "appresources.h"

#include <QFile>
#include <QtGlobal>

static void initSecretariatResources()
{
    Q_INIT_RESOURCE(secretariat);
}

void AppResources::ensureLoaded()
{
    static const bool loaded = (initSecretariatResources(), true);
    Q_UNUSED(loaded);
}

QIcon AppResources::icon(const QString &name)
{
    ensureLoaded();
    const QString bundled = QStringLiteral(":/icons/%1.svg").arg(name);
    const QIcon own = QFile::exists(bundled) ? QIcon(bundled) : QIcon();
    return QIcon::fromTheme(name, own);
}

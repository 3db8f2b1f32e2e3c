#include "appresources.h"

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

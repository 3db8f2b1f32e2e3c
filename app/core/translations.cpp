#include "translations.h"

#include "appresources.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

bool Translations::install(QCoreApplication *app, const QString &language)
{
    AppResources::ensureLoaded();
    const bool vietnamese = language != QLatin1String("en");
    QLocale::setDefault(vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
    bool ok = true;
    const QStringList files = vietnamese ? QStringList {QStringLiteral(":/i18n/secretariat_vi.qm"),
                                  QStringLiteral(":/i18n/qtbase_vi.qm")}
                                         : QStringList {QStringLiteral(":/i18n/secretariat_en.qm")};
    for (const QString &file : files) {
        auto *translator = new QTranslator(app);
        if (translator->load(file))
            QCoreApplication::installTranslator(translator);
        else
            ok = false;
    }
    return ok;
}

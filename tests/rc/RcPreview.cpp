// rc_preview: opens the relational coordination window on fresh demo data and saves
// screenshots, for looking at the UI (e.g. under xvfb-run). Not a test.
//   rc_preview OUTDIR [da|en]
#include "core/Modules.h"
#include "app/common/Startup.h"
#include "core/demo/DemoData.h"
#include "core/rc/RcRepository.h"
#include "ui/rc/RcMatrixView.h"
#include "ui/rc/RcResponseForm.h"
#include "ui/rc/RcWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace samspil;

int main(int argc, char** argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    registerCoreModules();
    const QStringList args = QApplication::arguments();
    const QString out = args.value(1, QStringLiteral("."));
    installTranslations(app, args.value(2, QStringLiteral("da")));
    QTemporaryDir dir;
    OpenOptions o;
    o.path = dir.filePath(QStringLiteral("preview.db"));
    auto db = Database::open(o);
    if (!db || !DemoData::populate(*db.value(), {0, 7})) {
        return 1;
    }
    ui::RcWindow w(*db.value());
    w.resize(1500, 900);
    w.show();
    const auto surveys = RcRepository(*db.value()).surveys();
    auto* compare = w.findChild<QComboBox*>(QStringLiteral("compareWith"));
    compare->setCurrentIndex(compare->findData(surveys.front().id));
    w.matrixView()->selectTie(QStringLiteral("Virksomhedskonsulenter"), QStringLiteral("Psykologer"));
    QDir().mkpath(out);
    QTimer::singleShot(300, [&] {
        w.grab().save(QDir(out).filePath(QStringLiteral("rc-matrix.png")));
        w.matrixView()->savePng(QDir(out).filePath(QStringLiteral("rc-report.png")));
        w.findChild<QTabWidget*>(QStringLiteral("rcTabs"))->setCurrentIndex(1);
        auto* own = w.responseForm()->findChild<QComboBox*>(QStringLiteral("ownGroup"));
        own->setCurrentIndex(2);
        w.responseForm()->findChild<QRadioButton*>(QStringLiteral("answer_0_frequent_4"))->click();
        w.responseForm()->findChild<QRadioButton*>(QStringLiteral("answer_0_timely_3"))->click();
        QTimer::singleShot(300, [&] {
            w.grab().save(QDir(out).filePath(QStringLiteral("rc-form.png")));
            app.quit();
        });
    });
    return app.exec();
}

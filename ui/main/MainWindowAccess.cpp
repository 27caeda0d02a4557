// The main window's user: the session of the operating-system account (core/staff/Session),
// what it may do, the page an account that may not see citizens gets, the first account of a new
// database, and training as another person in a demo database.
#include "MainWindow.h"

#include "core/staff/StaffRepository.h"
#include "ui/caseload/CaseloadModel.h"
#include "core/storage/Database.h"
#include "ui/common/MessageBox.h"
#include "ui/main/AccessPage.h"
#include "ui/staff/FirstAccountDialog.h"
#include "ui/staff/StaffDialog.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {

bool demoDatabase(const Database& db)
{
    return db.meta(QStringLiteral("demo")) == QLatin1String("1");
}

/// Holds off refreshSession() while the window changes the session itself (the writes it
/// makes announce staff changes of their own).
struct Busy
{
    explicit Busy(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~Busy() { m_flag = false; }
    bool& m_flag;
};

} // namespace

QWidget* MainWindow::buildCentral()
{
    auto* central = new QWidget(this);
    m_trainingBanner = new QLabel(central);
    m_trainingBanner->setObjectName(QStringLiteral("trainingBanner"));
    m_trainingBanner->setTextFormat(Qt::PlainText);
    m_trainingBanner->setWordWrap(true);
    m_trainingBanner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #4d3300; font-weight: bold; "
                                                   "padding: 6px 12px; border-bottom: 2px solid #d39e00;"));
    m_trainingBanner->hide();

    m_stack->setObjectName(QStringLiteral("pages"));
    m_caseloadPage = buildCaseloadPage();
    m_stack->addWidget(m_caseloadPage);
    m_accessPage = new AccessPage(m_stack);
    m_stack->addWidget(m_accessPage);
    connect(m_accessPage, &AccessPage::firstAccountRequested, this, &MainWindow::startFirstAccount);
    connect(m_accessPage, &AccessPage::retryRequested, this,
            [this] { refreshSession({QStringLiteral("staff_account")}); });

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trainingBanner);
    layout->addWidget(m_stack, 1);
    return central;
}

void MainWindow::buildTeamMenu()
{
    m_teamMenu = menuBar()->addMenu(tr("&Team"));
    m_staffAction = m_teamMenu->addAction(tr("&Staff…"), this, &MainWindow::manageStaff);
    m_staffAction->setObjectName(QStringLiteral("staffAction"));
    m_staffAction->setStatusTip(tr("Add staff members, their accounts and roles (leaders only)"));
    m_trainingAction = m_teamMenu->addAction(tr("&Practise as someone else…"), this, &MainWindow::chooseTrainingPerson);
    m_trainingAction->setObjectName(QStringLiteral("trainingAction"));
    m_trainingAction->setStatusTip(tr("Demo database only: act as another demo staff member, for training"));
    m_stopTrainingAction = m_teamMenu->addAction(tr("Stop &practising"), this, &MainWindow::stopTraining);
    m_stopTrainingAction->setObjectName(QStringLiteral("stopTrainingAction"));
    m_teamMenu->addSeparator();
}

void MainWindow::setSession(const Session& session)
{
    m_session = session;
    if (m_db.principal().staffId == m_user && m_model->rowCount() > 0) {
        applyAccess(); // the window was built for this user already
    } else {
        applyUser();
    }
}

bool MainWindow::member() const
{
    return m_db.principal().can(Capability::ReadCitizens);
}

void MainWindow::applyAccess()
{
    const Principal& p = m_db.principal();
    const bool in = member();
    for (QMenu* menu : {m_citizenMenu, m_teamMenu}) {
        menu->menuAction()->setEnabled(in);
        for (QAction* a : menu->actions()) {
            a->setEnabled(in);
        }
    }
    for (QAction* a : m_fileMenu->actions()) {
        const QString name = a->objectName();
        if (name != QLatin1String("quitAction")) {
            // A PC joining its team may sync before anyone has added its account.
            a->setEnabled(name.startsWith(QLatin1String("sync")) ? p.can(Capability::Sync) : in);
        }
    }
    m_staffAction->setEnabled(in && p.can(Capability::ManageStaff));
    m_trainingAction->setVisible(demoDatabase(m_db));
    m_stopTrainingAction->setVisible(p.training);
    const auto me = m_user.isEmpty() ? std::nullopt : StaffRepository(m_db).get(m_user);
    m_trainingBanner->setVisible(p.training);
    if (p.training && me) {
        m_trainingBanner->setText(tr("Training: you act as %1 (%2). Everything you do is recorded as theirs, in "
                                     "this demo database only. Team ▸ Stop practising ends it.")
                                      .arg(me->name, Professions::label(me->profession)));
    }
    if (in) {
        if (m_stack->currentWidget() == m_accessPage) {
            m_stack->setCurrentWidget(m_caseloadPage);
        }
        updateActions();
    } else {
        closeCitizenPage(false); // nothing on it may be seen or saved any more
        m_accessPage->setSession(m_session ? &*m_session : nullptr, m_db.require(Capability::ReadCitizens).error());
        m_stack->setCurrentWidget(m_accessPage);
    }
    updateTitle();
}

void MainWindow::refreshSession(const QSet<QString>& tables)
{
    if (!m_session || m_sessionBusy || m_db.principal().training
        || !(tables.contains(QStringLiteral("staff")) || tables.contains(QStringLiteral("staff_account")))) {
        return;
    }
    const Busy busy(m_sessionBusy);
    const bool wasMember = member();
    const QString before = m_user;
    auto again = Session::start(m_db, m_session->account());
    if (!again) {
        statusBar()->showMessage(again.error(), 8000);
        return;
    }
    m_session = std::move(again).value();
    if (member() != wasMember || m_db.principal().staffId != before) {
        applyUser();
    } else {
        applyAccess(); // a role may have changed
    }
}

bool MainWindow::startFirstAccount()
{
    if (!m_session || m_session->standing() != Session::Standing::NoAccounts) {
        return member();
    }
    FirstAccountDialog dialog(m_db, m_session->account(), this);
    {
        const Busy busy(m_sessionBusy);
        if (dialog.exec() != QDialog::Accepted || !dialog.session()) {
            return false;
        }
    }
    setSession(*dialog.session());
    statusBar()->showMessage(tr("You are the team's leader. Add the other staff members and their accounts under "
                                "Team ▸ Staff."),
                             15000);
    return true;
}

bool MainWindow::trainAs(const QString& staffId)
{
    if (!m_session) {
        return false;
    }
    if (!closeCitizenPage()) {
        return false;
    }
    const Busy busy(m_sessionBusy);
    auto training = Session::actInTraining(m_db, m_session->account(), staffId);
    if (!training) {
        MessageBox::warning(this, tr("Practise as someone else"), training.error());
        return false;
    }
    setSession(*training);
    return true;
}

bool MainWindow::stopTraining()
{
    if (!m_session || !m_session->training() || !closeCitizenPage()) {
        return false;
    }
    const Busy busy(m_sessionBusy);
    auto own = Session::start(m_db, m_session->account());
    if (!own) {
        MessageBox::warning(this, tr("Stop practising"), own.error());
        return false;
    }
    setSession(*own);
    return true;
}

void MainWindow::chooseTrainingPerson()
{
    QStringList labels;
    QStringList ids;
    for (const Staff& s : StaffRepository(m_db).all(false)) {
        if (s.id != m_user) {
            labels << tr("%1 (%2) – %3").arg(s.name, s.initials, Professions::label(s.profession));
            ids << s.id;
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Practise as someone else"),
        tr("In the demo database you can act as another staff member, to see Samspil as they do. The window is "
           "marked while you practise.\n\nAct as:"),
        labels, 0, false, &ok);
    if (ok && labels.contains(chosen)) {
        trainAs(ids.at(labels.indexOf(chosen)));
    }
}

void MainWindow::updateTitle()
{
    QStringList parts{m_demo ? tr("Samspil [DEMO]") : QStringLiteral("Samspil")};
    const auto me = m_user.isEmpty() ? std::nullopt : StaffRepository(m_db).get(m_user);
    if (me && m_db.principal().training) {
        parts.prepend(tr("TRAINING: you act as %1").arg(me->name));
    } else if (me) {
        parts << me->name;
    } else if (m_session && !member()) {
        parts << tr("the account %1 is not a user").arg(m_session->account().name);
    }
    parts << QFileInfo(m_db.path()).fileName();
    if (m_demo) {
        parts << tr("Demo data – fictitious citizens");
    }
    setWindowTitle(parts.join(QStringLiteral(" – ")));
}

void MainWindow::manageStaff()
{
    if (const auto allowed = m_db.require(Capability::ManageStaff); !allowed) {
        MessageBox::warning(this, tr("Staff"), allowed.error());
        return;
    }
    StaffDialog dialog(m_db, this);
    dialog.exec();
    updateTitle();
}

} // namespace samspil::ui

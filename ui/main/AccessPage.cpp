#include "AccessPage.h"

#include "core/staff/Session.h"
#include "ui/common/Layouts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samspil::ui {

AccessPage::AccessPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_firstAccount(new QPushButton(tr("Become the team's &first leader…"), this))
    , m_retry(new QPushButton(tr("&Look up the account again"), this))
{
    setObjectName(QStringLiteral("accessPage"));
    m_heading->setObjectName(QStringLiteral("accessHeading"));
    m_message->setObjectName(QStringLiteral("accessMessage"));
    m_hint->setObjectName(QStringLiteral("accessHint"));
    m_firstAccount->setObjectName(QStringLiteral("firstAccountButton"));
    m_retry->setObjectName(QStringLiteral("retryAccessButton"));
    m_retry->setToolTip(tr("After a leader has added the account and this PC has synchronised"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_heading->setFont(big);
    for (QLabel* l : {m_heading, m_message, m_hint}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText); // account and staff names are shown, never interpreted
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* box = new QVBoxLayout;
    box->addWidget(m_heading);
    box->addSpacing(8);
    box->addWidget(m_message);
    box->addSpacing(8);
    box->addWidget(m_hint);
    box->addSpacing(12);
    box->addLayout(row(this, {m_firstAccount, m_retry}));

    // A column in the middle of the window; its labels wrap to its whole width (a maximum
    // width on a wrapping label would leave it too short for its lines).
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(box, 3);
    centre->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);

    connect(m_firstAccount, &QPushButton::clicked, this, &AccessPage::firstAccountRequested);
    connect(m_retry, &QPushButton::clicked, this, &AccessPage::retryRequested);
}

void AccessPage::setSession(const Session* session, const QString& fallback)
{
    const bool noAccounts = session && session->standing() == Session::Standing::NoAccounts;
    m_heading->setText(noAccounts ? tr("Samspil has no users in this database yet")
                                  : tr("Samspil shows no citizen data to this account"));
    // A new database: what to do in this window says more than core's general words (which
    // name the command line too).
    m_message->setText(noAccounts ? QString() : session ? session->refusal() : fallback);
    m_message->setVisible(!noAccounts);
    if (noAccounts) {
        m_hint->setText(tr("If you are the first in your team to use Samspil, you become the team's first leader: give "
                           "your name and initials. If this PC is to join a team that already uses Samspil, choose "
                           "File ▸ Sync… instead and join the team's shared folder; a leader of the team then adds "
                           "your account."));
    } else {
        m_hint->setText(tr("A leader adds the account under Team ▸ Staff. When this PC has synchronised with the "
                           "team, look the account up again, or start Samspil again."));
    }
    m_firstAccount->setVisible(noAccounts);
    m_retry->setVisible(session != nullptr);
}

QString AccessPage::message() const
{
    return m_message->text();
}

} // namespace samspil::ui

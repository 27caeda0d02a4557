#include "FirstAccountDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samspil::ui {

FirstAccountDialog::FirstAccountDialog(Database& db, const OsAccount& account, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_account(account)
    , m_name(new QLineEdit(account.displayName, this))
    , m_initials(new QLineEdit(initialsOf(account.displayName), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("firstAccountDialog"));
    setWindowTitle(tr("The team's first leader"));
    m_name->setObjectName(QStringLiteral("firstNameEdit"));
    m_initials->setObjectName(QStringLiteral("firstInitialsEdit"));
    m_initials->setMaxLength(8);
    m_message->setObjectName(QStringLiteral("firstAccountMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* intro = new QLabel(tr("Samspil knows who you are from your logon to this PC: the account %1. No one has "
                                "been added to this database yet, so you become the team's first leader. As leader "
                                "you add the other staff members and their accounts under Team ▸ Staff.")
                                 .arg(account.name),
                             this);
    intro->setObjectName(QStringLiteral("firstAccountIntro"));
    auto* joining = new QLabel(tr("Is this PC to join a team that already uses Samspil? Then cancel, and choose "
                                  "File ▸ Sync… to join the team's shared folder; a leader of the team adds your "
                                  "account."),
                               this);
    for (QLabel* l : {intro, joining}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Initials"), m_initials);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Become &leader"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("firstAccountOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAccountDialog::reject);
    // The initials follow the name until the person types their own.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (!m_initials->isModified()) {
            m_initials->setText(initialsOf(name));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(joining);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 340);
    (m_name->text().isEmpty() ? m_name : m_initials)->setFocus();
}

QString FirstAccountDialog::initialsOf(const QString& name)
{
    QString out;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.front().isLetter()) {
            out += word.front().toUpper();
        }
    }
    return out.left(4);
}

void FirstAccountDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give your name."));
        m_name->setFocus();
        return;
    }
    auto started = Session::startAsFirstLeader(m_db, m_account, m_name->text().trimmed(),
                                               m_initials->text().trimmed().toUpper());
    if (!started) {
        m_message->setText(started.error());
        return;
    }
    m_session = std::move(started).value();
    QDialog::accept();
}

QString FirstAccountDialog::message() const
{
    return m_message->text();
}

} // namespace samspil::ui

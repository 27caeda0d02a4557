#pragma once

#include <QDateTime>
#include <QSet>

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

class CitizenForm;

/// One citizen's page: a header with the name and CPR number, and tabs. The first tab,
/// "Stamdata", edits the basic data; later modules add their own tabs (screening, plan, …)
/// through registerTab(), or a caller adds one with addTab().
class CitizenPage : public QWidget
{
    Q_OBJECT
public:
    /// A tab that modules contribute to every citizen page.
    struct TabFactory
    {
        QString key;   ///< unique, e.g. "screening"; a second registration with the key replaces the first
        int order = 100; ///< tabs are placed by order after "Stamdata" (0)
        std::function<QString()> title; ///< translated at the time the page is built
        std::function<QWidget*(Database& db, const QString& citizenId, QWidget* parent)> create;
    };
    static void registerTab(TabFactory factory);

    CitizenPage(Database& db, const QString& citizenId, QWidget* parent = nullptr);

    QString citizenId() const { return m_citizenId; }
    CitizenForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    int addTab(QWidget* page, const QString& title);

    /// Saves the basic data; shows the messages in place and saves nothing when something blocks.
    bool save();
    /// Puts back what is stored.
    void revert();
    /// Asks what to do with unsaved changes; false when the user wants to stay.
    bool maybeLeave();
    /// The text of the message line under the form (saved, not saved, …).
    QString message() const;

signals:
    void backRequested();
    /// The citizen was saved (its data changed).
    void saved(const QString& citizenId);

private:
    void updateHeader();
    void updateStanding();
    /// Stored data changed (a sync, another window): show it, or say so while the user edits.
    void onStoreChanged(const QSet<QString>& tables);
    void setMessage(const QString& text, bool error);
    void updateButtons();

    Database& m_db;
    QString m_citizenId;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_standing; ///< risk, weeks on support and the next step

    QTabWidget* m_tabs;
    CitizenForm* m_form;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QLabel* m_message;
    QDateTime m_loadedUpdatedAt; ///< when the stored citizen shown in the form was last changed
    bool m_saving = false;
};

} // namespace samspil::ui

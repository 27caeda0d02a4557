#pragma once

#include <QHash>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace samspil {
class Database;
struct Consent;
struct Staff;
}

namespace samspil::ui {

/// The citizen page's "Team day" tab: consent, the appointments, the professional notes (with
/// the consent rule: "content hidden" and why) and the conference.
class TeamDayTab : public QWidget
{
    Q_OBJECT
public:
    TeamDayTab(Database& db, const QString& citizenId, QWidget* parent = nullptr);

    /// The user the tab shows notes for; by default the main window's user.
    void setUser(const QString& staffId);
    QString user() const;
    void refresh();

    QTreeWidget* appointments() const { return m_appointments; }
    QTreeWidget* notes() const { return m_notes; }
    QString consentText() const;
    QString nextStepText() const;

    void bookTeamDay();
    void recordConsent();
    void withdrawConsent();
    void setSelectedStatus(int status);
    /// The chosen talk is not needed for this citizen (asks first), or, when it is marked so,
    /// needed after all (planned again).
    void toggleSelectedNotNeeded();
    void moveAppointment();
    void newNote();
    void openNote();
    void amendNote();
    void openConference();
    void bookConference();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QGroupBox* buildConsentGroup();
    QGroupBox* buildAppointmentsGroup();
    QGroupBox* buildNotesGroup();
    QGroupBox* buildConferenceGroup();
    void refreshNextStep(const QDate& today);
    void refreshConsent(const std::optional<Consent>& consent);
    void refreshAppointments(const QHash<QString, Staff>& staff);
    void refreshNotes(const QHash<QString, Staff>& staff);
    void refreshConference(const QHash<QString, Staff>& staff);
    QString selectedNoteId() const;

    Database& m_db;
    QString m_citizenId;
    QString m_user;
    QLabel* m_next;
    QLabel* m_consent;
    QPushButton* m_withdraw;
    QTreeWidget* m_appointments;
    QTreeWidget* m_notes;
    QLabel* m_conference;
    QPushButton* m_bookConference = nullptr;
};

} // namespace samspil::ui

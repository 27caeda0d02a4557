#pragma once

#include "core/teamday/Conference.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The tværfaglig konference: participants and date, the worksheet with the signed notes side
/// by side (the same ICF category from two professions in one row), the overall employment
/// goal, the tracks chosen and draft goals. Concluding creates the draft intervention plan.
class ConferenceDialog : public QDialog
{
    Q_OBJECT
public:
    /// The citizen's open conference, or a new one. `userId` decides what the worksheet may show
    /// (the consent rule).
    ConferenceDialog(Database& db, const QString& citizenId, const QString& userId, QWidget* parent = nullptr);

    QTableWidget* worksheet() const { return m_worksheet; }
    Conference conference() const;
    bool save();
    bool conclude();
    QString message() const;

private:
    void loadConference(const QString& citizenId, const QString& caseworkerId);
    QGridLayout* buildDateAndParticipants();
    QGroupBox* buildWorksheetGroup();
    QFormLayout* buildDecisionForm();
    void fillWorksheet();
    void addFindingRows(const QVector<IcfNote>& visible);
    void addNoteRows(const QVector<IcfNote>& visible);
    void setMessage(const QString& text, bool error);

    Database& m_db;
    Conference m_conference;
    QString m_userId;
    QDateEdit* m_date = nullptr;
    QListWidget* m_participants = nullptr;
    QTableWidget* m_worksheet = nullptr;
    QLabel* m_recommended = nullptr;
    QLineEdit* m_goal = nullptr;
    QVector<QCheckBox*> m_tracks;
    QPlainTextEdit* m_draftGoals = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_conclude = nullptr;
};

} // namespace samspil::ui

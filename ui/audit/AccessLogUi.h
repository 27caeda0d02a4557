#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The access log as a table: on a citizen's page, who opened, printed, exported or changed the
/// record; for a staff member, whose records they opened, printed, exported or changed. A choice
/// above the table keeps one kind of action. Follows the database as it changes.
class AccessLogView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Citizen, Staff };

    AccessLogView(Database& db, Mode mode, QWidget* parent = nullptr);

    /// The citizen (Mode::Citizen) or staff member (Mode::Staff) whose log is shown.
    void setSubject(const QString& id);
    QTableWidget* table() const { return m_table; }
    /// The action filter ("all", or one action).
    QComboBox* actionFilter() const { return m_action; }
    /// Who a staff id is, as the log shows it (the command line and former staff included).
    static QString staffLabel(Database& db, const QString& staffId);

public slots:
    void refresh();

private:
    Database& m_db;
    Mode m_mode;
    QString m_subject;
    QLabel* m_intro = nullptr;
    QComboBox* m_action = nullptr;
    QTableWidget* m_table = nullptr;
};

/// The access-log tab on every citizen page and "Access log…" in the Team menu (per staff member).
void registerAccessLogUi();

} // namespace samspil::ui

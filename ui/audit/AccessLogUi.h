#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The access log as a table: on a citizen's page, who opened, printed or exported the record;
/// for a staff member, whose records they opened. Follows the database as it changes.
class AccessLogView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Citizen, Staff };

    AccessLogView(Database& db, Mode mode, QWidget* parent = nullptr);

    /// The citizen (Mode::Citizen) or staff member (Mode::Staff) whose log is shown.
    void setSubject(const QString& id);
    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

private:
    Database& m_db;
    Mode m_mode;
    QString m_subject;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
};

/// The access-log tab on every citizen page and "Access log…" in the Team menu (per staff member).
void registerAccessLogUi();

} // namespace samspil::ui

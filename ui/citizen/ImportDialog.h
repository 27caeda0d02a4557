#pragma once

#include "core/citizen/CitizenImporter.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// Imports citizens from the case system's CSV export with the same rules as
/// `samspil-cli import-citizens` (core's CitizenImporter): a progress bar while it runs, then
/// the report of rejected rows and warnings, which can be saved to a file.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Database& db, QWidget* parent = nullptr);

    void setFile(const QString& path);
    /// Runs the import of the chosen file; false if the file could not be imported at all.
    bool runImport();
    /// Writes the report (CSV) to `path`.
    bool saveReport(const QString& path);
    const std::optional<ImportReport>& report() const { return m_report; }

private:
    void browse();
    void browseSave();
    void showReport(const ImportReport& report);

    Database& m_db;
    QLineEdit* m_file;
    QPushButton* m_import;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_save;
    std::optional<ImportReport> m_report;
};

} // namespace samspil::ui

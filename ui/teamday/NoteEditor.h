#pragma once

#include "core/teamday/IcfCatalogue.h"
#include "core/teamday/IcfNote.h"

#include <QDialog>

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTabWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The professional note (fagligt notat): ICF categories per component with a qualifier and a
/// comment, personal factors, what it means for job or education, and recommended tracks.
/// Categories are found by code or by words in Danish or English, among the ICF Core Sets for
/// vocational rehabilitation (the default) or among every ICF category, listed under their
/// chapters; in the wider list the core-set categories carry a tag. A signed note opens read-only.
class NoteEditor : public QDialog
{
    Q_OBJECT
public:
    /// A new draft by `authorId` for the citizen.
    NoteEditor(Database& db, const QString& citizenId, const QString& authorId, QWidget* parent = nullptr);
    /// An existing note (read-only when signed or when `userId` is not its author).
    NoteEditor(Database& db, const IcfNote& note, const QString& userId, QWidget* parent = nullptr);

    /// Custom roles on the search results.
    enum ResultRole {
        CodeRole = Qt::UserRole, ///< the category's code; empty on a chapter heading
        CoreSetRole, ///< bool: shown with the core-set tag
        ChapterRole ///< the chapter's code, on a chapter heading
    };

    /// Puts the text in the search field; the results follow.
    void search(const QString& text);
    /// Only the core sets, or every ICF category; the results follow.
    void setScope(IcfCatalogue::Scope scope);
    IcfCatalogue::Scope scope() const;
    /// Adds the category (qualifier 8 until chosen); false if already in the note or unknown.
    bool addCategory(const QString& code);
    void setQualifier(const QString& code, int qualifier, bool facilitator = false);
    IcfNote note() const;
    /// The talk the note is written after.
    void setAppointment(const QString& appointmentId) { m_note.appointmentId = appointmentId; }
    bool saveDraft();
    bool sign();
    /// What the Sign button does: refuses a note that cannot be signed (saying why), else asks
    /// before signing and names what the note leaves out; true when it was signed.
    bool confirmAndSign();
    QString message() const;
    bool isReadOnly() const { return m_readOnly; }

private:
    void build();
    QLabel* buildStatus();
    QGroupBox* buildSearchGroup(QWidget* parent);
    void buildFindingTables(QWidget* parent);
    QGridLayout* buildBottomGrid();
    void load(const IcfNote& note);
    QTableWidget* tableFor(QChar letter) const;
    void addRow(const IcfFinding& f);
    /// Fills the result list from the search field and the scope.
    void refreshResults();
    /// Return in the search field: adds the only result, or moves to the first one.
    void acceptSearch();
    void setMessage(const QString& text, bool error);

    Database& m_db;
    IcfNote m_note;
    QString m_userId;
    bool m_readOnly = false;
    QLineEdit* m_search = nullptr;
    QRadioButton* m_coreOnly = nullptr;
    QRadioButton* m_allCategories = nullptr;
    QLabel* m_resultInfo = nullptr;
    QListWidget* m_results = nullptr;
    QTabWidget* m_components = nullptr;
    QVector<QTableWidget*> m_tables;
    QPlainTextEdit* m_personal = nullptr;
    QPlainTextEdit* m_job = nullptr;
    QVector<QCheckBox*> m_tracks;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_sign = nullptr;
};

} // namespace samspil::ui

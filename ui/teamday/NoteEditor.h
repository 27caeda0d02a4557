#pragma once

#include "core/icf/IcfNote.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

/// The professional note (fagligt notat): ICF categories per component with a qualifier and a
/// comment, personal factors, what it means for job or education, and recommended tracks.
/// Categories are found by code or by words in Danish or English. A signed note opens read-only.
class NoteEditor : public QDialog
{
    Q_OBJECT
public:
    /// A new draft by `authorId` for the citizen.
    NoteEditor(Database& db, const QString& citizenId, const QString& authorId, QWidget* parent = nullptr);
    /// An existing note (read-only when signed or when `userId` is not its author).
    NoteEditor(Database& db, const IcfNote& note, const QString& userId, QWidget* parent = nullptr);

    /// Search results for the text in the search field.
    void search(const QString& text);
    /// Adds the category (qualifier 8 until chosen); false if already in the note or unknown.
    bool addCategory(const QString& code);
    void setQualifier(const QString& code, int qualifier, bool facilitator = false);
    IcfNote note() const;
    /// The talk the note is written after.
    void setAppointment(const QString& appointmentId) { m_note.appointmentId = appointmentId; }
    bool saveDraft();
    bool sign();
    QString message() const;
    bool isReadOnly() const { return m_readOnly; }

private:
    void build();
    void load(const IcfNote& note);
    QTableWidget* tableFor(QChar letter) const;
    void addRow(const IcfFinding& f);
    void setMessage(const QString& text, bool error);

    Database& m_db;
    IcfNote m_note;
    QString m_userId;
    bool m_readOnly = false;
    QLineEdit* m_search = nullptr;
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

#pragma once

#include "core/screening/Screening.h"

#include <QWizard>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace samspil {
class Database;
}

namespace samspil::ui {

class ScaleInput;

/// "New screening" for one citizen, generated from an instrument: the questionnaire (one item a
/// row, anchors under the answers, keyboard only possible), then the proposed risk with the
/// scores behind it, then the caseworker's assessment and decision (a reason required when it
/// differs from the proposal). Finish saves through ScreeningRepository; a refusal is shown on
/// the page and nothing is saved. With correctsId set it records a correction of that screening.
class ScreeningWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { AnswersPage, ProposalPage, DecisionPage };

    ScreeningWizard(Database& db,
                    const Instrument& instrument,
                    const QString& citizenId,
                    const QString& staffId,
                    QWidget* parent = nullptr);

    /// Record a correction of this screening, starting from its answers and decision.
    void setCorrecting(const Screening& original);

    const Instrument& instrument() const { return m_instrument; }
    /// The answers chosen so far (unanswered items missing).
    Answers answers() const;
    /// Scores and proposal for the current answers, if all are given.
    std::optional<ScoringResult> scoring() const;
    /// The saved screening after Finish.
    const std::optional<Screening>& saved() const { return m_saved; }

    /// Saves (called by the last page's validation); false with the message shown on the page.
    bool save();

signals:
    void screeningSaved(const QString& screeningId);

private:
    friend class ProposalPageWidget;
    friend class DecisionPageWidget;
    Database& m_db;
    Instrument m_instrument;
    QString m_citizenId;
    QString m_staffId;
    QString m_correctsId;
    std::optional<Screening> m_original;
    QVector<ScaleInput*> m_inputs;
    std::optional<Screening> m_saved;
    class DecisionPageWidget* m_decision = nullptr;
};

} // namespace samspil::ui

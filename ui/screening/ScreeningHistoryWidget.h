#pragma once

#include "core/screening/Instrument.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QLabel;

namespace samspil {
class Database;
}

namespace samspil::ui {

class ScreeningHistoryModel;

/// The screening history on a citizen's page: a table of screenings (newest first, corrected
/// ones greyed), "New screening…" and "Correct…" (of the selected current screening), each
/// opening the ScreeningWizard.
class ScreeningHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    ScreeningHistoryWidget(Database& db, const QString& staffId, QWidget* parent = nullptr);

    void setCitizen(const QString& citizenId);
    /// The instrument for new screenings (defaults to the shipped one).
    void setInstrument(const Instrument& instrument) { m_instrument = instrument; }
    ScreeningHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    void newScreening();
    void correctSelected();

signals:
    void screeningSaved(const QString& screeningId);

private:
    void updateActions();

    Database& m_db;
    QString m_staffId;
    Instrument m_instrument;
    ScreeningHistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_correct = nullptr;
    QLabel* m_latest = nullptr;
    /// The chosen screening's reason and the caseworker's assessment, in full.
    QLabel* m_detail = nullptr;
};

} // namespace samspil::ui

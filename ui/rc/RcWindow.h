#pragma once

#include "core/rc/RcCsvImport.h"
#include "core/rc/RcMeasure.h"
#include "core/rc/RcWording.h"
#include "core/storage/Database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace samspil::ui {

class RcMatrixView;
class RcResponseForm;

/// Relational coordination for a manager: pick a survey round, see its matrix (compared with
/// an earlier round if wished), let respondents fill in the form, create rounds, import CSV
/// answers and load the municipality's own question wording. Problems show in one message bar.
class RcWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RcWindow(Database& db, QWidget* parent = nullptr);

    RcMatrixView* matrixView() const { return m_matrix; }
    RcResponseForm* responseForm() const { return m_form; }
    /// The survey shown, or empty.
    QString currentSurveyId() const;
    void selectSurvey(const QString& surveyId);

    /// What the dialogs call; also used by tests.
    Result<QString> createSurvey(const QString& name, const QDate& heldOn, const QStringList& groups);
    Result<RcImportReport> importCsv(const QString& surveyName, const QString& path);
    Status loadWording(const QString& path);

    QString message() const;

public slots:
    void refresh();
    void newSurveyDialog();
    void importCsvDialog();
    void loadWordingDialog();

private:
    void showSurvey();
    void compareWith(const QString& surveyId);
    void showMessage(const QString& text, bool error);
    static QString roundLabel(const RcSurvey& s);

    Database& m_db;
    QComboBox* m_surveys;
    QLabel* m_message;
    QTabWidget* m_tabs;
    RcMatrixView* m_matrix;
    RcResponseForm* m_form;
    QString m_compareId;
};

} // namespace samspil::ui

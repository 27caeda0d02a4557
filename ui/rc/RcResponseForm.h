#pragma once

#include "core/rc/RcSurvey.h"
#include "core/rc/RcWording.h"
#include "core/storage/Database.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTabWidget;

namespace samspil::ui {

/// The questionnaire a respondent fills in on a shared PC: their own group, then each group
/// (their own included) on the seven dimensions, 1–5 or skipped, with the questions in Danish
/// or English. Saving stores one row per rated group under a fresh respondent id and clears
/// the form for the next person.
class RcResponseForm : public QWidget
{
    Q_OBJECT
public:
    explicit RcResponseForm(Database& db, QWidget* parent = nullptr);

    void setSurvey(const RcSurvey& survey);
    void setWording(const RcWording& wording);
    /// "da" or "en": the language of the questions (the buttons follow the program's language).
    void setQuestionLanguage(const QString& code);
    QString questionLanguage() const;

    /// The answer currently chosen for a rated group and dimension.
    std::optional<int> answer(int groupIndex, RcDimension d) const;

public slots:
    /// Saves the answers; on success clears the form. Returns whether anything was saved.
    bool save();
    void clear();

signals:
    void saved(int rows);

private:
    void rebuild();
    void retranslateQuestions();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    RcSurvey m_survey;
    RcWording m_wording;
    QLabel* m_title;
    QLabel* m_intro;
    QComboBox* m_ownGroup;
    QComboBox* m_language;
    QTabWidget* m_tabs;
    QLabel* m_message;
    /// [group][dimension] → the buttons 1..5 and "skip" (id 0)
    QVector<QVector<QButtonGroup*>> m_answers;
    QVector<QVector<QLabel*>> m_questionLabels;
    QVector<QVector<QLabel*>> m_scaleLabels;
};

} // namespace samspil::ui

#include "MessageBox.h"

#include <QPushButton>

namespace samspil::ui {

QList<MessageBox::Button> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;
int MessageBox::s_count = 0;

MessageBox::Button MessageBox::ask(QWidget* parent,
                                   QMessageBox::Icon icon,
                                   const QString& title,
                                   const QString& text,
                                   Buttons buttons,
                                   Button defaultButton,
                                   const QHash<Button, QString>& buttonTexts,
                                   const QString& details)
{
    s_lastText = text;
    ++s_count;
    if (!s_nextAnswers.isEmpty()) {
        return s_nextAnswers.takeFirst();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (auto* b = box.button(it.key())) {
            b->setText(it.value());
        }
    }
    if (!details.isEmpty()) {
        box.setDetailedText(details);
    }
    box.exec();
    const auto* clicked = box.clickedButton();
    if (!clicked) {
        return box.escapeButton() ? Button(box.standardButton(box.escapeButton())) : QMessageBox::Cancel;
    }
    return Button(box.standardButton(box.clickedButton()));
}

MessageBox::Button MessageBox::question(QWidget* parent,
                                        const QString& title,
                                        const QString& text,
                                        Buttons buttons,
                                        Button defaultButton,
                                        const QHash<Button, QString>& buttonTexts)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton, buttonTexts);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, details);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    ask(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, details);
}

void MessageBox::addNextAnswer(Button answer)
{
    s_nextAnswers.append(answer);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswers.clear();
    if (answer != QMessageBox::NoButton) {
        s_nextAnswers.append(answer);
    }
}

QString MessageBox::lastText()
{
    return s_lastText;
}

int MessageBox::count()
{
    return s_count;
}

} // namespace samspil::ui

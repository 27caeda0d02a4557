#include "DateEdit.h"

#include "core/util/Dates.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <utility>

namespace samspil::ui {

namespace {
/// Digits with the separators people put between day, month and year.
const QRegularExpression& typedShape()
{
    static const QRegularExpression re(QStringLiteral("^[0-9 .,/-]{0,12}$"));
    return re;
}

bool isTypedChar(const QString& text)
{
    return text.size() == 1 && (text.at(0).isDigit() || QStringLiteral(" .,/-").contains(text.at(0)));
}
} // namespace

DateEdit::DateEdit(QWidget* parent)
    : DateEdit(QDate::currentDate(), parent)
{
}

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(dateInputFormat());
    setCalendarPopup(true);
}

QDate DateEdit::parse(const QString& text, const QDate& today)
{
    const QString t = text.trimmed();
    if (!typedShape().match(t).hasMatch()) {
        return {};
    }
    QStringList parts = t.split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts);
    if (parts.size() == 1) {
        const QString digits = parts.first();
        if (digits.size() != 4 && digits.size() != 6 && digits.size() != 8) {
            return {};
        }
        parts = {digits.mid(0, 2), digits.mid(2, 2)};
        if (digits.size() > 4) {
            parts << digits.mid(4);
        }
    }
    if (parts.size() < 2 || parts.size() > 3) {
        return {};
    }
    const int day = parts.at(0).toInt();
    const int month = parts.at(1).toInt();
    int year = today.year();
    if (parts.size() == 3) {
        const QString y = parts.at(2);
        if (y.size() == 2) {
            year = today.year() / 100 * 100 + y.toInt();
        } else if (y.size() == 4) {
            year = y.toInt();
        } else {
            return {};
        }
    }
    return QDate(year, month, day); // invalid when there is no such day
}

QValidator::State DateEdit::validate(QString& input, int& pos) const
{
    // The line edit asks this on every change of its text; QDateEdit's answer would rewrite half a
    // date ("5-3-" into "05-03-") while it is being typed.
    return m_typing ? QValidator::Intermediate : QDateEdit::validate(input, pos);
}

void DateEdit::showText(const QString& text, int cursor)
{
    // QDateEdit follows every change of its text section by section; while the user types, it
    // does not see the text (it still holds the date shown before).
    const QSignalBlocker block(lineEdit());
    lineEdit()->setText(text);
    lineEdit()->setCursorPosition(cursor);
}

bool DateEdit::type(QKeyEvent* event)
{
    const bool erase = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    const bool plain = !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    if (!plain || (!erase && !isTypedChar(event->text()))) {
        return false;
    }
    QLineEdit* edit = lineEdit();
    QString text = edit->text();
    int pos = edit->cursorPosition();
    if (edit->hasSelectedText()) {
        pos = edit->selectionStart();
        text.remove(pos, edit->selectedText().size());
    } else if (event->key() == Qt::Key_Backspace && pos > 0) {
        text.remove(--pos, 1);
    } else if (event->key() == Qt::Key_Delete) {
        text.remove(pos, 1);
    }
    if (!erase) {
        if (text.size() >= 12) {
            return true; // no date is that long; the key is dropped
        }
        text.insert(pos++, event->text());
    }
    m_typing = true;
    showText(text, pos);
    return true;
}

void DateEdit::readTyped()
{
    if (!std::exchange(m_typing, false)) {
        return;
    }
    const QDate d = parse(lineEdit()->text());
    if (d.isValid() && d >= minimumDate() && d <= maximumDate()) {
        setDate(d);
    }
    const QString shown = textFromDateTime(dateTime());
    showText(shown, int(shown.size()));
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    if (isReadOnly()) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    if (type(event)) {
        event->accept();
        return;
    }
    if (m_typing && event->key() == Qt::Key_Escape) {
        const QString shown = textFromDateTime(dateTime());
        m_typing = false;
        showText(shown, int(shown.size()));
        event->accept();
        return;
    }
    readTyped(); // Return, an arrow key, …: the typed date first, then what the key does
    QDateEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    readTyped();
    QDateEdit::focusOutEvent(event);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // Tab goes to the next field, as everywhere else in a form, after reading what was typed.
    readTyped();
    return QWidget::focusNextPrevChild(next);
}

} // namespace samspil::ui

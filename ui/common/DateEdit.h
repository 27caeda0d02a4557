#pragma once

#include <QDateEdit>

namespace samspil::ui {

/// A date field that takes a date as people type it. QDateEdit edits a date section by section:
/// typed over the whole field, "5-3-2026", "05032026" or "5.3.26" are refused or garbled key by
/// key, and Tab moves between the day, month and year instead of to the next field. Here digits
/// and separators are typed as in any text field; Tab, Return or leaving the field reads the text
/// (day first, as Danes write dates) and shows it as dd-MM-yyyy, and Tab goes on to the next field.
/// Text that is not a date puts the last date back, as QDateEdit does; Esc does so at once. The
/// arrow keys, the mouse wheel and the calendar work as in QDateEdit.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);

    /// A typed date, day first: "5-3-2026", "05-03-26", "5.3", "05032026", "050326"; a missing
    /// year is this year, a two-digit year is in this century. Invalid when it is not a date.
    static QDate parse(const QString& text, const QDate& today = QDate::currentDate());

protected:
    QValidator::State validate(QString& input, int& pos) const override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    /// Puts a typed key into the text, past QDateEdit's sections; false when it is not a typing key.
    bool type(QKeyEvent* event);
    /// Ends typing: the text read into the date when it is one, and the date shown either way.
    void readTyped();
    void showText(const QString& text, int cursor);

    bool m_typing = false;
};

} // namespace samspil::ui

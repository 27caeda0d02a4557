#pragma once

#include "core/screening/Instrument.h"

#include <QElapsedTimer>
#include <QWidget>

class QButtonGroup;

namespace samspil::ui {

/// One questionnaire item's answer: a row of radio buttons from min to max with the item's
/// anchor labels under them. One Tab stop; the arrow keys, Home/End and the digit keys choose
/// the answer, so the whole questionnaire can be filled in without a mouse.
class ScaleInput : public QWidget
{
    Q_OBJECT
public:
    explicit ScaleInput(const InstrumentItem& item, QWidget* parent = nullptr);

    /// The chosen answer, or no value.
    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);
    const QString& itemId() const { return m_itemId; }

signals:
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_itemId;
    int m_min = 0;
    int m_max = 0;
    std::optional<int> m_value;
    QButtonGroup* m_group = nullptr;
    QElapsedTimer m_lastOne; ///< when "1" was typed, for "10"
};

} // namespace samspil::ui

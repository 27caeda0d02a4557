#pragma once

#include "core/plan/Plan.h"

#include <QUndoCommand>

#include <functional>

namespace samspil::ui {

/// One user operation on the plan being edited (a field changed, a goal added, an intervention
/// closed …): the plan before and after, so undo and redo put back exactly what was there.
class PlanEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const Plan&)>;
    PlanEditCommand(const QString& text, Plan before, Plan after, Apply apply)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {
    }
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    Plan m_before;
    Plan m_after;
    Apply m_apply;
};

} // namespace samspil::ui

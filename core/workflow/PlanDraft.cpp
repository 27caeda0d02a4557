#include "PlanDraft.h"

#include "core/Modules.h"

#include <QCoreApplication>

namespace samspil {

namespace {
PlanDrafts::Creator& creator()
{
    static PlanDrafts::Creator c;
    return c;
}
} // namespace

void PlanDrafts::setCreator(Creator c)
{
    creator() = std::move(c);
}

bool PlanDrafts::available()
{
    registerCoreModules(); // the plan module installs the creator
    return static_cast<bool>(creator());
}

Result<QString> PlanDrafts::create(Database& db, const PlanDraftRequest& request)
{
    registerCoreModules();
    if (!creator()) {
        return fail(QCoreApplication::translate("PlanDrafts", "This version of Samspil cannot create intervention plans."));
    }
    return creator()(db, request);
}

} // namespace samspil

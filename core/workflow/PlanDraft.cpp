#include "PlanDraft.h"


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
    return static_cast<bool>(creator());
}

Result<QString> PlanDrafts::create(Database& db, const PlanDraftRequest& request)
{
    if (!creator()) {
        return fail(QCoreApplication::translate("PlanDrafts", "This version of Samspil cannot create intervention plans."));
    }
    return creator()(db, request);
}

} // namespace samspil

#include "CompanyModule.h"

#include "core/company/DemoCompanies.h"
#include "core/demo/DemoData.h"

namespace samspil {

void registerCompanyModule()
{
    // A random source of its own, so the demo companies change nothing of the rest of the demo.
    DemoData::registerRunStep([](Database& db, DemoRandom&) {
        DemoRandom own(19);
        return addDemoCompanies(db, own);
    });
}

} // namespace samspil

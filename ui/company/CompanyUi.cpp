#include "CompanyUi.h"

#include "ui/company/CompanyReportSection.h"

namespace samspil::ui {

void registerCompanyUi()
{
    registerCompanyReportSection();
}

} // namespace samspil::ui

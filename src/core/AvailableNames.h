#pragma once

#include "Workflow.h"

#include <QList>
#include <QString>

namespace scanflow {

// A placeholder name that a step can use, and where its value comes from.
struct AvailableName
{
    QString name;
    ParamType source; // System, Custom, Terminal, Response or User
};

// Every name a placeholder in step `step` can use (R2, R5): the system values, custom
// parameters of this and earlier steps, terminal values the workflow asks for, user-specific
// values, and response values parsed by earlier steps. Sorted by source, then name; no duplicates.
QList<AvailableName> namesAvailableAt(const Workflow &workflow, int step);

} // namespace scanflow

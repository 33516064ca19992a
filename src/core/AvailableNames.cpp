#include "AvailableNames.h"

#include "MetadataExport.h"
#include "Placeholders.h"
#include "SystemValues.h"

#include <QSet>

#include <algorithm>

namespace scanflow {

QList<AvailableName> namesAvailableAt(const Workflow &workflow, int step)
{
    QList<AvailableName> names;
    QSet<QString> seen;
    const auto add = [&](const QString &name, ParamType source) {
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names.append({name, source});
        }
    };
    // A parameter whose Value names another value: "costCenter" or "[costCenter]".
    const auto referenced = [](const QString &value) {
        const auto m = placeholderAt(value, 0);
        return m && m->length == value.size() ? m->name : value;
    };

    QStringList system = systemValues(workflow, DocumentInfo()).keys();
    system.append(MetadataPlaceholder);
    std::sort(system.begin(), system.end());
    for (const QString &name : std::as_const(system))
        add(name, ParamType::System);

    const QList<Step> &steps = workflow.destination.steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        for (const Parameter &p : steps.at(i).params) {
            if (p.type == ParamType::Custom && i <= step)
                add(p.key, ParamType::Custom);
            else if (p.type == ParamType::Terminal)
                add(referenced(p.value), ParamType::Terminal);
            else if (p.type == ParamType::User && workflow.userSpecific) // G-UI-6: none on a shared workflow
                add(p.key, ParamType::User);
        }
    }
    for (qsizetype i = 0; i < steps.size() && i < step; ++i) {
        for (const ResponseParameter &r : steps.at(i).response)
            add(r.key, ParamType::Response);
    }
    std::stable_sort(names.begin(), names.end(), [](const AvailableName &a, const AvailableName &b) {
        return int(a.source) < int(b.source);
    });
    return names;
}

} // namespace scanflow

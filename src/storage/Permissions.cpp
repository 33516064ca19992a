#include "Permissions.h"

#include <QHash>

namespace scanflow::Permissions {

const QStringList &all()
{
    static const QStringList names{
        QStringLiteral("ViewAccount"), QStringLiteral("CreateAccount"), QStringLiteral("ModifyAccount"),
        QStringLiteral("DeleteAccount"),
        QStringLiteral("ViewJob"), QStringLiteral("AddJob"), QStringLiteral("DeleteJob"), QStringLiteral("ReleaseJob"),
        QStringLiteral("ViewReport"),
        QStringLiteral("ViewOutputPort"), QStringLiteral("CreateOutputPort"), QStringLiteral("ModifyOutputPort"),
        QStringLiteral("DeleteOutputPort"),
        QStringLiteral("ViewInputPort"), QStringLiteral("CreateInputPort"), QStringLiteral("ModifyInputPort"),
        QStringLiteral("DeleteInputPort"),
        QStringLiteral("ViewUser"), QStringLiteral("CreateUser"), QStringLiteral("ModifyUser"), QStringLiteral("DeleteUser"),
        QStringLiteral("GenerateShortID"), QStringLiteral("GenerateOTP"), QStringLiteral("CardManagement"),
        QStringLiteral("ViewAuthenticationProviders"), QStringLiteral("ModifyAuthenticationProviders"),
        QStringLiteral("DeleteAuthenticationProviders"),
        QStringLiteral("ViewAccessControls"), QStringLiteral("CreateAccessControls"), QStringLiteral("DeleteAccessControls"),
        QStringLiteral("ViewLocations"), QStringLiteral("CreateLocations"), QStringLiteral("ModifyLocations"),
        QStringLiteral("DeleteLocations"),
        QStringLiteral("ViewTerminalConfig"), QStringLiteral("CreateTerminalConfig"),
        QStringLiteral("ViewScanWorkflow"), QStringLiteral("CreateScanWorkflow"), QStringLiteral("ModifyScanWorkflow"),
        QStringLiteral("DeleteScanWorkflow"),
        QStringLiteral("ViewScanWorkflowAccessRule"), QStringLiteral("CreateScanWorkflowAccessRule"),
        QStringLiteral("ModifyScanWorkflowAccessRule"), QStringLiteral("DeleteScanWorkflowAccessRule"),
        QStringLiteral("ViewCertificate"), QStringLiteral("ModifyCertificate"), QStringLiteral("DeleteCertificate"),
    };
    return names;
}

bool isKnown(const QString &permission)
{
    return all().contains(permission);
}

const QStringList &roles()
{
    static const QStringList names{QStringLiteral("Administrators"), QStringLiteral("Users"), QStringLiteral("Reporting"),
                                   QStringLiteral("Support")};
    return names;
}

QStringList ofRole(const QString &role)
{
    // Users: their own jobs, the ports and places to print or scan at, and the workflows they
    // may use. Reporting: what Users have plus the reports. Support: every View permission and
    // the day-to-day user care (cards, short ids, one-time passwords). Administrators: all.
    static const QStringList users{QStringLiteral("ViewJob"), QStringLiteral("AddJob"), QStringLiteral("DeleteJob"),
                                   QStringLiteral("ReleaseJob"), QStringLiteral("ViewOutputPort"),
                                   QStringLiteral("ViewInputPort"), QStringLiteral("ViewLocations"),
                                   QStringLiteral("ViewScanWorkflow"), QStringLiteral("ViewAccount")};
    if (role == QLatin1String("Administrators"))
        return all();
    if (role == QLatin1String("Users"))
        return users;
    if (role == QLatin1String("Reporting"))
        return users + QStringList{QStringLiteral("ViewReport")};
    if (role == QLatin1String("Support")) {
        QStringList support = users;
        for (const QString &p : all()) {
            if (p.startsWith(QLatin1String("View")) && !support.contains(p))
                support.append(p);
        }
        support << QStringLiteral("ModifyUser") << QStringLiteral("CardManagement") << QStringLiteral("GenerateShortID")
                << QStringLiteral("GenerateOTP");
        return support;
    }
    return {};
}

} // namespace scanflow::Permissions

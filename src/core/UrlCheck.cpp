#include "UrlCheck.h"

#include "Placeholders.h"

#include <algorithm>

namespace scanflow {

namespace {

bool hasWhitespace(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

QString schemeAndHostProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("needs an http:// or https:// scheme");
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("needs a host");
    return {};
}

} // namespace

Result<QUrl> validateUrl(const QString &rendered, const QStringList &unresolved)
{
    const auto fail = [&](const QString &why) {
        QString message = QStringLiteral("URL \"%1\" %2").arg(rendered, why);
        if (!unresolved.isEmpty()) {
            QStringList names;
            for (const QString &n : unresolved)
                names.append(u'[' + n + u']');
            message += QStringLiteral(" (placeholder %1 has no value)").arg(names.join(QLatin1String(", ")));
        }
        return Result<QUrl>::failure(message);
    };
    if (rendered.isEmpty())
        return fail(QStringLiteral("is empty"));
    if (!unresolved.isEmpty())
        return fail(QStringLiteral("is not complete"));
    if (hasWhitespace(rendered))
        return fail(QStringLiteral("contains whitespace"));
    if (const QString why = schemeAndHostProblem(rendered); !why.isEmpty())
        return fail(why);
    return QUrl(rendered, QUrl::StrictMode);
}

QString checkUrlTemplate(const QString &url)
{
    if (url.trimmed().isEmpty())
        return QStringLiteral("is empty");
    if (hasWhitespace(url))
        return QStringLiteral("\"%1\" contains whitespace").arg(url);
    if (placeholderAt(url, 0))
        return {}; // "[baseUrl]/v1/...": only the filled URL can be checked
    // Stand a harmless value in for each placeholder, then check what is left.
    QString probe;
    for (int i = 0; i < url.size(); ++i) {
        if (const auto m = placeholderAt(url, i)) {
            probe += QLatin1String("x");
            i += m->length - 1;
        } else {
            probe += url.at(i);
        }
    }
    if (const QString why = schemeAndHostProblem(probe); !why.isEmpty())
        return QStringLiteral("\"%1\" %2").arg(url, why);
    return {};
}

} // namespace scanflow

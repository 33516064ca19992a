#include "CurlImport.h"

#include <QUrl>

#include <functional>

namespace scanflow {

Result<QStringList> splitShellWords(const QString &command)
{
    using R = Result<QStringList>;
    QStringList words;
    QString word;
    bool inWord = false; // '' is a word, empty
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        const QChar next = i + 1 < command.size() ? command.at(i + 1) : QChar();
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && (next == u'"' || next == u'\\' || next == u'$' || next == u'`' || next == u'\n')) {
                if (next != u'\n')
                    word += next;
                ++i;
            } else {
                word += c;
            }
            break;
        case Quote::None:
            if (c == u'\'' || c == u'"') {
                quote = c == u'\'' ? Quote::Single : Quote::Double;
                inWord = true;
            } else if (c == u'\\') {
                if (next == u'\r' && i + 2 < command.size() && command.at(i + 2) == u'\n')
                    i += 2; // a continuation written on Windows
                else if (next == u'\n')
                    ++i; // a continuation: the words go on
                else if (!next.isNull()) {
                    word += next;
                    inWord = true;
                    ++i;
                }
            } else if (c.isSpace()) {
                if (inWord)
                    words.append(std::exchange(word, QString()));
                inWord = false;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (quote != Quote::None)
        return R::failure(QStringLiteral("the command ends inside %1 quotes").arg(quote == Quote::Single ? QStringLiteral("single") : QStringLiteral("double")));
    if (inWord)
        words.append(word);
    return words;
}

namespace {

// "a=1&b=x%20y" as fields, decoded: the engine encodes what it sends.
QList<Parameter> formFields(const QString &data)
{
    QList<Parameter> out;
    for (const QString &pair : data.split(u'&', Qt::SkipEmptyParts)) {
        Parameter p;
        const qsizetype eq = pair.indexOf(u'=');
        const auto decoded = [](QString s) { return QUrl::fromPercentEncoding(s.replace(u'+', u' ').toUtf8()); };
        p.key = decoded(eq < 0 ? pair : pair.left(eq));
        p.value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        p.secret = looksSecret(p.key);
        out.append(p);
    }
    return out;
}

bool looksLikeJson(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u'{') || t.startsWith(u'[');
}

} // namespace

Result<CurlImport> importCurl(const QString &command)
{
    using R = Result<CurlImport>;
    const auto words = splitShellWords(command.trimmed());
    if (!words)
        return R::failure(words.error());
    QStringList args = *words;
    if (args.isEmpty() || (args.first() != QLatin1String("curl") && !args.first().endsWith(QLatin1String("/curl"))))
        return R::failure(QStringLiteral("the command must start with curl"));
    args.removeFirst();

    CurlImport out;
    QString method, contentType;
    QStringList data;              // -d pieces, joined with & as curl joins them
    QList<Parameter> encodedFields; // --data-urlencode: values as they are
    QList<Parameter> formParts;     // -F
    bool get = false, json = false;
    const auto note = [&](const QString &flag, const QString &why) {
        const QString text = QStringLiteral("%1: %2").arg(flag, why);
        if (!out.notes.contains(text))
            out.notes.append(text);
    };
    // What a value flag does with its value; a failure names the flag.
    using Take = std::function<Status(const QString &flag, const QString &value)>;
    const Take header = [&](const QString &flag, const QString &value) -> Status {
        const qsizetype colon = value.indexOf(u':');
        const qsizetype semicolon = value.indexOf(u';');
        if (colon <= 0 && semicolon <= 0)
            return Status::failure(QStringLiteral("%1 \"%2\": a header is \"Name: value\"").arg(flag, value));
        const qsizetype at = colon > 0 ? colon : semicolon;
        Parameter p;
        p.key = value.left(at).trimmed();
        p.value = colon > 0 ? value.mid(at + 1).trimmed() : QString();
        p.location = ParamLocation::Header;
        p.secret = looksSecret(p.key);
        if (p.key.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0) {
            contentType = p.value.toLower();
            note(QStringLiteral("Content-Type"), QStringLiteral("taken as the body's type"));
            return Status::success();
        }
        out.step.params.append(p);
        return Status::success();
    };
    const Take dataFlag = [&](const QString &flag, const QString &value) -> Status {
        if (value.startsWith(u'@') && flag != QLatin1String("--data-raw"))
            return Status::failure(QStringLiteral("%1 %2: the body comes from a file; paste what the file holds instead").arg(flag, value));
        data.append(value);
        return Status::success();
    };
    const Take urlencode = [&](const QString &flag, const QString &value) -> Status {
        const qsizetype eq = value.indexOf(u'='), at = value.indexOf(u'@');
        if (at >= 0 && (eq < 0 || at < eq))
            return Status::failure(QStringLiteral("%1 %2: the value comes from a file; paste it instead").arg(flag, value));
        if (eq <= 0)
            return Status::failure(QStringLiteral("%1 %2: a field is name=value").arg(flag, value));
        Parameter p;
        p.key = value.left(eq);
        p.value = value.mid(eq + 1);
        p.secret = looksSecret(p.key);
        encodedFields.append(p);
        return Status::success();
    };
    const auto formPart = [&](const QString &flag, const QString &value, bool literal) -> Status {
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0)
            return Status::failure(QStringLiteral("%1 %2: a part is name=value or name=@file").arg(flag, value));
        const QString name = value.left(eq), content = value.mid(eq + 1);
        if (!literal && content.startsWith(u'@')) {
            if (out.hasFile)
                return Status::failure(QStringLiteral("%1 %2: a second file part; a workflow sends one file, the scan").arg(flag, value));
            out.hasFile = true;
            out.step.fileField = name;
            return Status::success();
        }
        if (!literal && content.startsWith(u'<'))
            return Status::failure(QStringLiteral("%1 %2: the value comes from a file; paste it instead").arg(flag, value));
        Parameter p;
        p.key = name;
        p.value = literal ? content : content.section(u';', 0, 0);
        p.secret = looksSecret(p.key);
        formParts.append(p);
        return Status::success();
    };
    const QHash<QString, Take> withValue{
        {QStringLiteral("-X"), [&](const QString &, const QString &v) { method = v.toUpper(); return Status::success(); }},
        {QStringLiteral("--request"), [&](const QString &, const QString &v) { method = v.toUpper(); return Status::success(); }},
        {QStringLiteral("-H"), header},
        {QStringLiteral("--header"), header},
        {QStringLiteral("-d"), dataFlag},
        {QStringLiteral("--data"), dataFlag},
        {QStringLiteral("--data-ascii"), dataFlag},
        {QStringLiteral("--data-binary"), dataFlag},
        {QStringLiteral("--data-raw"), dataFlag},
        {QStringLiteral("--data-urlencode"), urlencode},
        {QStringLiteral("--json"), [&](const QString &f, const QString &v) { json = true; return dataFlag(f, v); }},
        {QStringLiteral("-F"), [&](const QString &f, const QString &v) { return formPart(f, v, false); }},
        {QStringLiteral("--form"), [&](const QString &f, const QString &v) { return formPart(f, v, false); }},
        {QStringLiteral("--form-string"), [&](const QString &f, const QString &v) { return formPart(f, v, true); }},
        {QStringLiteral("-u"), [&](const QString &, const QString &v) {
             Auth a;
             a.type = AuthType::Basic;
             a.login = v.section(u':', 0, 0);
             a.password = v.contains(u':') ? v.section(u':', 1) : QString();
             if (!v.contains(u':'))
                 note(QStringLiteral("-u"), QStringLiteral("no password given; curl would ask for it"));
             out.basic = a;
             return Status::success();
         }},
        {QStringLiteral("-A"), [&](const QString &f, const QString &v) { return header(f, QStringLiteral("User-Agent: ") + v); }},
        {QStringLiteral("--user-agent"), [&](const QString &f, const QString &v) { return header(f, QStringLiteral("User-Agent: ") + v); }},
        {QStringLiteral("-e"), [&](const QString &f, const QString &v) { return header(f, QStringLiteral("Referer: ") + v); }},
        {QStringLiteral("--referer"), [&](const QString &f, const QString &v) { return header(f, QStringLiteral("Referer: ") + v); }},
        {QStringLiteral("--url"), [&](const QString &f, const QString &v) {
             if (!out.url.isEmpty())
                 return Status::failure(QStringLiteral("%1 %2: a second URL; a step sends one request").arg(f, v));
             out.url = v;
             return Status::success();
         }},
        {QStringLiteral("-o"), [&](const QString &f, const QString &) { note(f, QStringLiteral("where curl writes the answer; a workflow reads it")); return Status::success(); }},
        {QStringLiteral("--output"), [&](const QString &f, const QString &) { note(f, QStringLiteral("where curl writes the answer; a workflow reads it")); return Status::success(); }},
    };
    // Flags that change nothing a workflow holds: said, not dropped in silence.
    const QHash<QString, QString> noEffect{
        {QStringLiteral("-s"), QStringLiteral("curl's own output")}, {QStringLiteral("--silent"), QStringLiteral("curl's own output")},
        {QStringLiteral("-S"), QStringLiteral("curl's own output")}, {QStringLiteral("--show-error"), QStringLiteral("curl's own output")},
        {QStringLiteral("-v"), QStringLiteral("curl's own output; a workflow's trace shows every request")},
        {QStringLiteral("--verbose"), QStringLiteral("curl's own output; a workflow's trace shows every request")},
        {QStringLiteral("-i"), QStringLiteral("curl's own output")}, {QStringLiteral("--include"), QStringLiteral("curl's own output")},
        {QStringLiteral("-L"), QStringLiteral("a workflow follows redirects")}, {QStringLiteral("--location"), QStringLiteral("a workflow follows redirects")},
        {QStringLiteral("--compressed"), QStringLiteral("a workflow accepts compressed answers")},
        {QStringLiteral("-f"), QStringLiteral("a workflow fails on 4xx and 5xx")}, {QStringLiteral("--fail"), QStringLiteral("a workflow fails on 4xx and 5xx")},
        {QStringLiteral("-g"), QStringLiteral("curl's URL globbing")}, {QStringLiteral("--globoff"), QStringLiteral("curl's URL globbing")},
        {QStringLiteral("-k"), QStringLiteral("not taken: a workflow checks certificates; trust the server's CA in its Connection instead")},
        {QStringLiteral("--insecure"), QStringLiteral("not taken: a workflow checks certificates; trust the server's CA in its Connection instead")},
    };
    // One flag: -G, one that changes nothing, or one that takes a value (`attached`, as in
    // "-XPOST", or the next word). Says whether it took one.
    qsizetype i = 0;
    const auto apply = [&](const QString &flag, const QString &attached, bool *tookValue) -> Status {
        *tookValue = false;
        if (flag == QLatin1String("-G") || flag == QLatin1String("--get")) {
            get = true;
            return Status::success();
        }
        if (noEffect.contains(flag)) {
            note(flag, noEffect.value(flag));
            return Status::success();
        }
        const auto take = withValue.constFind(flag);
        if (take == withValue.cend())
            return Status::failure(QStringLiteral("%1: not taken from curl; set it in the workflow, or leave it out").arg(flag));
        if (attached.isEmpty() && i + 1 >= args.size())
            return Status::failure(QStringLiteral("%1: its value is missing").arg(flag));
        *tookValue = true;
        return (*take)(flag, attached.isEmpty() ? args.at(++i) : attached);
    };
    for (; i < args.size(); ++i) {
        const QString arg = args.at(i);
        bool tookValue = false;
        if (arg.startsWith(QLatin1String("--"))) {
            if (const Status s = apply(arg, {}, &tookValue); !s)
                return R::failure(s.error());
            continue;
        }
        if (arg.startsWith(u'-') && arg.size() > 1) {
            // Short flags, maybe together ("-sSL"), the last maybe with its value attached.
            for (qsizetype c = 1; c < arg.size() && !tookValue; ++c) {
                if (const Status s = apply(QStringLiteral("-") + arg.at(c), arg.mid(c + 1), &tookValue); !s)
                    return R::failure(s.error());
            }
            continue;
        }
        if (!out.url.isEmpty())
            return R::failure(QStringLiteral("\"%1\": a second URL; a step sends one request").arg(arg));
        out.url = arg;
    }
    if (out.url.isEmpty())
        return R::failure(QStringLiteral("the command names no URL"));
    const QUrl url(out.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return R::failure(QStringLiteral("\"%1\": not an http:// or https:// URL").arg(out.url));

    if (method.isEmpty())
        method = get ? QStringLiteral("GET") : (data.isEmpty() && encodedFields.isEmpty() && formParts.isEmpty() && !out.hasFile) ? QStringLiteral("GET") : QStringLiteral("POST");
    const auto known = methodFromString(method);
    if (!known)
        return R::failure(QStringLiteral("-X %1: a workflow step is POST, GET, PUT or PATCH").arg(method));
    out.step.method = get ? HttpMethod::Get : *known;
    out.step.kind = out.hasFile ? StepKind::Delivery : StepKind::Request;
    if (!out.hasFile)
        out.step.url = out.url;

    if (!formParts.isEmpty() || out.hasFile) {
        if (!data.isEmpty() || !encodedFields.isEmpty())
            return R::failure(QStringLiteral("-F with -d: curl sends one or the other"));
        out.step.body = BodyType::Multipart;
        out.step.params += formParts;
    } else if (!data.isEmpty() || !encodedFields.isEmpty()) {
        const QString joined = data.join(u'&');
        if (json || contentType.contains(QLatin1String("json")) || (encodedFields.isEmpty() && looksLikeJson(joined))) {
            if (!encodedFields.isEmpty())
                return R::failure(QStringLiteral("--data-urlencode with a JSON body: curl would send them as one text"));
            out.step.body = BodyType::Json;
            out.step.jsonSource = JsonSource::Editor;
            out.step.jsonTemplate = joined;
        } else {
            out.step.body = BodyType::Form;
            out.step.params += formFields(joined);
            out.step.params += encodedFields;
        }
    } else {
        out.step.body = out.hasFile ? BodyType::Multipart : BodyType::None;
    }
    return out;
}

} // namespace scanflow

#include "Inbox.h"

#include "ActingUser.h"
#include "Authenticator.h"
#include "UserController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

#include <cstdio>

Q_LOGGING_CATEGORY(lcInbox, "scanflow.server.inbox", QtInfoMsg)

namespace scanflow {

namespace {

const QString Queued = QStringLiteral(".queued");

bool isSidecar(const QFileInfo &f)
{
    return f.suffix() == QLatin1String("json") && QFileInfo::exists(f.path() + u'/' + f.completeBaseName());
}

// A free name in folder for fileName: "scan.pdf", then "scan (2).pdf", …
QString freeName(const QDir &folder, const QString &fileName)
{
    if (!folder.exists(fileName))
        return folder.filePath(fileName);
    const QFileInfo f(fileName);
    for (int n = 2;; ++n) {
        const QString candidate = f.completeBaseName() + QStringLiteral(" (%1)").arg(n)
            + (f.suffix().isEmpty() ? QString() : u'.' + f.suffix());
        if (!folder.exists(candidate))
            return folder.filePath(candidate);
    }
}

// rename(2) itself: it moves a link, not what it points to, and a dangling link too (QFile
// asks whether the target exists first).
bool moveEntry(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

Inbox::Inbox(QString root, Database &db, QObject *parent)
    : QObject(parent), m_root(std::move(root)), m_queue(db), m_workflows(db), m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &Inbox::scan);
}

Status Inbox::start(int scanMs)
{
    if (!QDir().mkpath(m_root))
        return Status::failure(QStringLiteral("inbox: cannot create \"%1\"").arg(m_root));
    // A folder per workflow, so people see where to drop files.
    if (const auto all = m_workflows.list(); all) {
        for (const StoredWorkflow &w : *all)
            ensureFolder(w.workflow.name);
    }
    recover();
    m_timer.start(scanMs);
    return Status::success();
}

void Inbox::recover()
{
    // Files a stopped server had moved to .queued: finish what was settled, queue the rest.
    for (const QFileInfo &wf : QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir queued(wf.filePath() + u'/' + Queued);
        for (const QFileInfo &f : queued.entryInfoList(QDir::Files)) {
            if (f.suffix() == QLatin1String("json") && QFileInfo::exists(f.path() + u'/' + f.completeBaseName()))
                continue;
            const auto latest = m_queue.latestFor(f.filePath());
            if (!latest) {
                qCWarning(lcInbox).noquote() << latest.error();
                continue;
            }
            if (!latest->has_value()) {
                const auto id = m_workflows.idByName(wf.fileName());
                if (!id || !id->has_value())
                    continue;
                NewDelivery d{**id, f.filePath(), f.fileName().section(u'-', 1), {}, {}, {}};
                if (m_spool && m_spool->shared()) { // at the start, before anything is served: here
                    const auto ref = m_spool->keep(f.filePath(), d.fileName);
                    if (!ref) {
                        qCWarning(lcInbox).noquote() << ref.error();
                        continue;
                    }
                    d.spoolRef = *ref;
                }
                if (const auto queuedId = m_queue.enqueue(d); !queuedId) {
                    qCWarning(lcInbox).noquote() << queuedId.error();
                    if (m_spool)
                        m_spool->remove(d.spoolRef);
                }
            } else if ((*latest)->state == QLatin1String("delivered")) {
                finish(f.filePath(), QStringLiteral("done"), {});
            } else if ((*latest)->state == QLatin1String("failed")) {
                finish(f.filePath(), QStringLiteral("failed"), (*latest)->lastError);
            } // queued or running: the queue has it
        }
    }
}

void Inbox::ensureFolder(const QString &workflowName)
{
    if (workflowName.isEmpty() || workflowName.contains(u'/') || workflowName.startsWith(u'.'))
        return;
    QDir(m_root).mkpath(workflowName);
}

// Why a workflow's folder is not read (M9): it, or a folder the inbox moves files into, is a
// link that would take files from, or put them, somewhere else. Empty when it is sound.
static QString unsoundFolder(const QFileInfo &workflowDir)
{
    if (workflowDir.isSymLink())
        return QStringLiteral("inbox/%1 is a symbolic link; the inbox never follows links, so its files stay where they are")
            .arg(workflowDir.fileName());
    for (const QString &sub : {Queued, QStringLiteral("done"), QStringLiteral("failed")}) {
        if (QFileInfo(workflowDir.filePath() + u'/' + sub).isSymLink())
            return QStringLiteral("inbox/%1/%2 is a symbolic link; the inbox never follows links, so the folder's files wait")
                .arg(workflowDir.fileName(), sub);
    }
    return {};
}

void Inbox::scan()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> present;
    for (const QFileInfo &wf : QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (const QString why = unsoundFolder(wf); !why.isEmpty()) {
            if (!m_unknownFolders.contains(wf.fileName())) {
                m_unknownFolders.insert(wf.fileName());
                qCWarning(lcInbox).noquote() << why;
            }
            continue;
        }
        const auto id = m_workflows.idByName(wf.fileName());
        if (!id || !id->has_value()) {
            if (!m_unknownFolders.contains(wf.fileName())) {
                m_unknownFolders.insert(wf.fileName());
                qCWarning(lcInbox).noquote() << QStringLiteral("inbox/%1: there is no workflow named \"%1\"; its files wait").arg(wf.fileName());
            }
            continue;
        }
        // Links (to files or nowhere) and special files are listed too, to be kept as failed:
        // a link to the database or a key file is never delivered.
        for (const QFileInfo &f : QDir(wf.filePath()).entryInfoList(QDir::Files | QDir::System | QDir::Hidden)) {
            if (f.fileName().startsWith(u'.'))
                continue;
            if (f.isSymLink()) {
                m_seen.remove(f.filePath());
                finish(f.filePath(), QStringLiteral("failed"),
                       QStringLiteral("\"%1\" is a symbolic link; the inbox never follows links, so it was not delivered").arg(f.fileName()));
                continue;
            }
            if (!f.isFile()) {
                finish(f.filePath(), QStringLiteral("failed"), QStringLiteral("\"%1\" is not a regular file, so it was not delivered").arg(f.fileName()));
                continue;
            }
            if (isSidecar(f) || m_taking.contains(f.filePath()))
                continue;
            present.insert(f.filePath());
            Seen &seen = m_seen[f.filePath()];
            const bool stable = seen.size == f.size() && seen.modified == f.lastModified()
                && f.lastModified().msecsTo(now) >= m_settleMs;
            seen = {f.size(), f.lastModified()};
            if (stable) {
                m_seen.remove(f.filePath());
                take(wf.filePath(), **id, f.filePath());
            }
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) // forget files that went away
        it = present.contains(it.key()) ? std::next(it) : m_seen.erase(it);
    // Another server's outcomes are looked up once a second, however often the folder is read.
    if (m_spool && m_spool->shared() && (!m_lastSettle.isValid() || m_lastSettle.hasExpired(1000))) {
        m_lastSettle.start();
        settleElsewhere();
    }
}

void Inbox::take(const QString &workflowDir, qint64 workflowId, const QString &path)
{
    const auto stored = m_workflows.get(workflowId);
    if (!stored || !stored->has_value())
        return; // gone meanwhile: the next scan says so, and the file waits
    if ((*stored)->workflow.isDraft()) {
        const QString name = QFileInfo(workflowDir).fileName();
        if (!m_unknownFolders.contains(QStringLiteral("draft:") + name)) {
            m_unknownFolders.insert(QStringLiteral("draft:") + name);
            qCWarning(lcInbox).noquote() << QStringLiteral("inbox/%1: workflow \"%1\" is a draft with no destination yet; its files wait").arg(name);
        }
        return;
    }
    const QFileInfo file(path);
    QString user, documentName;
    QHash<QString, QString> terminal;
    const QString sidecar = path + QStringLiteral(".json");
    if (QFileInfo(sidecar).isSymLink()) {
        finish(path, QStringLiteral("failed"), QStringLiteral("sidecar \"%1\" is a symbolic link; the inbox never follows links").arg(sidecar));
        return;
    }
    if (QFile::exists(sidecar)) {
        QFile f(sidecar);
        QJsonParseError error;
        const QJsonObject o = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error).object() : QJsonObject();
        if (error.error != QJsonParseError::NoError || !f.isOpen()) {
            finish(path, QStringLiteral("failed"), QStringLiteral("sidecar \"%1\" is not valid JSON: %2").arg(sidecar, error.errorString()));
            return;
        }
        user = o.value(QStringLiteral("user")).toString();
        if (!user.isEmpty() && !m_trustsUsers) {
            finish(path, QStringLiteral("failed"), QStringLiteral("sidecar \"%1\" names the user \"%2\", and this inbox is not trusted to "
                                                              "name users (inboxTrustsUsers in scanflowd.json)").arg(sidecar, user));
            return;
        }
        documentName = o.value(QStringLiteral("documentName")).toString();
        const QJsonObject t = o.value(QStringLiteral("terminal")).toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            terminal.insert(it.key(), it.value().toString());
    }
    qint64 provider = UserRepository::LocalProvider;
    if (!user.isEmpty()) { // a trusted inbox: the user must exist, be active and may use the workflow
        const auto named = UserController::named(m_db, user, 0);
        const User *found = std::get_if<User>(&named);
        QString problem;
        if (!found)
            problem = QStringLiteral("sidecar \"%1\": %2").arg(sidecar, std::get<ApiError>(named).message);
        else if (const auto ended = Authenticator::accountEnded(*found))
            problem = QStringLiteral("sidecar \"%1\": %2").arg(sidecar, *ended);
        else if (const auto denied = mayScanWith(m_db, *found, workflowId))
            problem = QStringLiteral("sidecar \"%1\": %2").arg(sidecar, denied->message);
        if (!problem.isEmpty()) {
            finish(path, QStringLiteral("failed"), problem);
            return;
        }
        user = found->userName;
        provider = found->providerId;
    }
    QDir(workflowDir).mkpath(Queued);
    const QString target = workflowDir + u'/' + Queued + u'/' + QUuid::createUuid().toString(QUuid::Id128).left(12)
        + u'-' + file.fileName();
    if (documentName.isEmpty())
        documentName = file.completeBaseName();
    NewDelivery delivery{workflowId, target, file.fileName(), documentName, user, terminal, provider, (*stored)->workflow.connectorId};
    delivery.fileSize = file.size();
    if (!m_spool || !m_spool->shared()) {
        queue(path, target, delivery);
        return;
    }
    // Into the shared spool first (elsewhere: it takes a while), then queued and moved.
    m_taking.insert(path);
    m_post([this, spool = m_spool, path, target, delivery]() mutable {
        const auto ref = spool->keep(path, delivery.fileName);
        QMetaObject::invokeMethod(this, [this, path, target, delivery, ref]() mutable {
            m_taking.remove(path);
            if (!ref) {
                qCWarning(lcInbox).noquote() << ref.error();
                return; // stays in the inbox; the next scan tries again
            }
            delivery.spoolRef = *ref;
            queue(path, target, delivery);
        }, Qt::QueuedConnection);
    });
}

void Inbox::queue(const QString &path, const QString &target, NewDelivery delivery)
{
    // Queue first, move second (see the class comment).
    const auto id = m_queue.enqueue(delivery);
    if (!id) {
        qCWarning(lcInbox).noquote() << id.error();
        if (m_spool)
            m_spool->remove(delivery.spoolRef);
        return; // stays in the inbox; the next scan tries again
    }
    if (!QFile::rename(path, target)) {
        qCWarning(lcInbox).noquote() << QStringLiteral("cannot move \"%1\" to %2").arg(path, Queued);
        return;
    }
    const QString sidecar = path + QStringLiteral(".json");
    if (QFile::exists(sidecar))
        QFile::rename(sidecar, target + QStringLiteral(".json"));
    emit queued();
}

void Inbox::settleElsewhere()
{
    QStringList waiting;
    for (const QFileInfo &wf : QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &f : QDir(wf.filePath() + u'/' + Queued).entryInfoList(QDir::Files)) {
            if (!isSidecar(f))
                waiting.append(f.filePath());
        }
    }
    if (waiting.isEmpty())
        return;
    const auto settled = m_queue.settledAmong(waiting);
    if (!settled) {
        qCWarning(lcInbox).noquote() << settled.error();
        return;
    }
    for (const QueuedDelivery &d : *settled) {
        const bool delivered = d.state == QLatin1String("delivered");
        finish(d.filePath, delivered ? QStringLiteral("done") : QStringLiteral("failed"), delivered ? QString() : d.lastError);
    }
}

void Inbox::onSettled(const QueuedDelivery &delivery, bool delivered, const QString &reason)
{
    // Another server's inbox file may have the same path here: only a file that is here is ours.
    if (!delivery.filePath.startsWith(m_root + u'/') || !QFileInfo::exists(delivery.filePath))
        return;
    const QString kept = finish(delivery.filePath, delivered ? QStringLiteral("done") : QStringLiteral("failed"), reason);
    if (!delivered && !kept.isEmpty()) { // exactly where: Retry now brings back this file and no other
        if (const Status s = m_queue.setKeptPath(delivery.id, kept); !s)
            qCWarning(lcInbox).noquote() << s.error();
    }
}

QString Inbox::finish(const QString &path, const QString &folder, const QString &reason)
{
    const QFileInfo f(path);
    // From <workflow>/.queued/<id>-name or <workflow>/name to <workflow>/<folder>/name.
    QDir workflowDir = f.dir();
    QString name = f.fileName();
    if (workflowDir.dirName() == Queued) {
        workflowDir.cdUp();
        name = name.section(u'-', 1);
    }
    workflowDir.mkpath(folder);
    const QString target = freeName(QDir(workflowDir.filePath(folder)), name);
    // The reason first, whole (QSaveFile): whoever sees the file in failed/ finds why beside it.
    if (!reason.isEmpty())
        writeReason(target, reason);
    if (!moveEntry(path, target)) {
        qCWarning(lcInbox).noquote() << QStringLiteral("cannot move \"%1\" to %2/").arg(path, folder);
        return {};
    }
    if (QFileInfo(path + QStringLiteral(".json")).exists() || QFileInfo(path + QStringLiteral(".json")).isSymLink())
        moveEntry(path + QStringLiteral(".json"), target + QStringLiteral(".json"));
    return target;
}

void writeReason(const QString &filePath, const QString &reason)
{
    QSaveFile why(filePath + QStringLiteral(".reason.txt"));
    if (why.open(QIODevice::WriteOnly)) {
        why.write(reason.toUtf8() + '\n');
        why.commit();
    }
}

} // namespace scanflow

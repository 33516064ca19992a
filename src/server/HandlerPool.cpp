#include "HandlerPool.h"

#include "Database.h"
#include "Server.h"

#include <QThread>

#include <algorithm>

namespace scanflow {

struct HandlerPool::Worker
{
    QThread thread;
    QObject *context = nullptr; // lives in `thread`: what is posted runs there
    std::atomic<int> waiting{0};
};

HandlerPool::HandlerPool(int threads, Database &db) : m_db(db)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        auto w = std::make_unique<Worker>();
        w->thread.setObjectName(QStringLiteral("scanflow-handler-%1").arg(i + 1));
        w->context = new QObject;
        w->context->moveToThread(&w->thread);
        w->thread.start();
        m_workers.push_back(std::move(w));
    }
}

HandlerPool::~HandlerPool()
{
    for (auto &w : m_workers) {
        // After what is already queued: its connection closed and its context gone, in its thread.
        QMetaObject::invokeMethod(w->context, [this, context = w->context] {
            m_db.closeThisThread();
            delete context;
            Server::endThisThread();
        }, Qt::BlockingQueuedConnection);
        w->thread.quit();
        w->thread.wait();
    }
}

int HandlerPool::defaultSize()
{
    return std::clamp(QThread::idealThreadCount(), 2, 16);
}

void HandlerPool::post(std::function<void()> work)
{
    Worker *w = std::min_element(m_workers.begin(), m_workers.end(), [](const auto &a, const auto &b) {
        return a->waiting.load(std::memory_order_relaxed) < b->waiting.load(std::memory_order_relaxed);
    })->get();
    w->waiting.fetch_add(1, std::memory_order_relaxed);
    QMetaObject::invokeMethod(w->context, [w, work = std::move(work)] {
        work();
        w->waiting.fetch_sub(1, std::memory_order_relaxed);
    }, Qt::QueuedConnection);
}

} // namespace scanflow

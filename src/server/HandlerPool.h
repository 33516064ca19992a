#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace scanflow {

class Database;

// Runs work elsewhere (a HandlerPool's post): how the queue and the inbox keep the spool's
// database traffic off the thread that serves sockets.
using PostWork = std::function<void(std::function<void()>)>;

// The threads the API's handlers run on, so the socket thread only parses and writes and one
// slow query holds up one worker, not every client. Each worker has an event loop (for
// handlers that wait on another server) and, through Database, its own connection.
class HandlerPool
{
public:
    HandlerPool(int threads, Database &db);
    ~HandlerPool(); // runs what was posted, closes each worker's connection, ends the threads
    HandlerPool(const HandlerPool &) = delete;
    HandlerPool &operator=(const HandlerPool &) = delete;

    // Runs `work` on the worker with the least waiting.
    void post(std::function<void()> work);
    int size() const { return int(m_workers.size()); }

    // A sensible size for this machine: its cores, at least 2, at most 16.
    static int defaultSize();

private:
    struct Worker;
    Database &m_db;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace scanflow

// Opens a workflow of 30 request tabs (plus Delivery) and 300 parameter rows in the designer and
// reports how long it takes until the window has laid out and painted it: the median of 7 runs,
// each in a fresh editor. No server is needed: opening reads nothing over the network.
#include "ApiClient.h"
#include "WorkflowDocument.h"
#include "WorkflowEditor.h"
#include "WorkflowListPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextStream>

#include <algorithm>

using namespace scanflow;

static Workflow bigWorkflow(int requests, int rowsPerStep)
{
    Workflow w = WorkflowListPage::blankWorkflow(QStringLiteral("Big"));
    w.destination.url = QStringLiteral("https://api.example.com/upload/[id29]");
    for (int i = 0; i < requests; ++i) {
        Step s;
        s.kind = StepKind::Request;
        s.name = QStringLiteral("Request %1").arg(i + 1);
        s.url = QStringLiteral("https://api.example.com/step/%1/[documentname]").arg(i);
        s.body = BodyType::Json;
        for (int r = 0; r < rowsPerStep; ++r)
            s.params.append({QStringLiteral("key%1_%2").arg(i).arg(r), QStringLiteral("value %1").arg(r), ParamType::Custom,
                             r % 2 ? ParamLocation::Header : ParamLocation::Form});
        s.response.append({QStringLiteral("id%1").arg(i), QStringLiteral("data.items[0].id")});
        w.destination.steps.insert(i, s);
    }
    return w;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Workflow w = bigWorkflow(30, 10);
    QTextStream out(stdout);
    out << "designer: open a workflow of " << w.destination.steps.size() << " tabs and 300 parameter rows\n";
    QList<double> ms;
    for (int run = 0; run < 7; ++run) {
        ApiClient api;
        WorkflowEditor editor(&api);
        editor.resize(1280, 800);
        editor.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        editor.open(w);
        editor.repaint(); // lays out and paints what a person sees, synchronously
        QApplication::processEvents();
        ms.append(timer.nsecsElapsed() / 1e6);
        if (editor.document()->workflow().destination.steps.size() != 31)
            return 1;
    }
    // Typing: one key in the destination URL of the open 31-tab workflow, from the key press until
    // every editor has refreshed and the window has painted (each key is one undoable edit).
    {
        ApiClient api;
        WorkflowEditor editor(&api);
        editor.resize(1280, 800);
        editor.show();
        editor.open(w);
        editor.repaint();
        QApplication::processEvents();
        auto *url = editor.findChild<QLineEdit *>(QStringLiteral("destinationUrl"));
        if (!url)
            return 1;
        url->setFocus();
        url->end(false);
        QList<double> keys;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"));
            QApplication::sendEvent(url, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_X, Qt::NoModifier, QStringLiteral("x"));
            QApplication::sendEvent(url, &release);
            QApplication::processEvents();
            editor.repaint();
            keys.append(timer.nsecsElapsed() / 1e6);
        }
        if (!editor.document()->workflow().destination.url.endsWith(QLatin1String("xxxxxxxxxxxxxxxxxxxxx")))
            return 1;
        std::sort(keys.begin(), keys.end());
        out << "one key typed into the destination URL, 21 keys: median " << QString::number(keys.at(10), 'f', 1)
            << " ms, slowest " << QString::number(keys.last(), 'f', 1) << " ms\n";
    }
    std::sort(ms.begin(), ms.end());
    out << "runs (ms):";
    for (double m : ms)
        out << ' ' << QString::number(m, 'f', 1);
    out << "\nmedian " << QString::number(ms.at(3), 'f', 1) << " ms (target < 200 ms)\n";
    return 0;
}

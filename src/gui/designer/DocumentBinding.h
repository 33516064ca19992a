#pragma once

#include <QString>

#include <functional>
#include <vector>

class QLineEdit;
class QWidget;

namespace scanflow {

class WorkflowDocument;
struct Workflow;

namespace DocumentBinding {

// A line edit bound to one string of the document's workflow: typing is one undoable edit per
// field (merged by `name`, also the edit's object name); `refreshers` gets the function that
// shows the document's value again, without the edit reporting it back.
QLineEdit *lineEdit(QWidget *parent, WorkflowDocument *doc, const QString &name, const QString &undoText,
                    std::function<QString(const Workflow &)> get, std::function<void(Workflow &, const QString &)> set,
                    std::vector<std::function<void()>> &refreshers);

} // namespace DocumentBinding

} // namespace scanflow

#include "DocumentBinding.h"

#include "WorkflowDocument.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace scanflow::DocumentBinding {

QLineEdit *lineEdit(QWidget *parent, WorkflowDocument *doc, const QString &name, const QString &undoText,
                    std::function<QString(const Workflow &)> get, std::function<void(Workflow &, const QString &)> set,
                    std::vector<std::function<void()>> &refreshers)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    QObject::connect(edit, &QLineEdit::textEdited, parent, [doc, name, undoText, set](const QString &text) {
        doc->edit(undoText, [set, text](Workflow &w) { set(w, text); }, name);
    });
    refreshers.push_back([doc, edit, get] {
        const QString value = get(doc->workflow());
        if (edit->text() != value) {
            const QSignalBlocker block(edit);
            edit->setText(value);
        }
    });
    return edit;
}

} // namespace scanflow::DocumentBinding

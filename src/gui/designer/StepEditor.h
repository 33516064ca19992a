#pragma once

#include "Workflow.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace scanflow {

class ParameterModel;
class PlaceholderPicker;
class ResponseModel;
class RowTable;
class TemplateEditor;
class WorkflowDocument;

// One tab of the Requests area: the settings of the Delivery step or of one Request step,
// with its request and response parameter tables. It shows step `index` of the document and
// follows it through every change; controls that do not apply are hidden, as the reference says.
class StepEditor : public QWidget
{
    Q_OBJECT

public:
    StepEditor(WorkflowDocument *doc, int index, QWidget *parent = nullptr);

    StepKind kind() const { return m_kind; }
    int index() const { return m_index; }
    void setIndex(int index);
    // Reads the step from the document into the controls.
    void refresh();

    RowTable *parameters() const { return m_params; }
    RowTable *responses() const { return m_responses; }

private:
    void buildDelivery(QFormLayout *form);
    void buildRequest(QFormLayout *form);
    const Step &step() const;
    void editStep(const QString &what, const std::function<void(Step &)> &change, const QString &mergeKey = {});

    WorkflowDocument *m_doc;
    int m_index;
    StepKind m_kind;
    // Delivery
    QLineEdit *m_fileField = nullptr;
    QLabel *m_fileFieldProblem = nullptr;
    // Request
    QLineEdit *m_url = nullptr;
    class PlaceholderHighlight *m_urlHighlight = nullptr;
    QLabel *m_urlProblem = nullptr;
    QComboBox *m_jsonSource = nullptr;
    QWidget *m_jsonSourceLabel = nullptr;
    TemplateEditor *m_template = nullptr;
    QWidget *m_templateBox = nullptr; // the template with its placeholder picker
    QWidget *m_templateLabel = nullptr;
    QLabel *m_bodyNote = nullptr;
    // Both
    QComboBox *m_method = nullptr;
    QComboBox *m_body = nullptr;
    ParameterModel *m_paramModel = nullptr;
    ResponseModel *m_responseModel = nullptr;
    RowTable *m_params = nullptr;
    RowTable *m_responses = nullptr;
};

} // namespace scanflow

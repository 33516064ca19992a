#pragma once

#include "CurlImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace scanflow {

class WorkflowDocument;

// Import from curl: a curl command line pasted from an API's documentation becomes a Request
// step, or fills the Delivery (the destination URL and the upload step), as one undoable edit.
// What it will make shows as it is typed; a flag it does not take is named, and -u asks
// whether to store the login as the workflow's Basic authentication.
class CurlImportDialog : public QDialog
{
    Q_OBJECT

public:
    CurlImportDialog(WorkflowDocument *doc, QWidget *parent = nullptr);

    QPlainTextEdit *command() const { return m_command; }
    QLabel *preview() const { return m_preview; }
    QRadioButton *asRequest() const { return m_asRequest; }
    QRadioButton *asDelivery() const { return m_asDelivery; }
    QCheckBox *storeBasic() const { return m_storeBasic; }
    // The step index the import went to, once accepted.
    int importedIndex() const { return m_imported; }

    void accept() override;

private:
    void parse();

    WorkflowDocument *m_doc;
    QPlainTextEdit *m_command;
    QLabel *m_preview;
    QRadioButton *m_asRequest;
    QRadioButton *m_asDelivery;
    QCheckBox *m_storeBasic;
    class QPushButton *m_ok;
    std::optional<CurlImport> m_parsed;
    int m_imported = -1;
};

} // namespace scanflow

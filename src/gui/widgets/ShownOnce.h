#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace scanflow {

// A secret the server shows once (a new API key, a device's registration code): read-only,
// selected, with Copy and a note on what to do with it. Opened window-modal; returned for tests.
// `objectName` names the dialog and `fieldName` the field holding the value.
QDialog *showOnce(QWidget *parent, const QString &objectName, const QString &fieldName, const QString &title, const QString &note,
                  const QString &value);

} // namespace scanflow

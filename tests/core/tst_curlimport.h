// A curl command line as a workflow step (issue 16, "Import from curl"): the references' own
// examples and the shapes an API's documentation gives, and every flag not taken named.
#pragma once

#include <QObject>

class TestCurlImport : public QObject
{
    Q_OBJECT

private slots:
    void wordsAsAShellSplitsThem();
    void referenceLoginIsAFormRequest();
    void referenceHistoryOverTwoLinesIsAGet();
    void referenceUploadIsADeliveryWithItsFilePart();
    void referenceUserImportKeepsLiteralAndAttachedParts();
    void aJsonBodyWithBasicAuthAndNotes();
    void getWithUrlencodedFieldsPutsThemInTheQuery();
    void whatIsNotTakenIsNamed();
};


#include "tst_curlimport.h"

#include <QTest>

QTEST_GUILESS_MAIN(TestCurlImport)

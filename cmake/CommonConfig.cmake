# One INTERFACE target carries the compile flags every ScanFlow target shares
# (the qBittorrent habit): strict Qt string handling and warnings on.
add_library(scanflow_options INTERFACE)
target_compile_definitions(scanflow_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(scanflow_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2)

option(SCANFLOW_WERROR "Treat warnings as errors" OFF)
if(SCANFLOW_WERROR)
    target_compile_options(scanflow_options INTERFACE -Werror)
endif()

# ASan + UBSan build (preset "asan").
option(SCANFLOW_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SCANFLOW_SANITIZE)
    target_compile_options(scanflow_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(scanflow_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer (preset "fuzz"): the code under test gets the coverage hooks; the targets link the
# fuzzer's main (tests/fuzz).
if(SCANFLOW_FUZZ)
    target_compile_options(scanflow_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

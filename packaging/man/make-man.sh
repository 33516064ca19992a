#!/bin/sh
# make-man.sh PROGRAM BINDIR INCLUDE OUT: PROGRAM's man page from its own --help and --version
# (help2man), with INCLUDE's sections, so the page and the help never differ. For scanflowd
# every command's --help becomes a section of its own.
set -eu
program=$1 bindir=$2 include=$3 out=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$include" "$work/include.h2m"
if [ "$program" = scanflowd ]; then
    for command in serve deliver import-curl backup restore; do
        upper=$(echo "$command" | tr a-z A-Z)
        printf '\n[COMMAND %s]\n.nf\n' "$upper" >>"$work/include.h2m"
        # argv[0] as a user types it; "\" and a leading "." are roff's own.
        (cd "$bindir" && PATH=".:$PATH" QT_QPA_PLATFORM=offscreen scanflowd "$command" --help) |
            sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' >>"$work/include.h2m"
        printf '.fi\n' >>"$work/include.h2m"
    done
fi
version=$(cd "$bindir" && PATH=".:$PATH" "$program" --version | head -n 1 | cut -d ' ' -f 2)
(cd "$bindir" && PATH=".:$PATH" help2man --no-info --no-discard-stderr --section 1 --version-string "$version" \
    --include "$work/include.h2m" --output "$work/page.1" "$program")
gzip -9n <"$work/page.1" >"$out"

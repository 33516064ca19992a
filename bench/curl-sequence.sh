#!/usr/bin/env bash
# The bench sequence for one file, scripted with curl: create → upload → confirm.
set -euo pipefail
api=$1 file=$2
name=$(basename "$file" .pdf)
id=$(curl -sf -H 'Content-Type: application/json' -d "{\"title\": \"$name\"}" "$api/records" | sed 's/.*"id":"\([^"]*\)".*/\1/')
up=$(curl -sf -F "file=@$file;type=application/pdf" "$api/records/$id/files" | sed 's/.*"uploadId":"\([^"]*\)".*/\1/')
curl -sf -X PATCH -d "upload=$up" "$api/records/$id/confirm" >/dev/null

#!/usr/bin/env bash
# The Go library (clients/go): gofmt-clean and vetted, its Example run by go test;
# every code page's Go snippet and the README's example compiled against it (the
# example's output compared with the README's); then main.go, which holds the
# library to docs/errors.json and tests/clients/cases.json. Builds only in $PNS_WORK.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
work="$PNS_WORK/go"
export GOPATH="$work/gopath" GOCACHE="$work/gocache" GOFLAGS=-mod=mod GOPROXY=off \
    GOSUMDB=off GOWORK=off GOTOOLCHAIN=local GO111MODULE=on CGO_ENABLED=0
lib="$work/lib"
app="$work/app"
mkdir -p "$lib" "$app/snippets" "$app/readme" "$app/check" "$work/bin"
cp -R "$PNS_ROOT/clients/go/." "$lib/"
module=$(sed -n 's/^module //p' "$lib/go.mod")

# 1. The library, strictly: formatted as gofmt writes it, vet-clean, its Example's output right.
unformatted=$(gofmt -l "$lib" "$here")
if [ -n "$unformatted" ]; then
    echo "not gofmt-formatted: $unformatted" >&2
    gofmt -d "$lib" "$here" >&2
    exit 1
fi
(cd "$lib" && go vet ./... && go test ./...)

# 2. A module that uses the library, as a developer's would.
cat >"$app/go.mod" <<MOD
module pnscheck

go 1.18

require $module v0.0.0

replace $module => $lib
MOD

# Each snippet as the reader copies it: its import block at the top of a file, the
# rest in a function that has the response body (and uses data, as the reader's code would).
for snippet in "$PNS_SNIPPETS"/*.txt; do
    code=$(basename "$snippet" .txt)
    awk -v code="$code" '
        BEGIN { print "package main\n"; header = "func handle" code "(body []byte) error {" }
        NR == 1 && /^import \($/ { imports = 1 }
        NR == 1 && !imports { print header }
        imports { print; if (/^\)$/) { imports = 0; print "\n" header }; next }
        { print }
        END { print "\t_ = data\n\treturn nil\n}" }
    ' "$snippet" >"$app/snippets/s$code.go"
done
printf 'package main\n\nfunc main() {}\n' >"$app/snippets/main.go"

# The README's example: its first go block, and the text block that shows its output.
awk '/^```go$/ && !n { n = 1; on = 1; next } on && /^```$/ { exit } on' "$lib/README.md" >"$app/readme/main.go"
awk '/^```go$/ { seen = 1 } seen && /^```text$/ { on = 1; next } on && /^```$/ { exit } on' "$lib/README.md" >"$work/readme.out"
test -s "$app/readme/main.go" && test -s "$work/readme.out"

cp "$here/main.go" "$app/check/main.go"
(cd "$app" && go vet ./... && go build -o "$work/bin/" ./...)

"$work/bin/readme" >"$work/readme.got"
diff -u "$work/readme.out" "$work/readme.got"

"$work/bin/check"

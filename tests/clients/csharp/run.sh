#!/usr/bin/env bash
# The C# library (clients/csharp/), compiled strictly (warnings are errors, doc comments
# required), then the README's example, every code page's C# snippet, and the test program.
# Reads PNS_ROOT, PNS_CASES, PNS_SNIPPETS, PNS_WORK (see tests/test_clients.py); builds only in PNS_WORK.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
library="$PNS_ROOT/clients/csharp"
out="$PNS_WORK/csharp"
mkdir -p "$out/snippets"
strict=(-warnaserror+ -warn:4 -langversion:7.2)

# 1. The library, and the example the README shows (it runs to the end).
sources=()
for source in "$library"/*.cs; do
    [ "$(basename "$source")" = Example.cs ] || sources+=("$source")
done
mcs "${strict[@]}" -target:library -doc:"$out/PnsErrors.xml" -out:"$out/PnsErrors.dll" "${sources[@]}"
mcs "${strict[@]}" -r:"$out/PnsErrors.dll" -out:"$out/Example.exe" "$library/Example.cs"
mono "$out/Example.exe" >"$out/example.txt"

# 2. Every snippet as the reader copies it, in a method whose `body` is the response's text,
#    and again where it is the decoded envelope; its `using` lines go to the top of the file.
shopt -s nullglob
snippets=("$PNS_SNIPPETS"/*.txt)
if [ "${#snippets[@]}" -eq 0 ]; then
    echo "no snippets in $PNS_SNIPPETS" >&2
    exit 1
fi
for snippet in "${snippets[@]}"; do
    code="$(basename "$snippet" .txt)"
    for body in "string:Text" "System.Collections.Generic.IDictionary<string, object>:Decoded"; do
        {
            grep -E '^using [A-Za-z0-9_.]+;$' "$snippet" || true
            printf '\ninternal static class Snippet%s%s\n{\n    internal static void Handle(%s body)\n    {\n' "$code" "${body##*:}" "${body%%:*}"
            grep -vE '^using [A-Za-z0-9_.]+;$' "$snippet" | sed -e '/./,$!d' -e 's/^./        &/'
            printf '    }\n}\n'
        } >"$out/snippets/$code${body##*:}.cs"
    done
done
# -nowarn:219: the snippet's `var data = ...` is for the reader's next lines (mcs warns where Roslyn does not).
mcs "${strict[@]}" -nowarn:219 -target:library -r:"$out/PnsErrors.dll" -out:"$out/Snippets.dll" "$out"/snippets/*.cs

# 3. The test program: the library against docs/errors.json and tests/clients/cases.json.
mcs "${strict[@]}" -r:"$out/PnsErrors.dll" -out:"$out/Tests.exe" "$here/Tests.cs"
mono "$out/Tests.exe"

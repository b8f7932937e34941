#!/usr/bin/env bash
# Compiles clients/java strictly, compiles every code page's Java snippet and the README's
# example against it, runs the example, then runs ClientCheck (errors.json and cases.json).
# Reads PNS_ROOT, PNS_CASES, PNS_SNIPPETS, PNS_WORK (see tests/test_clients.py).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
library="$PNS_ROOT/clients/java"
work="$PNS_WORK/java"
strict=(-Xlint:all -Werror --release 17 -encoding UTF-8)
rm -rf "$work"
mkdir -p "$work/classes" "$work/snippets" "$work/tests"

# 1. The library: no warnings, and a doc comment on every public element.
mapfile -t sources < <(find "$library" -maxdepth 1 -name '*.java' ! -name Example.java | sort)
javac "${strict[@]}" -Xdoclint:all/protected -d "$work/classes" "${sources[@]}"

# 2. Each page's snippet as the reader copies it: its imports on top, the rest in a method,
#    once with the body as text and once as the Map a JSON library decodes.
shopt -s nullglob
snippets=("$PNS_SNIPPETS"/*.txt)
if ((${#snippets[@]} == 0)); then
  echo "no snippets in $PNS_SNIPPETS" >&2
  exit 1
fi
for snippet in "${snippets[@]}"; do
  code="$(basename "$snippet" .txt)"
  {
    grep '^import ' "$snippet" || true
    echo "final class Snippet$code {"
    for parameter in "String body" "java.util.Map<String, Object> body"; do
      echo "  static void handle($parameter) {"
      grep -v '^import ' "$snippet" | sed 's/^/    /'
      echo "  }"
    done
    echo "}"
  } >"$work/snippets/Snippet$code.java"
done

# 3. The README's example (Example.java holds the same text) and the test program.
javac "${strict[@]}" -cp "$work/classes" -d "$work/tests" \
  "$work/snippets"/*.java "$library/Example.java" "$here/ClientCheck.java"
java -cp "$work/classes:$work/tests" Example >"$work/example.out"
grep -q 'https://' "$work/example.out" || { cat "$work/example.out" >&2; exit 1; }

java -cp "$work/classes:$work/tests" ClientCheck

#!/usr/bin/env bash
# The PHP library (clients/php/) held to docs/errors.json, tests/clients/cases.json and the
# code pages' snippets; driven by tests/test_clients.py (see there for the variables).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$PNS_WORK/php"   # the package as installed: a copy, with vendor/autoload.php
wrapped="$PNS_WORK/php-snippets"
# Every notice, warning and deprecation shown (and turned into an exception by check.php).
php=(php -d error_reporting=-1 -d display_errors=stderr -d display_startup_errors=1 -d log_errors=0 -d zend.assertions=1)

# Runs PHP; fails on a non-zero exit or on anything written to stderr (a warning the program did not catch).
strict() {
    local err="$PNS_WORK/php-stderr"
    if ! "${php[@]}" "$@" 2>"$err"; then
        cat "$err" >&2
        echo "php $*: failed" >&2
        return 1
    fi
    if [[ -s "$err" ]]; then
        cat "$err" >&2
        echo "php $*: wrote to stderr" >&2
        return 1
    fi
}

rm -rf "$package" "$wrapped"
cp -R "$PNS_ROOT/clients/php" "$package"
mkdir -p "$package/vendor" "$wrapped"
cp "$here/autoload.php" "$package/vendor/autoload.php"

# Each snippet as the reader copies it, in a file of its own ($body comes from check.php).
count=0
for snippet in "$PNS_SNIPPETS"/*.txt; do
    code="$(basename "$snippet" .txt)"
    { printf '<?php\n\ndeclare(strict_types=1);\n\n'; cat "$snippet"; } >"$wrapped/$code.php"
    count=$((count + 1))
done
[[ $count -gt 0 ]] || { echo "no snippets in $PNS_SNIPPETS" >&2; exit 1; }

# Strict types everywhere: a library file without them would coerce "1003" to 1003.
if grep -L 'declare(strict_types=1);' $(find "$package" "$wrapped" "$here" -name '*.php') | grep .; then
    echo "the files above lack declare(strict_types=1)" >&2
    exit 1
fi

# Compile every file: the library, its example, the snippets, the test program.
while IFS= read -r -d '' file; do
    strict -l "$file" >/dev/null
done < <(find "$package" "$wrapped" "$here" -name '*.php' -print0)

# The README's example, as a user runs it after `composer install`.
strict "$package/examples/example.php" >"$PNS_WORK/php-example.txt"
grep -q '^PNS error ' "$PNS_WORK/php-example.txt" || { cat "$PNS_WORK/php-example.txt"; echo "example: no PNS error printed" >&2; exit 1; }

PNS_PACKAGE="$package" PNS_WRAPPED="$wrapped" strict "$here/check.php"

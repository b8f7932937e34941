#!/usr/bin/env bash
# Compile clients/typescript strictly, type-check every code page's snippet and the README's
# example against it, run the example, then run test.ts (the shared table). See tests/test_clients.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lib="$PNS_ROOT/clients/typescript"
out="$PNS_WORK/ts"
mkdir -p "$out/snippets" "$out/node_modules"

# 1. The library, as `npm publish` builds it (its own strict tsconfig), into the scratch folder.
tsc -p "$lib" --outDir "$out/node_modules/pns-errors/dist"
cp "$lib/package.json" "$out/node_modules/pns-errors/"

# 2. Every snippet and the README's example, type-checked against the package as users import it.
for snippet in "$PNS_SNIPPETS"/*.txt; do
  name=$(basename "$snippet" .txt)
  { cat "$snippet"; echo 'declare const body: string;'; } > "$out/snippets/s$name.ts"
done
sed -n '/^```ts$/,/^```$/p' "$lib/README.md" | sed '1d;$d' > "$out/example.ts"
cp "$here/test.ts" "$out/test.ts"
echo '{"type": "module", "private": true}' > "$out/package.json"
cat > "$out/tsconfig.json" <<JSON
{"compilerOptions": {"target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true,
 "outDir": "build", "rootDir": ".", "types": ["node"], "typeRoots": ["$here/../../../tools/node_modules/@types"]},
 "files": ["example.ts", "test.ts"], "include": ["snippets/*.ts"]}
JSON
(cd "$out" && tsc -p .)

# 3. The example runs, and the table holds.
node "$out/build/example.js" | grep -q "^10004 BINDING_NUMBER_PREFIX_MISMATCH"
node "$out/build/test.js"

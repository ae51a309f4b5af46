#!/usr/bin/env bash
# Packaging checks (issue "analyst's experience"), on what is committed: a fresh clone installs and runs the README's
# set-up command without a build at install; `npm pack` builds dist (prepack) and ships no prepare script; a
# consumer installs the tarball without the optional packages (--omit=optional, and again where better-sqlite3
# cannot compile) and still imports `analyze` and runs `claimtrail analyze`, while `claimtrail ingest` names the
# missing package. Takes minutes (npm ci compiles better-sqlite3), so it is not part of `npm test`.
#
# Usage: scripts/check-package.sh [REPO]    REPO defaults to this repository; KEEP=1 keeps the work folder.
set -euo pipefail

REPO=$(cd "${1:-$(dirname "$0")/..}" && pwd)
SEED=${SEED:-$REPO/../shared/fixtures/almirsad-kabulov-isis.txt}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimtrail-package-XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "work folder: $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
# As in CI (.ci/run): onnxruntime-node keeps the CPU binary it ships instead of downloading from nuget.org.
export ONNXRUNTIME_NODE_INSTALL=skip
NPM_QUIET=(--no-audit --no-fund --loglevel=error)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf 'ok: %s\n' "$*"; }
[ -f "$SEED" ] || fail "the seed article $SEED is missing (set SEED=path/to/article.txt)"

step "1. fresh clone of $REPO (committed files only), npm ci"
git clone -q "$REPO" "$WORK/clone"
cd "$WORK/clone"
echo "commit: $(git log -1 --format='%h %s' | cut -c1-100)"
npm ci "${NPM_QUIET[@]}"
[ ! -e dist ] || fail "npm ci built dist/: something still builds at install"
ok "npm ci ran no build (no prepare script)"
node -e "require('better-sqlite3')" && ok "better-sqlite3 installed and loads (optional dependencies are installed by default)"

step "2. the README's set-up: npx claimtrail analyze SEED --format md (no dist/: bin runs the sources under tsx)"
npx claimtrail analyze "$SEED" --format md > "$WORK/seed.md"
head -n 12 "$WORK/seed.md"
grep -q '^## Who said what' "$WORK/seed.md" || fail "the seed report has no 'Who said what' section"
ok "seed analysed from a fresh clone"

step "3. npm pack (prepack builds dist/)"
TGZ=$WORK/$(npm pack --pack-destination "$WORK" --loglevel=error 2>"$WORK/pack.log" | tail -n 1)
[ -f "$TGZ" ] || { cat "$WORK/pack.log"; fail "npm pack wrote no tarball"; }
ls -l "$TGZ" | awk '{print $5, $9}'
tar -tzf "$TGZ" > "$WORK/contents.txt"
grep -qx 'package/dist/index.js' "$WORK/contents.txt" || fail "the tarball lacks dist/index.js"
grep -qx 'package/dist/store-entry.js' "$WORK/contents.txt" || fail "the tarball lacks dist/store-entry.js"
! grep -q '^package/src/' "$WORK/contents.txt" || fail "the tarball ships src/"
tar -xOzf "$TGZ" package/package.json | node -e '
  const p = JSON.parse(require("fs").readFileSync(0, "utf8"));
  if (p.scripts?.prepare || p.scripts?.install || p.scripts?.postinstall) { console.error("scripts run at install:", p.scripts); process.exit(1); }
  console.log("optionalDependencies:", Object.keys(p.optionalDependencies ?? {}).join(", "));
  console.log("dependencies:", Object.keys(p.dependencies ?? {}).join(", "));' || fail "the published package.json runs a script at install"
ok "$(wc -l < "$WORK/contents.txt") files, dist/ built, no src/, no prepare/install script"

# $1: folder; $2…: extra npm install arguments. Installs the tarball into a new project there.
consumer() {
  local dir=$1; shift
  mkdir -p "$dir" && cd "$dir"
  npm init -y > /dev/null
  npm install "$TGZ" "${NPM_QUIET[@]}" "$@"
  printf 'Bridge to reopen\n\nThe mayor, Lena Berg, said the bridge will reopen in May. Critics say the repairs cost far too much money.\n' > article.txt
}

# Checks, in the current consumer project, that the core works and the store commands name the missing package.
core_without_store() {
  local got
  got=$(node -e "import('claimtrail').then(m => console.log(typeof m.analyze))")
  echo "import('claimtrail') → typeof analyze: $got"
  [ "$got" = function ] || fail "analyze is not a function"
  npx claimtrail analyze article.txt --format md > report.md
  head -n 8 report.md
  grep -q '^## Who said what' report.md || fail "claimtrail analyze printed no report"
  ok "claimtrail analyze works"
  set +e
  npx claimtrail ingest article.txt --db corpus.sqlite 2> ingest.err
  local code=$?
  set -e
  echo "claimtrail ingest → exit $code: $(cat ingest.err)"
  [ "$code" = 1 ] && grep -q 'npm install better-sqlite3' ingest.err || fail "ingest did not name better-sqlite3 and the npm command"
  ! grep -q '    at ' ingest.err || fail "ingest printed a stack trace"
  ok "claimtrail ingest names the missing package"
}

step "4. consumer: npm install TARBALL --omit=optional"
consumer "$WORK/consumer-omit" --omit=optional
for p in better-sqlite3 pg graphile-worker hono @hono/node-server onnxruntime-node; do
  [ ! -e "node_modules/$p" ] || fail "node_modules/$p was installed despite --omit=optional"
done
ok "none of better-sqlite3, pg, graphile-worker, hono, @hono/node-server, onnxruntime-node installed"
core_without_store

step "5. consumer where better-sqlite3 cannot compile (no prebuilt binary, node-gyp given an empty nodedir)"
# npm drops an optional dependency whose install script fails, and the install succeeds.
npm_config_nodedir="$WORK/no-headers" npm_config_build_from_source=true consumer "$WORK/consumer-broken"
if [ -e node_modules/better-sqlite3 ]; then
  node -e "new (require('better-sqlite3'))(':memory:')" 2>/dev/null && fail "better-sqlite3 compiled anyway: this check proves nothing here"
  fail "better-sqlite3 is installed but unbuilt (npm kept an optional package whose build failed)"
fi
[ -e node_modules/pg ] && ok "install succeeded; better-sqlite3 dropped, the other optional packages installed (pg present)"
core_without_store

step "6. consumer: a default install (better-sqlite3 builds where it can): claimtrail/store and ingest work"
consumer "$WORK/consumer-full"
if node -e "new (require('better-sqlite3'))(':memory:')" 2>/dev/null; then
  npx claimtrail ingest article.txt --db corpus.sqlite
  node -e "import('claimtrail/store').then(async (m) => { const s = await m.openStore('corpus.sqlite'); console.log('documents stored:', (await s.all('SELECT count(*) AS n FROM documents'))[0].n); await s.close(); })"
  ok "store works in a default install"
else
  echo "skipped: better-sqlite3 did not build here (npm 11 runs a dependency's install script only when approved; see the report)"
fi

printf '\nALL PACKAGE CHECKS PASSED\n'

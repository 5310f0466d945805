#!/usr/bin/env bash
# Builds the pinned reference app for `scripts/bench/reference.bench.mjs` (issue 17, item 4):
# OpenResume (github.com/xitanggg/open-resume), a well-known local-first form → PDF app, at a
# pinned commit, into .reference/open-resume (ignored by git; nothing of it is committed).
#
#   scripts/build-reference.sh [path-to-open-resume-git-dir]
#
# The source comes from a local git directory (default: the snapshot under /work/.mirror, or
# $OPEN_RESUME_GIT); only `npm ci` reaches the network, for the npm registry, installing exactly
# what the app's own lockfile pins. `next build` makes a standalone server (next.config.js says
# output: 'standalone'); its static files are copied beside it, as Next's docs ask.
set -euo pipefail

COMMIT=4f8255a2c763479837f69f1dccf2a3338730cd79 # "Fix scrollbar-thumb-gray override issue"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GIT_DIR="${1:-${OPEN_RESUME_GIT:-/work/.mirror/xitanggg+open-resume/repo}}"
OUT="$ROOT/.reference/open-resume"

if ! git --git-dir="$GIT_DIR" cat-file -e "$COMMIT^{commit}" 2>/dev/null; then
  echo "build-reference: no OpenResume commit $COMMIT in $GIT_DIR." >&2
  echo "Clone https://github.com/xitanggg/open-resume and pass its .git directory." >&2
  exit 1
fi

started=$(date +%s)
rm -rf "$OUT"
mkdir -p "$OUT"
# A snapshot may lack its largest blobs (here the two Chinese PDF fonts, fetched only when a
# résumé uses Chinese): leave those files out, say so, and build the rest. (git archive still
# prints "invalid object" for them, and exits 0.)
missing=()
while IFS=$'\t' read -r meta path; do
  sha=${meta##* }
  git --git-dir="$GIT_DIR" cat-file -e "$sha" 2>/dev/null || missing+=(":(exclude)$path")
done < <(git --git-dir="$GIT_DIR" ls-tree -r "$COMMIT")
for m in "${missing[@]}"; do echo "build-reference: absent from the snapshot, left out: ${m#:(exclude)}"; done
git --git-dir="$GIT_DIR" archive "$COMMIT" -- . "${missing[@]}" | tar -x -C "$OUT"
echo "$COMMIT" >"$OUT/.commit"

cd "$OUT"
export NEXT_TELEMETRY_DISABLED=1
npm ci --no-audit --no-fund --loglevel=error
installed=$(date +%s)
npx --no-install next build
cp -r .next/static .next/standalone/.next/static
cp -r public .next/standalone/public
finished=$(date +%s)

echo "build-reference: OpenResume $COMMIT in $OUT"
echo "build-reference: npm ci $((installed - started)) s, next build $((finished - installed)) s"

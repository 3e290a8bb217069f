#!/usr/bin/env bash
# Turns what a read-only job changed in its checkout into a binary patch that a later job, the only one allowed to
# write, applies after checking its digest (.ci/apply-patch.sh). Used for the regenerated client (regenerate
# workflow) and for the "Version packages" change (release workflow).
#   bash .ci/make-patch.sh <patch file> [--base <ref>] <pathspec>...
# Writes changed=true|false and sha256=<patch digest> to $GITHUB_OUTPUT when set; with --base, also
# client-changed=true|false: whether the generated client differs from the merge base with <ref>.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
shift
base=
if [ "${1:-}" = --base ]; then base=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: make-patch.sh <patch file> [--base <ref>] <pathspec>..." >&2; exit 2; }
mkdir -p "$(dirname "$out")"
# Stage to see new and deleted files too, write the patch, then leave the index as it was.
git add -A -- "$@"
git diff --cached --binary -- "$@" >"$out"
client_changed=
if [ -n "$base" ]; then
  mapfile -t clients < <(node --input-type=module -e 'import { generatedClients } from "./.ci/lib/generated-clients.mjs"; for (const c of generatedClients(".")) console.log(c.dir)')
  client_changed=false
  git diff --cached --quiet "$(git merge-base "$base" HEAD)" -- "${clients[@]}" || client_changed=true
fi
git reset -q -- "$@"
changed=false
[ -s "$out" ] && changed=true
sha=$(sha256sum "$out" | cut -d' ' -f1)
echo "make-patch: changed=$changed, $(wc -l <"$out") lines, sha256 $sha${base:+; generated client changed since $base: $client_changed}"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "changed=$changed"; echo "sha256=$sha"; [ -z "$base" ] || echo "client-changed=$client_changed"; } >>"$GITHUB_OUTPUT"
fi

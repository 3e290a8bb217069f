#!/usr/bin/env bash
# Applies a patch made by .ci/make-patch.sh in an earlier job, only if it is that very file (its sha256 came through
# the earlier job's outputs, which an artifact cannot rewrite) and it touches nothing outside the allowed paths.
#   PATCH=<file> PATCH_SHA256=<hex> PATCH_PATHS="<prefix> ..." bash .ci/apply-patch.sh
set -euo pipefail
: "${PATCH:?}" "${PATCH_SHA256:?}" "${PATCH_PATHS:?}"
actual=$(sha256sum "$PATCH" | cut -d' ' -f1)
if [ "$actual" != "$PATCH_SHA256" ]; then
  echo "::error::$PATCH is not the patch the earlier job made (sha256 $actual, expected $PATCH_SHA256)"
  exit 1
fi
read -r -a prefixes <<<"$PATCH_PATHS"
outside=()
while IFS= read -r path; do
  ok=false
  for p in "${prefixes[@]}"; do [[ "$path" == "$p"* ]] && ok=true; done
  $ok || outside+=("$path")
done < <(git apply --numstat "$PATCH" | cut -f3)
if [ ${#outside[@]} -gt 0 ]; then
  echo "::error::$PATCH touches files outside ${PATCH_PATHS}: ${outside[*]}"
  exit 1
fi
git apply --index "$PATCH"
echo "apply-patch: applied $(git diff --cached --name-only | wc -l) file(s) from $PATCH (sha256 verified)"

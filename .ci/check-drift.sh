#!/usr/bin/env bash
# Fails when regenerating changed anything git tracks (or left new files) under packages/.
# Prints the stat and the first lines of the diff so a reviewer sees what the model change did.
set -euo pipefail
drift=$(git status --porcelain -- packages)
if [ -n "$drift" ]; then
  echo "::error::generated code is out of date with model/, smithy-build.json or codegen/"
  echo "$drift"
  git --no-pager diff --stat -- packages
  git --no-pager diff -- packages | head -n 200
  git ls-files --others --exclude-standard -- packages | head -n 50
  echo "Run 'npm run generate' and commit the result."
  exit 1
fi
echo "drift gate: generated packages match the model"

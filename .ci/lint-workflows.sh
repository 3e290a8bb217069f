#!/usr/bin/env bash
# The GitHub Actions workflows cannot run here, so CI lints them instead:
#   yamllint (Debian)                  YAML syntax and style
#   action-validator (npm)             each workflow against the GitHub workflow JSON schema (SchemaStore's)
#   .ci/parse-workflows.mjs            GitHub's own parser (@actions/workflow-parser): schema, expression contexts
#   .ci/check-workflow-scripts.mjs     every `npm run X` a workflow calls exists in package.json
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#files[@]} -eq 0 ]; then echo "no workflows found" >&2; exit 1; fi
yamllint --strict -c .yamllint.yml "${files[@]}"
for f in "${files[@]}"; do
  npx --no-install action-validator "$f"
  echo "action-validator: $f ok"
done
node .ci/parse-workflows.mjs "${files[@]}"
node .ci/check-workflow-scripts.mjs "${files[@]}"

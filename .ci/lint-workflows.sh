#!/usr/bin/env bash
# The GitHub Actions workflows cannot run here, so CI lints them instead:
#   yamllint (Debian)                  YAML syntax and style
#   action-validator (npm)             each workflow against the GitHub workflow JSON schema (SchemaStore's)
#   .ci/parse-workflows.mjs            GitHub's own parser (@actions/workflow-parser): schema, expression contexts
#   .ci/check-workflow-scripts.mjs     every `npm run X` a workflow calls exists in package.json
#   zizmor (PyPI, pinned in .ci/requirements-lint.txt)
#                                      GitHub Actions security audits of the workflows and dependabot.yml, offline
#                                      (the audits that need the GitHub API are skipped); any finding fails
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ ${#files[@]} -eq 0 ]; then echo "no workflows found" >&2; exit 1; fi
yamllint --strict -c .yamllint.yml "${files[@]}" .github/dependabot.yml
for f in "${files[@]}"; do
  npx --no-install action-validator "$f"
  echo "action-validator: $f ok"
done
node .ci/parse-workflows.mjs "${files[@]}"
node .ci/check-workflow-scripts.mjs "${files[@]}"

# zizmor lives in its own virtualenv under build/ (no system Python package is touched), installed from PyPI at the
# pinned version when missing or different.
venv=build/tools/zizmor
want=$(sed -n 's/^zizmor==//p' .ci/requirements-lint.txt)
if [ "$("$venv/bin/zizmor" --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r .ci/requirements-lint.txt
fi
# --offline: no GitHub API here, so the online audits (impostor-commit, ref-version-mismatch, known-vulnerable-actions,
# stale-action-refs) are skipped; every pin was checked against the action's repository when it was written.
"$venv/bin/zizmor" --version
"$venv/bin/zizmor" --offline --no-progress --color never .github/

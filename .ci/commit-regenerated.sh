#!/usr/bin/env bash
# The regenerate workflow's commit-regenerated job: applies the regenerate job's patch (verified by .ci/apply-patch.sh,
# packages/ only), commits it as github-actions[bot] and pushes it to the pull request's branch. The token reaches git
# for the push only, through the environment, never written to disk; the push fails if the branch moved meanwhile.
#   PATCH=<file> PATCH_SHA256=<hex> HEAD_REF=<branch> GITHUB_TOKEN=<token> bash .ci/commit-regenerated.sh
set -euo pipefail
: "${HEAD_REF:?}" "${GITHUB_TOKEN:?}"
PATCH_PATHS="packages/" bash "$(dirname "$0")/apply-patch.sh"
git -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
  commit -q -m "Regenerate the client from model/ (npm run generate)"
git --no-pager show --stat --format='%h %s' HEAD
export GIT_CONFIG_COUNT=1
export GIT_CONFIG_KEY_0="http.https://github.com/.extraheader"
GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $(printf 'x-access-token:%s' "$GITHUB_TOKEN" | base64 -w0)"
export GIT_CONFIG_VALUE_0
git push origin "HEAD:refs/heads/$HEAD_REF"
echo "::notice::pushed the regenerated client to $HEAD_REF. A push made with the workflow's token starts no new run; this run's test job tested the same tree."

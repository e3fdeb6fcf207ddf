#!/usr/bin/env bash
# The entry of the "copydesk" pre-commit hook (.pre-commit-hooks.yaml): pre-commit runs it from
# its own checkout of this repository, in the user's repository, with the staged drafts as
# arguments. The first run builds Copydesk in that checkout (npm ci and npm run build: a
# minute or two); later runs start at once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ ! -f "$root/dist/cli.js" ]; then
  echo "copydesk: building Copydesk for pre-commit (once)…" >&2
  # The build needs no browser: skip the downloads some test dependencies make on install.
  (cd "$root" && export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 && npm ci --no-audit --no-fund --loglevel=error >&2 && npm run build --silent >&2)
fi
exec node "$root/dist/cli.js" check "$@"

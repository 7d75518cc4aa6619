#!/usr/bin/env bash
# Regenerates the extracted schema (sanity/schema.json) and the TypeGen output
# (shared/content/sanity.types.ts) and fails when either differs from what is committed: a schema or
# GROQ query was changed without running this script (or `npm run typegen`) and committing the result.
# Offline: needs no Sanity login and no network.
#
#   sanity/scripts/typegen-check.sh           regenerate, then fail on drift (CI)
#   sanity/scripts/typegen-check.sh --write   regenerate only (after editing the schema or a query)
set -euo pipefail

studio="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$studio"
export DO_NOT_TRACK=1 NO_UPDATE_NOTIFIER=1 SANITY_TELEMETRY_DISABLED=1

outputs=(schema.json ../shared/content/sanity.types.ts)

# --enforce-required-fields: a field whose validation has a required rule is typed as always present.
npx --no-install sanity schema extract --enforce-required-fields --path schema.json >/dev/null
npx --no-install sanity typegen generate >/dev/null

if [[ "${1:-}" == "--write" ]]; then
  echo "typegen: wrote sanity/schema.json and shared/content/sanity.types.ts"
  exit 0
fi

if [[ -n "$(git status --porcelain -- "${outputs[@]}")" ]]; then
  git --no-pager diff --stat -- "${outputs[@]}" >&2 || true
  git status --short -- "${outputs[@]}" >&2
  cat >&2 <<'MSG'
typegen: sanity/schema.json or shared/content/sanity.types.ts is out of date (or not committed).
The Sanity schema or a GROQ query in shared/content/queries.ts changed without regenerating its types.
Run `sanity/scripts/typegen-check.sh --write` and commit both files.
MSG
  exit 1
fi
echo "typegen: schema.json and sanity.types.ts match the schema and the queries"

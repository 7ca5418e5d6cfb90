#!/usr/bin/env bash
# Lints every golden OpenAPI document of the repo (*/src/test/resources/openapi/*.json, written by each
# service's ApiDocsGoldenIntegrationTest) with Redocly (recommended) and Spectral (spectral:oas).
# Fails on any error of either; warnings are printed and allowed. Needs `npm ci` in this folder first.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
bin=node_modules/.bin
# No usage reports and no update notices: CI reaches only the package registries.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

shopt -s nullglob
documents=("$root"/*/src/test/resources/openapi/*.json)
if [ ${#documents[@]} -eq 0 ]; then
  echo "api-lint: no golden OpenAPI document under */src/test/resources/openapi/" >&2
  exit 1
fi

failed=()
for document in "${documents[@]}"; do
  name=${document#"$root"/}
  echo "=== $name: redocly (recommended)"
  "$bin/redocly" lint --config redocly.yaml --format stylish "$document" || failed+=("$name (redocly)")
  echo "=== $name: spectral (spectral:oas)"
  "$bin/spectral" lint --ruleset .spectral.yaml --fail-severity error "$document" || failed+=("$name (spectral)")
done

if [ ${#failed[@]} -gt 0 ]; then
  printf 'api-lint: errors in %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "api-lint: ${#documents[@]} document(s), no errors"

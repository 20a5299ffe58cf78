#!/usr/bin/env bash
# Lints the four OpenAPI documents (api/<service>/openapi.yaml) with Spectral under api/.spectral.yaml; any error or
# warning fails. Installs Spectral (npm) into a cache directory when missing, never into the repository.
# Environment: API_LINT_CACHE (default ~/.cache/china-auto-api-lint).
set -euo pipefail
cd "$(dirname "$0")"

SPECTRAL_VERSION=6.16.3
CACHE="${API_LINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/china-auto-api-lint}"
SPECTRAL="$CACHE/node_modules/.bin/spectral"

if ! "$SPECTRAL" --version 2>/dev/null | grep -qx "$SPECTRAL_VERSION"; then
  command -v npm >/dev/null || { echo "lint: npm is needed to install Spectral" >&2; exit 1; }
  echo "lint: installing @stoplight/spectral-cli@$SPECTRAL_VERSION into $CACHE"
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --silent --no-audit --no-fund "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null
fi

"$SPECTRAL" lint --ruleset .spectral.yaml --fail-severity=warn --format=stylish \
  market-service/openapi.yaml exports-service/openapi.yaml deliveries-service/openapi.yaml gateway/openapi.yaml

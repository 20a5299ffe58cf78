#!/usr/bin/env bash
# Prints an RS256 JWT that the services accept (issuer china-auto-suite, audience china-auto-api, roles in the `groups` claim),
# signed with the private key made by init-secrets.sh (or any key whose public half is deployed).
#   k8s/scripts/make-token.sh [--key FILE] [--subject NAME] [--groups editor[,reader]] [--hours N]
# Default: --key k8s/overlays/dev/secrets/jwt-private-key.pem --subject editor --groups editor --hours 12
set -euo pipefail
key="$(cd "$(dirname "$0")/.." && pwd)/overlays/dev/secrets/jwt-private-key.pem"
subject="editor"
groups="editor"
hours=12
while [[ $# -gt 0 ]]; do
  case "$1" in
    --key) key="$2"; shift 2 ;;
    --subject) subject="$2"; shift 2 ;;
    --groups) groups="$2"; shift 2 ;;
    --hours) hours="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -f "$key" ]] || { echo "no private key $key (run k8s/scripts/init-secrets.sh first)" >&2; exit 1; }
[[ "$subject" =~ ^[A-Za-z0-9._@-]+$ && "$groups" =~ ^[A-Za-z0-9_,-]+$ && "$hours" =~ ^[0-9]+$ ]] \
  || { echo "subject, groups or hours contain unexpected characters" >&2; exit 2; }

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups_json="[\"${groups//,/\",\"}\"]"
header='{"alg":"RS256","typ":"JWT"}'
claims="{\"iss\":\"china-auto-suite\",\"aud\":\"china-auto-api\",\"sub\":\"$subject\",\"upn\":\"$subject\",\"groups\":$groups_json,\"iat\":$now,\"exp\":$((now + hours * 3600))}"
input="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
signature="$(printf '%s' "$input" | openssl dgst -sha256 -sign "$key" -binary | b64url)"
echo "$input.$signature"

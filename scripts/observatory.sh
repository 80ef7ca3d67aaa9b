#!/usr/bin/env bash
# The MDN HTTP Observatory's own scanner (npm package @mdn/mdn-http-observatory) against the site, served here with
# production settings. Run by hand, not by `make test`: it installs the scanner from the npm registry.
#
#   scripts/observatory.sh            # as root: the scanner only knows host names, so the site answers on ports 80/443
#
# HTTP on 127.0.0.1:80 (it redirects to HTTPS) and HTTPS on 127.0.0.1:443 are two gunicorn servers with DEBUG=0, a
# throw-away SQLite database and collected static files in a temporary folder, and a self-signed certificate for
# "localhost" that the scanner is told to trust (NODE_EXTRA_CA_CERTS), so HSTS and the redirection count as on a real
# site. Needs node ≥ 20 with npm, openssl, curl and the virtualenv (make venv). Prints each test, the score and the
# grade; exits non-zero below GOAL (default 100, the A+ line).
set -euo pipefail
cd "$(dirname "$0")/.."
SCANNER_VERSION=1.4.8
GOAL=${GOAL:-100}
PY=.venv/bin/python
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== the scanner, @mdn/mdn-http-observatory@$SCANNER_VERSION"
# --ignore-scripts: its install scripts fetch Mozilla's CA bundle and Chromium's HSTS preload list from other hosts.
# We trust our own certificate instead, and localhost is on no preload list, which an empty list says.
npm install --prefix "$work/scanner" --ignore-scripts --no-audit --no-fund --loglevel=error \
  "@mdn/mdn-http-observatory@$SCANNER_VERSION" >/dev/null
scanner="$work/scanner/node_modules/@mdn/mdn-http-observatory"
echo '{}' >"$scanner/conf/hsts-preload.json"

echo "== a certificate for localhost"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null

echo "== the site with production settings"
SECRET_KEY=$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY DEBUG=0 ALLOWED_HOSTS=localhost SITE_URL=https://localhost TASKS_BACKEND=immediate
export DATABASE_URL="sqlite:///$work/db.sqlite3" STATIC_ROOT="$work/static" LOG_LEVEL=ERROR
unset SECURE_SSL_REDIRECT SECURE_COOKIES SECURE_HSTS_SECONDS BEHIND_PROXY
$PY scripts/compile_messages.py >/dev/null
$PY manage.py migrate --noinput >/dev/null
$PY manage.py collectstatic --noinput >/dev/null
server=(.venv/bin/gunicorn techpaten.wsgi --workers 2 --log-level warning)
"${server[@]}" --bind 127.0.0.1:443 --certfile "$work/cert.pem" --keyfile "$work/key.pem" &
pids+=($!)
"${server[@]}" --bind 127.0.0.1:80 &
pids+=($!)
for _ in $(seq 1 50); do
  curl -fs --cacert "$work/cert.pem" -o /dev/null https://localhost/ && curl -s -o /dev/null http://localhost/ && break
  sleep 0.2
done

echo "== the scan"
NODE_EXTRA_CA_CERTS="$work/cert.pem" node "$scanner/src/scan.js" localhost >"$work/result.json"
$PY - "$work/result.json" "$GOAL" <<'PYTHON'
import json
import sys

result = json.load(open(sys.argv[1], encoding="utf-8"))
if "error" in result:
    sys.exit(f"The scan failed: {result['error']}")
for name, test in sorted(result["tests"].items()):
    print(f"  {'pass' if test['pass'] else 'FAIL'} {test['scoreModifier']:+3d}  {name}: {test['result']}")
scan = result["scan"]
print(f"MDN HTTP Observatory: grade {scan['grade']}, score {scan['score']}, {scan['testsPassed']}/{scan['testsQuantity']} tests passed")
sys.exit(0 if scan["score"] >= int(sys.argv[2]) else 1)
PYTHON

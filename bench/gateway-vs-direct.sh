#!/usr/bin/env bash
# Authenticated requests per second through the gateway against the same request sent straight to
# the service, in one run with one load tool (wrk). Needs the platform up (./suite up) and wrk
# (Debian: apt-get install wrk). Results go to stdout; copy them into README.md with the date.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
user=${BENCH_USER:-officer.haining}
token=$(curl -sf -d client_id=shegong-cli -d grant_type=password -d username="$user" -d password=shegong-demo \
  http://127.0.0.1:8180/realms/shegong/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[ -n "$token" ] || { echo "bench: no token from Keycloak; is ./suite up running?" >&2; exit 1; }

# CPU seconds (user + system) a process group of ./suite has used so far, from /proc.
cpu_of() { # part
  local group; group=$(cat ".suite/run/$1.pid" 2>/dev/null) || { echo 0; return; }
  ps -o pid= -g "$group" | while read -r pid; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done \
    | awk -v hz="$(getconf CLK_TCK)" '{ s += $1 } END { printf "%.2f", s / hz }'
}

run() { # name url
  # A warm-up so both paths are measured with their hot code compiled by C2.
  wrk -t2 -c"$connections" -d"${WARMUP:-15s}" -H "Authorization: Bearer $token" "$2" >/dev/null
  local gateway_before service_before
  gateway_before=$(cpu_of gateway); service_before=$(cpu_of procurement-service)
  local out; out=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$2")
  local requests; requests=$(awk '/requests in/ {print $1}' <<<"$out")
  local gateway_us; gateway_us=$(awk -v a="$gateway_before" -v b="$(cpu_of gateway)" -v n="$requests" 'BEGIN { printf "%d", (b - a) * 1e6 / n }')
  local service_us; service_us=$(awk -v a="$service_before" -v b="$(cpu_of procurement-service)" -v n="$requests" 'BEGIN { printf "%d", (b - a) * 1e6 / n }')
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  local p50; p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  local p99; p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$1 $rps $p50 $p99 ${errors:-0} $gateway_us $service_us"
}

echo "wrk -t2 -c$connections -d$duration, GET /api/procurement/me with a Keycloak RS256 token, $(nproc) cores"
direct=$(run direct http://127.0.0.1:8081/api/procurement/me)
gateway=$(run gateway http://127.0.0.1:8080/api/procurement/me)
printf '%-8s %10s %8s %8s %8s %14s %14s\n' path req/s p50 p99 non-2xx 'gateway µs/req' 'service µs/req'
printf '%-8s %10s %8s %8s %8s %14s %14s\n' $direct
printf '%-8s %10s %8s %8s %8s %14s %14s\n' $gateway
awk -v d="$(cut -d' ' -f2 <<<"$direct")" -v g="$(cut -d' ' -f2 <<<"$gateway")" \
  'BEGIN { printf "gateway / direct = %.2f\n", g / d }'

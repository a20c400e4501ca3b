#!/usr/bin/env bash
# Runs every test of the product: domain unit tests, HTTP integration tests on SQLite and on a
# throwaway PostgreSQL cluster the tests start themselves, and (when present) browser tests in
# Debian's chromium. Installs what it needs. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

# PostgreSQL 15 server programs (initdb, pg_ctl) and the postgres user that runs them.
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || ! id postgres >/dev/null 2>&1; then
  apt_install postgresql-15
fi
# Browser tests use Debian's chromium; never a browser download.
if [ -d tests/WorkAbility.Browser.Tests ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

# The PostgreSQL servers this run's tests start write their PIDs here (PostgresCluster.RecordServerPid).
pids=$(mktemp)
export WORKABILITY_TEST_PIDS="$pids"
cleanup() {
  # A crashed test run must not leave a database server behind; only the servers this run started
  # are stopped, by PID, so a parallel run's cluster is never touched.
  while read -r pid; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -QUIT "$pid" 2>/dev/null || true
    fi
  done < "$pids"
  rm -f "$pids"
}
trap cleanup EXIT

log=$(mktemp)
dotnet build WorkAbility.slnx -c Release -warnaserror 2>&1 | tail -n 3
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test WorkAbility.slnx -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -oE 'Passed:[[:space:]]+[0-9]+' "$log" | grep -oE '[0-9]+' | paste -sd+ - | bc)
failed=$(grep -oE 'Failed:[[:space:]]+[0-9]+' "$log" | grep -oE '[0-9]+' | paste -sd+ - | bc)
rm -f "$log"
passed=${passed:-0}
failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed"
exit "$status"

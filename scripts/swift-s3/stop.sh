#!/usr/bin/env bash
# Stop what start.sh started (by the pids it recorded). --purge also deletes the state dir.
set -uo pipefail
DIR=${SWIFT_S3_DIR:-/var/tmp/saraban-swift-s3}
pids=""
for f in "$DIR"/run/*.pid; do
  [ -s "$f" ] || continue
  pid=$(cat "$f")
  # only signal a process that still runs one of our commands
  if kill -0 "$pid" 2>/dev/null && grep -qaE 'swift|memcached' "/proc/$pid/cmdline" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null   # setsid: pid is the group leader (workers too)
    pids="$pids $pid"
  fi
  rm -f "$f"
done
for i in $(seq 1 50); do
  left=""; for p in $pids; do kill -0 "$p" 2>/dev/null && left="$left $p"; done
  [ -z "$left" ] && break; sleep 0.2
done
for p in $left; do kill -KILL -- "-$p" 2>/dev/null || kill -KILL "$p" 2>/dev/null; done
[ "${1:-}" = "--purge" ] && rm -rf "$DIR"
echo "[swift-s3] stopped${pids:+:$pids}" >&2

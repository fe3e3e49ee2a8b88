#!/usr/bin/env bash
# Issue 19 (scale-out), step one: a real S3-compatible server for the storage tests to come.
# Verified 2 Dec 2026 with @aws-sdk/client-s3: put, head, get (range), list, presigned URLs and
# delete work; conditional put (IfNoneMatch) and DeleteObjects (needs Content-MD5) do not.
# Clients need forcePathStyle, region us-east-1, and checksums WHEN_REQUIRED.
# Start a single-node OpenStack Swift (Debian 12 packages) with the s3api
# middleware on loopback, for tests. Idempotent: installs what is missing,
# (re)writes the configs, builds the rings once, starts whatever is not
# running, and waits until a signed S3 request answers.
#
#   SWIFT_S3_DIR   state dir (configs, rings, data, logs, pids)  default /var/tmp/saraban-swift-s3
#   S3_PORT        proxy / S3 endpoint port on 127.0.0.1          default 8080
#   SWIFT_BASE_PORT  account=+0, container=+1, object=+2, memcached=+3  default 6310
#
# Prints the endpoint and credentials as shell assignments on stdout (last lines).
set -euo pipefail

DIR=${SWIFT_S3_DIR:-/var/tmp/saraban-swift-s3}
S3_PORT=${S3_PORT:-8080}
BASE=${SWIFT_BASE_PORT:-6310}
ACCOUNT_PORT=$BASE CONTAINER_PORT=$((BASE + 1)) OBJECT_PORT=$((BASE + 2)) MEMCACHED_PORT=$((BASE + 3))
ACCESS_KEY='test:tester' SECRET_KEY='testing' REGION='us-east-1'
PY=/usr/bin/python3 # not whatever python3 is first on PATH (pyenv etc.)
log() { echo "[swift-s3] $*" >&2; }
t0=$(date +%s%3N)

# --- 1. packages --------------------------------------------------------------
PKGS="swift swift-proxy swift-account swift-container swift-object memcached"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  [ "$(id -u)" = 0 ] || { log "need root to install:$missing"; exit 1; }
  log "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d (if present) keeps the packaged services from starting; we run our own.
  apt-get install -y -q --no-install-recommends $missing >"${TMPDIR:-/tmp}/swift-s3-apt.log" 2>&1 || {
    apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $missing; }
fi
# swift.conf (hash prefix/suffix, storage policies) is always read from /etc/swift.
if ! grep -q '^\[swift-hash\]' /etc/swift/swift.conf 2>/dev/null; then
  mkdir -p /etc/swift
  printf '[swift-hash]\nswift_hash_path_suffix = saraban-test\nswift_hash_path_prefix = saraban-test\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n' >/etc/swift/swift.conf
fi

# --- 2. layout and configs ----------------------------------------------------
mkdir -p "$DIR"/{etc,srv/d1,log,run,cache}
ME=$(id -un)
# The object server keeps metadata in user xattrs: refuse a filesystem without them.
$PY - "$DIR/srv/d1" <<'EOF' || { log "no user xattrs on $DIR (tmpfs before Linux 6.6?) - set SWIFT_S3_DIR"; exit 1; }
import os, sys, tempfile
fd, p = tempfile.mkstemp(dir=sys.argv[1])
try:
    os.setxattr(p, 'user.swift.test', b'x' * 254)
finally:
    os.close(fd); os.unlink(p)
EOF

common="[DEFAULT]
bind_ip = 127.0.0.1
swift_dir = $DIR/etc
devices = $DIR/srv
mount_check = false
user = $ME
workers = 0
log_level = INFO
disable_fallocate = true
recon_cache_path = $DIR/cache
"
for kind in account container object; do
  case $kind in account) port=$ACCOUNT_PORT ;; container) port=$CONTAINER_PORT ;; object) port=$OBJECT_PORT ;; esac
  cat >"$DIR/etc/$kind-server.conf" <<EOF
$common
bind_port = $port

[pipeline:main]
pipeline = healthcheck $kind-server

[app:$kind-server]
use = egg:swift#$kind

[filter:healthcheck]
use = egg:swift#healthcheck
EOF
done
# object-updater sweeps async pendings (container listing updates that timed out)
cat >>"$DIR/etc/object-server.conf" <<'EOF'
[object-updater]
interval = 5
concurrency = 1
EOF

cat >"$DIR/etc/proxy-server.conf" <<EOF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $S3_PORT
swift_dir = $DIR/etc
user = $ME
workers = 0

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo versioned_writes proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true

[filter:s3api]
use = egg:swift#s3api
location = $REGION

[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = testing .admin

[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:$MEMCACHED_PORT

[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:versioned_writes]
use = egg:swift#versioned_writes
[filter:dlo]
use = egg:swift#dlo
EOF

# --- 3. rings (one replica, one device), built once, in one Python process --------
$PY - "$DIR/etc" "$ACCOUNT_PORT" "$CONTAINER_PORT" "$OBJECT_PORT" <<'EOF'
import os, sys
from swift.common.ring import RingBuilder
d = sys.argv[1]
for kind, port in zip(('account', 'container', 'object'), sys.argv[2:5]):
    ring = os.path.join(d, kind + '.ring.gz')
    if os.path.exists(ring):
        continue
    b = RingBuilder(6, 1, 1)  # 2^6 partitions, 1 replica, min_part_hours 1
    b.add_dev({'region': 1, 'zone': 1, 'ip': '127.0.0.1', 'port': int(port), 'device': 'd1', 'weight': 1})
    b.rebalance()
    b.save(os.path.join(d, kind + '.builder'))
    b.get_ring().save(ring + '.tmp')
    os.rename(ring + '.tmp', ring)
EOF

# --- 4. processes ---------------------------------------------------------------
alive() { [ -s "$DIR/run/$1.pid" ] && kill -0 "$(cat "$DIR/run/$1.pid")" 2>/dev/null; }
start() { # name, command...
  local name=$1; shift
  if alive "$name"; then return; fi
  setsid "$@" >>"$DIR/log/$name.log" 2>&1 </dev/null &
  echo $! >"$DIR/run/$name.pid"
}
mc_user=memcache; id memcache >/dev/null 2>&1 || mc_user=nobody
start memcached memcached -l 127.0.0.1 -p "$MEMCACHED_PORT" -U 0 -m 32 -c 256 -u "$mc_user"
for kind in account container object; do
  start "$kind-server" /usr/bin/swift-$kind-server "$DIR/etc/$kind-server.conf" -v
done
start object-updater /usr/bin/swift-object-updater "$DIR/etc/object-server.conf" -v
start proxy-server /usr/bin/swift-proxy-server "$DIR/etc/proxy-server.conf" -v

# --- 5. readiness: backends' healthchecks, then a SigV4-signed S3 ListBuckets ------
probe() {
  $PY - "$S3_PORT" "$ACCESS_KEY" "$SECRET_KEY" "$REGION" "$ACCOUNT_PORT" "$CONTAINER_PORT" "$OBJECT_PORT" <<'EOF'
import datetime, hashlib, hmac, sys, urllib.request
port, ak, sk, region = sys.argv[1:5]
for p in sys.argv[5:]:
    urllib.request.urlopen('http://127.0.0.1:%s/healthcheck' % p, timeout=2).read()
host = '127.0.0.1:%s' % port
now = datetime.datetime.utcnow()
amz_date, day = now.strftime('%Y%m%dT%H%M%SZ'), now.strftime('%Y%m%d')
empty = hashlib.sha256(b'').hexdigest()
canon = '\n'.join(['GET', '/', '', 'host:' + host, 'x-amz-content-sha256:' + empty,
                   'x-amz-date:' + amz_date, '', 'host;x-amz-content-sha256;x-amz-date', empty])
scope = '%s/%s/s3/aws4_request' % (day, region)
sts = '\n'.join(['AWS4-HMAC-SHA256', amz_date, scope, hashlib.sha256(canon.encode()).hexdigest()])
k = ('AWS4' + sk).encode()
for part in (day, region, 's3', 'aws4_request'):
    k = hmac.new(k, part.encode(), hashlib.sha256).digest()
sig = hmac.new(k, sts.encode(), hashlib.sha256).hexdigest()
req = urllib.request.Request('http://%s/' % host, headers={
    'x-amz-date': amz_date, 'x-amz-content-sha256': empty,
    'Authorization': 'AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=%s' % (ak, scope, sig)})
body = urllib.request.urlopen(req, timeout=5).read()
assert b'ListAllMyBucketsResult' in body, body[:300]
EOF
}
deadline=$(( $(date +%s) + ${SWIFT_S3_TIMEOUT:-60} ))
until probe 2>/dev/null; do
  for n in memcached account-server container-server object-server proxy-server; do
    alive "$n" || { log "$n exited; last log lines:"; tail -20 "$DIR/log/$n.log" >&2; exit 1; }
  done
  if [ "$(date +%s)" -ge $deadline ]; then log "S3 endpoint not ready; last probe:"; probe || true; exit 1; fi
  sleep 0.3
done
log "ready in $(( $(date +%s%3N) - t0 )) ms (swift $($PY -c 'import swift; print(swift.__version__)'), dir $DIR)"
cat <<EOF
S3_ENDPOINT=http://127.0.0.1:$S3_PORT
S3_REGION=$REGION
S3_ACCESS_KEY_ID=$ACCESS_KEY
S3_SECRET_ACCESS_KEY=$SECRET_KEY
S3_FORCE_PATH_STYLE=true
EOF

#!/usr/bin/env bash
# Side by side: civicgraph's GraphQL read path against PostGraphile 4 (the peer a user would pick instead)
# on the SAME PostgreSQL database, same machine, same moment: rounds interleave the two servers so that
# noise from other work hits both alike. Prints one line per cell and the ratio ours/peer of req/s.
# Extended from shared/bench/vs-postgraphile.sh (same TREE and PAGE pairs) with two questions the peer
# cannot express (an accent-insensitive people search; the tree with heads and member counts on a day):
# those are compared with the floor, one hand-written SQL statement per request returning the same JSON
# (scripts/bench/sql-floor.ts); the script first checks that ours and the floor answer the same.
#
#   usage: scripts/bench/vs-postgraphile.sh OURS_GRAPHQL_URL DATABASE_URL [SECONDS_PER_CELL] [ROUNDS]
#   OURS_AUTH=<key or token> sends `authorization: Bearer <it>` to our server.
#   QUERIES="TREE PAGE PEOPLE HEADS" and CONNECTIONS="1 8" choose the cells.
#
# The peer is installed once into a cache folder outside the repository (never into the project).
set -euo pipefail
ours=${1:?ours url}; db=${2:?database url}; secs=${3:-8}; rounds=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
cache=${PEER_CACHE:-${TMPDIR:-/tmp}/civicgraph-peer-postgraphile}
port=${PEER_PORT:-5055}; floor_port=${FLOOR_PORT:-5056}
mkdir -p "$cache"
if [ ! -x "$cache/node_modules/.bin/postgraphile" ]; then
  (cd "$cache" && [ -f package.json ] || echo '{"private":true}' > "$cache/package.json"
   cd "$cache" && npm install --no-audit --no-fund --silent postgraphile@4.14.1 autocannon@8 >/dev/null)
fi
# A corrected record points to the one it replaces (`replaces_id`, unique): PostGraphile would name the
# forward and the backward one-to-one relation alike and refuse to start, so those constraints are
# hidden from it with smart tags (the CLI reads postgraphile.tags.json5 from its working directory).
node -e '
  const pg = require("module").createRequire(process.argv[1] + "/")("pg");
  const c = new pg.Client({ connectionString: process.argv[2] });
  c.connect()
    .then(() => c.query("select conname from pg_constraint where conname like $1", ["%replaces_id_foreign"]))
    .then(({ rows }) => {
      const constraint = Object.fromEntries(rows.map((r) => [r.conname, { tags: { omit: true } }]));
      process.stdout.write(JSON.stringify({ version: 1, config: { constraint } }));
      return c.end();
    })' "$here/../.." "$db" >"$cache/postgraphile.tags.json5"
(cd "$cache" && exec node_modules/.bin/postgraphile -c "$db" -s public --host 127.0.0.1 --port "$port" \
  --disable-default-mutations --disable-query-log >"$cache/peer.log" 2>&1) &
peer_pid=$!
node --import tsx "$here/sql-floor.ts" "$db" "$floor_port" >"$cache/floor.log" 2>&1 &
floor_pid=$!
trap 'kill $peer_pid $floor_pid 2>/dev/null || true' EXIT
for i in $(seq 61); do
  curl -fs -o /dev/null -H 'content-type: application/json' -d '{"query":"{__typename}"}' "http://127.0.0.1:$port/graphql" && break
  [ "$i" = 61 ] && { echo "PostGraphile did not start:" >&2; tail -20 "$cache/peer.log" >&2; exit 1; }
  sleep 0.5
done
for _ in $(seq 60); do curl -fs -o /dev/null -X POST "http://127.0.0.1:$floor_port/people" && break; sleep 0.5; done

OURS_TREE='{ organisation(code: "TU") { children(kind: [DISTRICT_COMMITTEE], first: 30) { nodes { id name children(first: 20) { totalCount nodes { id name kind } } } } } }'
PEER_TREE='{ organisationByCode(code: "TU") { organisationsByParentId(condition: {kind: "district_committee"}, first: 30) { nodes { id name organisationsByParentId(first: 20) { totalCount nodes { id name kind } } } } } }'
OURS_PAGE='{ organisations(first: 500) { nodes { id code name kind } } }'
PEER_PAGE='{ allOrganisations(first: 500) { nodes { id code name kind } } }'
OURS_PEOPLE='{ people(search: "nguyen thi tuyen", first: 10) { nodes { id name } } }'
FLOOR_PEOPLE=people
OURS_HEADS='{ organisation(code: "TU") { id name head(asOf: "2022-07-13") { title person { name } } children(kind: [DISTRICT_COMMITTEE], first: 30) { totalCount nodes { id name children(kind: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL], first: 20) { totalCount nodes { id name head(asOf: "2022-07-13") { title person { name } } memberCount(asOf: "2022-07-13") } } } } } }'
FLOOR_HEADS=heads

ac="$cache/node_modules/.bin/autocannon"
auth=(); [ -n "${OURS_AUTH:-}" ] && auth=(-H "authorization=Bearer $OURS_AUTH")
body_of() { node -e 'console.log(JSON.stringify({query: process.argv[1]}))' "$1"; }
cell() { # label url body connections -> prints "rps p50 p99 errors"
  local a=(); [ "$1" = ours ] && a=("${auth[@]}")
  "$ac" -j -c "$4" -d "$secs" -m POST -H 'content-type=application/json' "${a[@]}" -b "$3" "$2" 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);console.log(r.requests.average,r.latency.p50,r.latency.p99,r.errors+r.non2xx)})'
}
same() { # ours.json floor.json -> exit 1 when they differ
  node -e 'const fs=require("fs");const [a,b]=process.argv.slice(1).map(f=>JSON.stringify(JSON.parse(fs.readFileSync(f,"utf8"))));if(a!==b){console.error("answers differ:\n"+a.slice(0,300)+"\n"+b.slice(0,300));process.exit(1)}' "$1" "$2"
}
queries=${QUERIES:-TREE PAGE PEOPLE HEADS}
for q in $queries; do
  f_var="FLOOR_$q"; [ -n "${!f_var:-}" ] || continue
  o_var="OURS_$q"
  curl -s "${auth[@]/=/: }" -H 'content-type: application/json' -d "$(body_of "${!o_var}")" "$ours" >"$cache/ours.json"
  curl -s -X POST "http://127.0.0.1:$floor_port/${!f_var}" >"$cache/floor.json"
  same "$cache/ours.json" "$cache/floor.json"
done
echo "| round | query | conn | ours req/s | other | other req/s | ours/other | ours p50/p99 ms | other p50/p99 ms | errors |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for r in $(seq "$rounds"); do
  for c in ${CONNECTIONS:-1 8}; do
    for q in $queries; do
      o_var="OURS_$q"; p_var="PEER_$q"; f_var="FLOOR_$q"
      read -r orps op50 op99 oerr < <(cell ours "$ours" "$(body_of "${!o_var}")" "$c")
      if [ -n "${!p_var:-}" ]; then
        other=PostGraphile
        read -r prps pp50 pp99 perr < <(cell peer "http://127.0.0.1:$port/graphql" "$(body_of "${!p_var}")" "$c")
      else
        other="SQL floor"
        read -r prps pp50 pp99 perr < <(cell floor "http://127.0.0.1:$floor_port/${!f_var}" '{}' "$c")
      fi
      ratio=$(node -e "console.log((${orps}/${prps}).toFixed(2))")
      echo "| $r | ${q,,} | $c | $orps | $other | $prps | **$ratio** | $op50/$op99 | $pp50/$pp99 | $oerr/$perr |"
    done
  done
done

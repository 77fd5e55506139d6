#!/usr/bin/env bash
# The two-core goal alone: `itu validate DIR` over 2,000 payloads (the
# corpus files copied round-robin, as bench/validate-dir.sh makes them) with
# GOMAXPROCS=1 and 2, in pairs whose order alternates (1 2, 2 1, ...), after
# one untimed run, nothing else run in between. Prints each run's wall time
# and the ratio of the means. Usage: bench/cores.sh [pairs] [GOGC...]
# (run from the module root; each GOGC value given is a series of its own,
# "" the command's default). itu is built as README installs it, without cgo
# (statically linked); CGO_ENABLED=1 bench/cores.sh times the dynamically
# linked binary plain `go build` makes where a C compiler is installed.
set -euo pipefail
pairs="${1:-8}"
shift || true
gogcs=("$@")
[ ${#gogcs[@]} -eq 0 ] && gogcs=("")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CGO_ENABLED="${CGO_ENABLED:-0}" go build -o "$work/itu" ./cmd/itu
mkdir -p "$work/payloads"
mapfile -t src < <(find examples/testdata/valid examples/testdata/invalid examples/testdata/realistic -name '*.json' ! -name '*.golden.json' ! -name 'json.too_large.*' | sort)
for i in $(seq 0 1999); do
  cp "${src[$((i % ${#src[@]}))]}" "$work/payloads/$(printf '%04d' "$i").json"
done
run() { # procs gogc -> ms
  local t0 t1
  t0=$(date +%s%N)
  if [ -n "$2" ]; then GOGC="$2" GOMAXPROCS="$1" "$work/itu" validate --as-of 2022-10-14 "$work/payloads" >/dev/null 2>&1 || true
  else GOMAXPROCS="$1" "$work/itu" validate --as-of 2022-10-14 "$work/payloads" >/dev/null 2>&1 || true; fi
  t1=$(date +%s%N)
  echo "scale=1; ($t1 - $t0) / 1000000" | bc
}
for g in "${gogcs[@]}"; do
  run 2 "$g" >/dev/null
  s1=0; s2=0
  for p in $(seq "$pairs"); do
    order="1 2"; [ $((p % 2)) = 0 ] && order="2 1"
    for procs in $order; do
      ms=$(run "$procs" "$g")
      echo "GOGC=${g:-default} procs=$procs ms=$ms"
      if [ "$procs" = 1 ]; then s1=$(echo "$s1 + $ms" | bc); else s2=$(echo "$s2 + $ms" | bc); fi
    done
  done
  echo "GOGC=${g:-default} mean procs=1 $(echo "scale=1; $s1 / $pairs" | bc) ms, procs=2 $(echo "scale=1; $s2 / $pairs" | bc) ms, ratio $(echo "scale=2; $s1 / $s2" | bc)"
done

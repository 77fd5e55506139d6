#!/usr/bin/env bash
# What two cores can give `itu validate` on this machine, against what they
# give two processes that share nothing. In each round, in an order that
# alternates, over the 2,000 payloads bench/cores.sh makes:
#   p1    one process, GOMAXPROCS=1, all 2,000 files
#   p2    one process, GOMAXPROCS=2, all 2,000 files
#   seq   two processes, GOMAXPROCS=1, 1,000 files each, one after the other
#   conc  the same two processes at once
# p1/p2 is the two-core goal's ratio; seq/conc is what two cores give work
# split between two processes with no address space, heap, file table or
# lock in common: the machine's own ceiling for this work, start-up and
# exit included. Prints each round, then the medians and their ratios.
# Usage (from the module root): bench/ceiling.sh [rounds]
set -euo pipefail
rounds="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
CGO_ENABLED="${CGO_ENABLED:-0}" go build -o "$work/itu" ./cmd/itu
mkdir -p "$work/all" "$work/half1" "$work/half2"
mapfile -t src < <(find examples/testdata/valid examples/testdata/invalid examples/testdata/realistic -name '*.json' ! -name '*.golden.json' ! -name 'json.too_large.*' | sort)
for i in $(seq 0 1999); do
  name="$(printf '%04d' "$i").json"
  cp "${src[$((i % ${#src[@]}))]}" "$work/all/$name"
  if [ "$i" -lt 1000 ]; then cp "$work/all/$name" "$work/half1/"; else cp "$work/all/$name" "$work/half2/"; fi
done
itu() { # procs dir
  GOMAXPROCS="$1" "$work/itu" validate --as-of 2022-10-14 "$2" >/dev/null 2>&1 || true
}
ms() { echo "scale=1; ($2 - $1) / 1000000" | bc; }
p1() { local t0; t0=$(date +%s%N); itu 1 "$work/all"; ms "$t0" "$(date +%s%N)"; }
p2() { local t0; t0=$(date +%s%N); itu 2 "$work/all"; ms "$t0" "$(date +%s%N)"; }
seq2() { local t0; t0=$(date +%s%N); itu 1 "$work/half1"; itu 1 "$work/half2"; ms "$t0" "$(date +%s%N)"; }
conc() { local t0; t0=$(date +%s%N); itu 1 "$work/half1" & itu 1 "$work/half2"; wait; ms "$t0" "$(date +%s%N)"; }
p2 >/dev/null; conc >/dev/null # untimed
: > "$work/rows"
for r in $(seq "$rounds"); do
  if [ $((r % 2)) = 1 ]; then a=$(p1); b=$(p2); c=$(seq2); d=$(conc)
  else d=$(conc); c=$(seq2); b=$(p2); a=$(p1); fi
  echo "round $r p1=$a p2=$b seq=$c conc=$d" | tee -a "$work/rows"
done
med() { # field
  sed -E "s/.* $1=([0-9.]+).*/\1/" "$work/rows" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'
}
m1=$(med p1); m2=$(med p2); ms_=$(med seq); mc=$(med conc)
echo "medians p1=$m1 p2=$m2 seq=$ms_ conc=$mc ms; p1/p2 $(echo "scale=3; $m1 / $m2" | bc), seq/conc $(echo "scale=3; $ms_ / $mc" | bc)"

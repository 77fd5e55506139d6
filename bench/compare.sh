#!/usr/bin/env bash
# Compares two commits of the module on every benchmark issue 18 names, in
# interleaved rounds (one round runs each commit's binaries once, in turn),
# so that a change in the machine's load falls on both alike.
#
# Usage (from the module root): bench/compare.sh BASE HEAD [rounds] [outdir]
#   BASE, HEAD  commits (or anything git rev-parse takes)
#   rounds      interleaved rounds (default 6)
#   outdir      where raw outputs go (default bench/out-BASE-HEAD)
#
# Each commit's test binaries are built in a git worktree of its own, with
# that commit's own benchmarks. Outputs, one file per commit and package:
#   examples-C.txt  Decode, Validate, DecodeValidate, DecodeStdlib,
#                   JSONSchema (seed and large dossier), DecodeValidateScale,
#                   ScaleFixedPart (where the commit has it)
#   payload-C.txt   payload.Check of the seed and of the realistic corpus
# Compare them with benchstat, e.g.
#   benchstat -filter '.unit:(cpu-ns/op OR allocs/op)' OUT/examples-BASE.txt OUT/examples-HEAD.txt
set -euo pipefail
base="$(git rev-parse --short "$1")"
head="$(git rev-parse --short "$2")"
rounds="${3:-6}"
out="${4:-bench/out-$base-$head}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
trap 'for c in "$base" "$head"; do git worktree remove --force "$work/$c" 2>/dev/null || true; done; rm -rf "$work"' EXIT
for c in "$base" "$head"; do
  git worktree add --detach "$work/$c" "$c" >/dev/null 2>&1
  (cd "$work/$c" && go test -c -o "$work/examples-$c.test" ./examples && go test -c -o "$work/payload-$c.test" ./payload)
  : > "$out/examples-$c.txt"
  : > "$out/payload-$c.txt"
done
for r in $(seq "$rounds"); do
  for c in "$base" "$head"; do
    (cd "$work/$c/examples" && "$work/examples-$c.test" -test.run '^$' \
      -test.bench '^Benchmark(Decode|Validate|DecodeValidate|DecodeStdlib|JSONSchema|DecodeValidateScale|ScaleFixedPart)$' \
      -test.benchmem >> "$out/examples-$c.txt")
    (cd "$work/$c/payload" && "$work/payload-$c.test" -test.run '^$' -test.bench '^BenchmarkCheck$' \
      -test.benchmem >> "$out/payload-$c.txt")
  done
  echo "round $r of $rounds done" >&2
done
echo "$out"

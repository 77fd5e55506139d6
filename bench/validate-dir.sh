#!/usr/bin/env bash
# Measures `itu validate DIR` over 2,000 payloads (the corpus files copied
# round-robin) on GOMAXPROCS=1 and on every core, interleaved, and the
# whole-process cost of validating the seed dossier against a hello-world Go
# binary (itu built as go build does, and without cgo, which links it
# statically as hello world is). Usage: bench/validate-dir.sh [rounds]
# (run from the module root)
set -euo pipefail
rounds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/itu" ./cmd/itu
# the same command built without cgo: linked statically, as hello world is
CGO_ENABLED=0 go build -o "$work/itu-static" ./cmd/itu
mkdir -p "$work/hello" "$work/payloads"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' > "$work/hello/main.go"
printf 'module hello\n\ngo 1.26\n' > "$work/hello/go.mod"
(cd "$work/hello" && go build -o "$work/hellobin" .)
# payloads only: not the expected-violation goldens, not the 4 MiB padded file
mapfile -t src < <(find examples/testdata/valid examples/testdata/invalid examples/testdata/realistic -name '*.json' ! -name '*.golden.json' ! -name 'json.too_large.*' | sort)
for i in $(seq 0 1999); do
  cp "${src[$((i % ${#src[@]}))]}" "$work/payloads/$(printf '%04d' "$i").json"
done
now() { date +%s.%N; }
# One untimed run first: the files were just written, and the first run
# over them pays for that (it ran 1.2-1.8 times slower). Then the order of
# the two runs alternates from round to round, so neither is always first.
"$work/itu" validate --as-of 2022-10-14 "$work/payloads" >/dev/null 2>&1 || true
for r in $(seq "$rounds"); do
  order="1 0"; [ $((r % 2)) = 0 ] && order="0 1"
  for procs in $order; do
    t0=$(now)
    if [ "$procs" = 1 ]; then GOMAXPROCS=1 "$work/itu" validate --as-of 2022-10-14 "$work/payloads" >/dev/null 2>&1 || true
    else "$work/itu" validate --as-of 2022-10-14 "$work/payloads" >/dev/null 2>&1 || true; fi
    t1=$(now)
    echo "dir2000 procs=$([ "$procs" = 1 ] && echo 1 || nproc) seconds=$(echo "$t1 - $t0" | bc) files_per_s=$(echo "2000 / ($t1 - $t0)" | bc) files=${#src[@]}"
  done
  t0=$(now); for _ in $(seq 100); do "$work/hellobin" >/dev/null; done; t1=$(now)
  echo "hello x100 ms_per_run=$(echo "($t1 - $t0) * 10" | bc -l | cut -c1-6)"
  t0=$(now); for _ in $(seq 100); do "$work/itu" validate examples/testdata/valid/korea-2021-dossier.json >/dev/null; done; t1=$(now)
  echo "itu-validate-seed x100 ms_per_run=$(echo "($t1 - $t0) * 10" | bc -l | cut -c1-6)"
  t0=$(now); for _ in $(seq 100); do "$work/itu-static" validate examples/testdata/valid/korea-2021-dossier.json >/dev/null; done; t1=$(now)
  echo "itu-static-validate-seed x100 ms_per_run=$(echo "($t1 - $t0) * 10" | bc -l | cut -c1-6)"
done

#!/usr/bin/env bash
# Traces the scheduler's context switches (the sched_switch event of Linux's
# tracefs) during one run of a command and writes the trace to OUT. Needs
# root and tracefs (mounted at /sys/kernel/tracing, or mounted here).
# Usage: bench/schedtrace.sh OUT COMMAND [ARG...]
# bench/schedgaps.py reads the traces.
set -euo pipefail
out="$1"; shift
T=/sys/kernel/tracing
[ -e "$T/trace" ] || mount -t tracefs nodev "$T"
echo 8192 > "$T/buffer_size_kb"
echo > "$T/trace"
echo 1 > "$T/events/sched/sched_switch/enable"
"$@" >/dev/null 2>&1 || true
echo 0 > "$T/events/sched/sched_switch/enable"
cat "$T/trace" > "$out"

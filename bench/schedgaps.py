#!/usr/bin/env python3
"""Reads traces bench/schedtrace.sh wrote and prints, for each, from the
first to the last context switch of a task whose name starts with PREFIX:
how long each CPU ran its idle task, the stretches of it of 0.3 ms or more
(start and length in ms), and how many times a PREFIX thread was taken off
a CPU, still runnable, for another PREFIX thread (two threads of the
process sharing one CPU). Then the medians over the traces.

Usage: bench/schedgaps.py PREFIX TRACE...
"""
import re
import statistics
import sys

SWITCH = re.compile(r'\[(\d+)\]\s+\S+\s+([\d.]+): sched_switch: prev_comm=(.+?) prev_pid=(\d+) '
                    r'.*prev_state=(\S+) ==> next_comm=(.+?) next_pid=(\d+)')


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    prefix, idle_all, shared_all = sys.argv[1], {}, []
    for path in sys.argv[2:]:
        rows = []
        with open(path, errors='replace') as f:
            for line in f:
                m = SWITCH.search(line)
                if m:
                    cpu, t, prev, ppid, state, nxt, npid = m.groups()
                    rows.append((int(cpu), float(t), prev, int(ppid), state, nxt, int(npid)))
        ours = [r[1] for r in rows if r[2].startswith(prefix) or r[5].startswith(prefix)]
        if not ours:
            print(f'{path}: no task named {prefix}*')
            continue
        t0, t1 = min(ours), max(ours)
        since, idle, gaps, shared = {}, {}, {}, 0
        for cpu, t, prev, ppid, state, nxt, npid in rows:
            if ppid == 0 and cpu in since:  # the CPU leaves its idle task
                a, b = max(since.pop(cpu), t0), min(t, t1)
                if b > a:
                    idle[cpu] = idle.get(cpu, 0) + b - a
                    if b - a >= 0.3e-3:
                        gaps.setdefault(cpu, []).append(f'{(a - t0) * 1e3:.1f}+{(b - a) * 1e3:.2f}')
            if npid == 0:
                since[cpu] = t
            if t0 <= t <= t1 and prev.startswith(prefix) and state.startswith('R') and nxt.startswith(prefix):
                shared += 1
        line = f'{path}: {(t1 - t0) * 1e3:.1f} ms'
        for cpu in sorted(set(idle) | set(gaps)):
            line += f'; cpu{cpu} idle {idle.get(cpu, 0) * 1e3:.1f} ms, stretches {" ".join(gaps.get(cpu, [])) or "none"}'
            idle_all.setdefault(cpu, []).append(idle.get(cpu, 0) * 1e3)
        line += f'; shared a CPU {shared} times'
        shared_all.append(shared)
        print(line)
    if shared_all:
        med = '; '.join(f'cpu{c} idle {statistics.median(v):.1f} ms' for c, v in sorted(idle_all.items()))
        print(f'medians: {med}; shared a CPU {statistics.median(shared_all):.0f} times')


main()

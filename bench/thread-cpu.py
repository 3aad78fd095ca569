#!/usr/bin/env python3
"""CPU seconds of one command's threads, grouped by thread name (Linux: reads /proc/PID/task/*/stat).

    bench/thread-cpu.py java -jar target/newsfacts-0.1.0.jar extract --in DIR --out OUT --threads 2

Prints, per group of threads (the name as the kernel keeps it, 15 characters, without its trailing number:
"pool-1-thread-", "C2 CompilerThre", "C1 CompilerThre", "GC Thread", "java" for main, the loaders), the user +
system seconds, then the total and the wall time. Where extract's extra CPU over the floor goes (the workers,
the JIT's two tiers, the collector) shows here; on a shared machine these seconds move much less than wall
time does. The threads are read every POLL seconds until the command ends: a thread that ends between two
reads loses up to POLL of its time (the short-lived loaders of a cold start; the workers and compilers live to
the end).
"""
import collections
import os
import re
import subprocess
import sys
import time

POLL = 0.05


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ticks = os.sysconf("SC_CLK_TCK")
    last = {}
    start = time.time()
    while proc.poll() is None:
        try:
            tids = os.listdir(f"/proc/{proc.pid}/task")
        except OSError:
            break
        for tid in tids:
            try:
                with open(f"/proc/{proc.pid}/task/{tid}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2:].split()
            last[tid] = (name, int(fields[11]) + int(fields[12]))  # utime, stime
        time.sleep(POLL)
    wall = time.time() - start
    groups = collections.Counter()
    for name, t in last.values():
        groups[re.sub(r"[#0-9]+$", "", name)] += t / ticks
    for name, seconds in groups.most_common():
        if seconds > 0:
            print(f"{name:24s} {seconds:7.2f}")
    print(f"{'TOTAL':24s} {sum(groups.values()):7.2f}   wall {wall:.2f}   exit {proc.returncode}")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Who held the core while the live session waited for it.

Reads `perf sched timehist` output (perf sched record -a over part of a live run) and
takes every time the session's thread waited at least --min-ms between being woken and
running. For each such wait it sums what ran on the session's core meanwhile, by thread
name (fraudlens-cli names its store and checkpoint threads), and counts the waits during
which another core was mostly idle: those are the scheduler keeping the session where it
woke, not a lack of CPU.

    perf sched record -a -o sched.data -- sleep 5     (during a live run)
    perf sched timehist -i sched.data > timehist.txt
    session_waits.py timehist.txt SESSION_TID

live_replay.py --sched PERF does all of this over its fixed-rate run. Not a test.
"""
import argparse
import collections
import re

# time  [cpu]  name[tid/pid]  wait  sch-delay  run  (milliseconds; perf's timehist layout)
ROW = re.compile(r"\s*([\d.]+)\s+\[(\d+)\]\s+(.+?)\[(\d+)(?:/\d+)?\]\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)")


def parse(text):
    """Each switch-out as (end s, cpu, name, tid, scheduling delay ms, run ms)."""
    rows = []
    for line in text.splitlines():
        m = ROW.match(line)
        if m:
            t, cpu, name, tid, _, delay, run = m.groups()
            rows.append((float(t), int(cpu), name.strip(), int(tid), float(delay), float(run)))
    return rows


def attribute(rows, session_tid, min_ms=1.0):
    """The session's waits of min_ms or more, and what ran on its core during them."""
    spans = collections.defaultdict(list)  # cpu -> (start, end, label)
    cpus = set()
    for end, cpu, name, tid, _, run in rows:
        cpus.add(cpu)
        label = "session" if tid == session_tid else name
        spans[cpu].append((end - run / 1000.0, end, label))

    def busy(cpu, a, b):
        held = collections.Counter()
        for s, e, label in spans[cpu]:
            overlap = min(e, b) - max(s, a)
            if overlap > 0:
                held[label] += overlap * 1000.0
        return held

    waits, total_ms, other_idle = 0, 0.0, 0
    instead = collections.Counter()
    for end, cpu, _, tid, delay, run in rows:
        if tid != session_tid or delay < min_ms:
            continue
        waits += 1
        total_ms += delay
        start = end - run / 1000.0
        instead.update(busy(cpu, start - delay / 1000.0, start))
        if any(sum(busy(other, start - delay / 1000.0, start).values()) < 0.5 * delay
               for other in cpus if other != cpu):
            other_idle += 1
    seconds = rows[-1][0] - rows[0][0] if len(rows) > 1 else 0.0
    return {"seconds": seconds, "waits": waits, "wait_ms": total_ms, "other_core_idle": other_idle,
            "ran_instead_ms": dict(instead.most_common())}


def text(r, min_ms=1.0):
    if r["seconds"] <= 0:
        return "session waits: no scheduler events recorded"
    rate = r["waits"] / r["seconds"]
    held = ", ".join("%s %.0f" % (k, v) for k, v in list(r["ran_instead_ms"].items())[:5]) or "nothing"
    return ("session waits of %.0f ms or more for its core: %.1f a second, %.0f ms in %.1f s; "
            "another core mostly idle in %d of %d; ran instead (ms): %s"
            % (min_ms, rate, r["wait_ms"], r["seconds"], r["other_core_idle"], r["waits"], held))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("timehist", help="perf sched timehist output")
    parser.add_argument("tid", type=int, help="the session's thread (fraudlens-cli's main thread: its pid)")
    parser.add_argument("--min-ms", type=float, default=1.0)
    args = parser.parse_args()
    with open(args.timehist, encoding="utf-8", errors="replace") as f:
        rows = parse(f.read())
    print(text(attribute(rows, args.tid, args.min_ms), args.min_ms))


if __name__ == "__main__":
    main()

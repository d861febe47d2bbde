#!/usr/bin/env python3
"""Turns trash-bench's JMH JSON (and the .meta.json beside it) into the tables of docs/benchmarks.md.

    python3 trash-bench/report.py trash-bench/target/jmh-result.json              # print the tables
    python3 trash-bench/report.py trash-bench/target/jmh-result.json --update docs/benchmarks.md
    python3 trash-bench/report.py part1.json part2.json ...                         # runs of parts, merged

--update replaces what lies between the "<!-- bench:results:start -->" and "<!-- bench:results:end -->"
markers of the file and leaves the rest (the discussion) as it is. Times are medians of the measured
iterations; heap is the largest value over them (see HeapMeter).
"""
import json
import re
import statistics
import sys
from pathlib import Path

START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"
DBS = [("h2", "H2 (in memory)"), ("postgresql", "PostgreSQL"), ("mariadb", "MariaDB")]


def load(path):
    results = {}
    for b in json.loads(Path(path).read_text()):
        cls, method = b["benchmark"].rsplit(".", 2)[-2:]
        params = b.get("params", {})
        key = (cls, method) + tuple(sorted(params.items()))
        raw = [x for fork in b["primaryMetric"]["rawData"] for x in fork]
        sec = b.get("secondaryMetrics", {})
        results[key] = {
            "median": statistics.median(raw),
            "unit": b["primaryMetric"]["scoreUnit"],
            "n": len(raw),
            "peak": sec.get("heap.peak", {}).get("score"),
            "live": sec.get("heap.live", {}).get("score"),
        }
    meta_path = Path(re.sub(r"\.json$", "", str(path)) + ".meta.json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    return results, meta


class Results:
    def __init__(self, results):
        self.r = results

    def get(self, cls, method, **params):
        key = (cls, method) + tuple(sorted((k, str(v)) for k, v in params.items()))
        return self.r.get(key)

    def sizes(self, cls, param, db):
        return sorted({int(dict(k[2:])[param]) for k in self.r if k[0] == cls and dict(k[2:]).get("db") == db})


def ms(x):
    if x is None:
        return "–"
    v = x["median"]
    if x["unit"].startswith("us"):
        return f"{v:,.0f} µs"
    if v >= 10_000:
        return f"{v / 1000:,.1f} s"
    return f"{v:,.1f} ms" if v < 100 else f"{v:,.0f} ms"


def ratio(a, b):
    if a is None or b is None or b["median"] == 0:
        return None
    return a["median"] / b["median"]


def fmt_ratio(x):
    return "–" if x is None else f"{x:.2f}"


def heap(x):
    if x is None or x["peak"] is None:
        return "–"
    return f"{x['peak']:,.0f} / {x['live']:,.0f}"


def verdict(ok):
    return "met" if ok else "**missed**"


def render(results, meta):
    R = Results(results)
    out = []
    targets = []
    w = out.append

    w("### Scenario 1: trash a project's subtree, then restore it")
    w("")
    w("One project with 100 models; the versions make up the rest of the descendants. Single shot per iteration; "
      "the ratio columns divide each approach's median by ours.")
    for db, name in DBS:
        for n in R.sizes("SubtreeBench", "descendants", db):
            g = lambda m: R.get("SubtreeBench", m, db=db, descendants=n)
            ours_t, ours_r = g("trash_ours"), g("restore_ours")
            if ours_t is None and g("trash_raw_set") is None:
                continue
            w("")
            w(f"**{name}, {n:,} descendants** ({n + 101:,} rows)")
            w("")
            w("| approach | trash | restore | trash ÷ ours | restore ÷ ours | heap peak / live, MiB (trash) |")
            w("|---|---:|---:|---:|---:|---:|")
            rows = [("Trash (ours): entry, audit and outbox rows included", "ours"),
                    ("raw SQL, set-based (3 UPDATEs)", "raw_set"),
                    ("raw SQL, batched per-row UPDATEs", "raw_batch"),
                    ("JDBI per row, by hand", "per_row"),
                    ("Hibernate 7 `@SoftDelete`, cascading remove", "hibernate")]
            for label, suffix in rows:
                t, r = g("trash_" + suffix), g("restore_" + suffix)
                if t is None and r is None:
                    continue
                w(f"| {label} | {ms(t)} | {ms(r) if suffix != 'hibernate' else 'no restore'} | "
                  f"{fmt_ratio(ratio(t, ours_t))} | {fmt_ratio(ratio(r, ours_r))} | {heap(t)} |")
            for op, ours in (("trash", ours_t), ("restore", ours_r)):
                raw = g(f"{op}_raw_set")
                x = ratio(ours, raw)
                if x is not None:
                    targets.append((f"ours ÷ raw set-based, {op}, {n:,} descendants", name, f"{x:.2f}", "≤ 1.3",
                                    verdict(x <= 1.3)))
                batch = g(f"{op}_raw_batch")
                if batch is not None and raw is not None and batch["median"] < raw["median"]:
                    targets.append((f"ours ÷ raw batched per row (faster than set-based here), {op}, {n:,}", name,
                                    fmt_ratio(ratio(ours, batch)), "reported beside", "–"))
            hib = g("trash_hibernate")
            if db == "postgresql" and hib is not None and ours_t is not None:
                x = ratio(hib, ours_t)
                targets.append((f"Hibernate ÷ ours, trash, {n:,} descendants", name, f"{x:.2f}", "≥ 3",
                                verdict(x >= 3)))
    heaps = [(db, n, R.get("SubtreeBench", "trash_ours", db=db, descendants=n))
             for db, _ in DBS for n in R.sizes("SubtreeBench", "descendants", db)]
    heaps = [(db, n, x) for db, n, x in heaps if x is not None and x["live"] is not None]

    w("")
    w("### Scenario 2: sweep due entries")
    w("")
    w("In the sweeper's normal batches of 100 entries per transaction; the raw baseline deletes by ranges of entry ids "
      "on the marker index, 100 entries per transaction, and writes nothing else.")
    w("")
    w("| database | entries × items | ours | raw batched range deletes | ours items/s | raw items/s | "
      "throughput ours ÷ raw | heap peak / live, MiB (ours) |")
    w("|---|---|---:|---:|---:|---:|---:|---:|")
    for db, name in DBS:
        for roots in R.sizes("SweepBench", "roots", db):
            for k in [k for k in results if k[0] == "SweepBench" and k[1] == "sweep_ours"
                      and dict(k[2:]).get("db") == db and dict(k[2:])["roots"] == str(roots)]:
                items = int(dict(k[2:])["itemsPerRoot"])
                o = results[k]
                r = R.get("SweepBench", "sweep_raw_ranges", db=db, roots=roots, itemsPerRoot=items)
                total = roots * items
                tp = ratio(r, o)
                w(f"| {name} | {roots:,} × {items} | {ms(o)} | {ms(r)} | {total / o['median'] * 1000:,.0f} | "
                  f"{(total / r['median'] * 1000) if r else 0:,.0f} | {fmt_ratio(tp)} | {heap(o)} |")
                if tp is not None:
                    targets.append((f"sweep throughput ours ÷ raw, {total:,} items", name, f"{tp:.2f}", "≥ 0.7",
                                    verdict(tp >= 0.7)))

    w("")
    w("### Scenario 3: list a tenant's Trash")
    w("")
    w("Pages of 50 rows, newest first; average time per page. The deep page is 10,000 rows deep, reached by the cursor "
      "of the page before it (ours), by its keyset position (raw keyset) or by OFFSET (raw offset).")
    w("")
    w("| database | roots | first page, ours | deep page, ours | first page, raw | deep page, raw keyset | "
      "deep page, raw OFFSET | heap peak / live, MiB (ours, deep) |")
    w("|---|---:|---:|---:|---:|---:|---:|---:|")
    for db, name in DBS:
        sizes = R.sizes("ListBench", "roots", db)
        for roots in sorted(sizes, reverse=True):
            g = lambda m: R.get("ListBench", m, db=db, roots=roots)
            w(f"| {name} | {roots:,} | {ms(g('first_ours'))} | {ms(g('deep_ours'))} | {ms(g('first_raw'))} | "
              f"{ms(g('deep_raw_keyset'))} | {ms(g('deep_raw_offset'))} | {heap(g('deep_ours') or g('first_ours'))} |")
        if len(sizes) >= 2:
            big, small = max(sizes), min(sizes)
            deep = R.get("ListBench", "deep_ours", db=db, roots=big)
            for label, first in ((f"{big:,}", R.get("ListBench", "first_ours", db=db, roots=big)),
                                 (f"{small:,}", R.get("ListBench", "first_ours", db=db, roots=small))):
                x = ratio(deep, first)
                if x is not None:
                    targets.append((f"deep page at {big:,} roots ÷ first page at {label} roots", name, f"{x:.2f}",
                                    "≤ 1.5", verdict(x <= 1.5)))

    w("")
    w("### Scenario 4: empty the Trash")
    w("")
    w("One request empties every entry (a project and its models each); single shot per iteration.")
    w("")
    w("| database | entries × items | ours | raw set-based DELETEs | JDBI per row | ours ÷ raw | per row ÷ ours | "
      "heap peak / live, MiB (ours) |")
    w("|---|---|---:|---:|---:|---:|---:|---:|")
    for db, name in DBS:
        for k in [k for k in results if k[0] == "EmptyTrashBench" and k[1] == "empty_ours"
                  and dict(k[2:]).get("db") == db]:
            p = dict(k[2:])
            o = results[k]
            r = R.get("EmptyTrashBench", "empty_raw_set", **p)
            pr = R.get("EmptyTrashBench", "empty_per_row", **p)
            w(f"| {name} | {int(p['roots']):,} × {p['itemsPerRoot']} | {ms(o)} | {ms(r)} | {ms(pr)} | "
              f"{fmt_ratio(ratio(o, r))} | {fmt_ratio(ratio(pr, o))} | {heap(o)} |")

    if heaps:
        w("")
        w("### Heap against rows (ours, trash of a subtree)")
        w("")
        w("| database | rows | heap peak, MiB | live after GC, MiB |")
        w("|---|---:|---:|---:|")
        for db, n, x in heaps:
            w(f"| {dict(DBS)[db]} | {n + 101:,} | {x['peak']:,.0f} | {x['live']:,.0f} |")
        for db, name in DBS:
            pts = [(n, x["live"]) for d, n, x in heaps if d == db]
            if len(pts) >= 2:
                (n0, l0), (n1, l1) = pts[0], pts[-1]
                grows = l1 > l0 * 1.5 + 16
                targets.append((f"live heap, {n0:,} → {n1:,} descendants (MiB)", name, f"{l0:,.0f} → {l1:,.0f}",
                                "does not grow with rows", verdict(not grows)))

    w("")
    w("### Targets")
    w("")
    w("| target | database | measured | wanted | |")
    w("|---|---|---:|---|---|")
    for t in targets:
        w("| " + " | ".join(t) + " |")

    w("")
    w("### Machine and command")
    w("")
    for k, label in (("command", "command"), ("mode", "run"), ("started", "started"),
                     ("durationSeconds", "wall time, s"), ("cpu", "CPU"), ("cores", "cores"), ("memory", "memory"),
                     ("os", "OS"), ("jvm", "JVM"), ("forkJvmArgs", "benchmark JVM options"),
                     ("database.h2", "H2"), ("database.postgresql", "PostgreSQL"), ("database.mariadb", "MariaDB")):
        if k in meta:
            v = meta[k]
            w(f"- {label}: `{v}`" if k in ("command", "forkJvmArgs") else f"- {label}: {v}")
    return "\n".join(out) + "\n"


def load_all(paths):
    results, meta = {}, {}
    for path in paths:
        r, m = load(path)
        results.update(r)
        if not meta:
            meta = dict(m)
        elif m:
            meta["command"] = meta.get("command", "") + "`; `" + m.get("command", "")
            meta["durationSeconds"] = str(int(meta.get("durationSeconds", 0)) + int(m.get("durationSeconds", 0)))
            for k, v in m.items():
                meta.setdefault(k, v)
    return results, meta


def main(argv):
    args = argv[1:]
    update = None
    if "--update" in args:
        i = args.index("--update")
        update = args[i + 1]
        args = args[:i] + args[i + 2:]
    if not args:
        print(__doc__)
        return 2
    results, meta = load_all(args)
    text = render(results, meta)
    if update:
        doc = Path(update)
        current = doc.read_text()
        if START not in current or END not in current:
            print(f"{doc} lacks the {START} / {END} markers", file=sys.stderr)
            return 1
        head, rest = current.split(START, 1)
        _, tail = rest.split(END, 1)
        doc.write_text(head + START + "\n" + text + END + tail)
        print(f"updated {doc}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Turns trash-bench's JMH JSON (and the .meta.json beside each file) into the tables of docs/benchmarks.md.

    python3 trash-bench/report.py trash-bench/target/jmh-result.json              # print the tables
    python3 trash-bench/report.py h2.json postgresql.json mariadb.json --update docs/benchmarks.md

Several files are merged (a run per database, or a part run that replaces some rows: a later file wins for
the same benchmark and parameters). --update replaces what lies between the "<!-- bench:results:start -->" and
"<!-- bench:results:end -->" markers of the file and leaves the rest (the discussion) as it is.

Every time is the median of the measured iterations, shown with their spread (min–max). A ratio is of
medians; its range divides the quartiles crosswise (ours' first quartile by the baseline's third, ours' third
by the baseline's first), and a target whose range straddles it is "uncertain". Heap is the median of the
iterations' heap.live (see HeapMeter), with their maximum beside it.

Older JSON still reads: a missing `schema` parameter is `bench`, a missing `purgeRecords` is `true` (purge
records were always on), a missing `withParents` is `false`, and `sweep_raw_ranges` is the sweep's raw
baseline by marker.
"""
import json
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"
DBS = [("h2", "H2 (in memory)"), ("postgresql", "PostgreSQL"), ("mariadb", "MariaDB")]
SCHEMAS = [("bench", "bench"), ("host", "host")]
SHAPES = [("three_levels", "3 levels"), ("ten_levels", "10 levels"), ("chain", "2,000-deep chains")]
DEFAULTS = {"schema": "bench", "withParents": "false"}
RENAMED = {"sweep_raw_ranges": "sweep_raw_marker"}
# what each section measures, under its title
INTROS = {
    "Scenario 1: trash a project's subtree, restore it, purge it":
        "One project with 100 models; the versions make up the rest of the descendants. Single shot per "
        "iteration: median (min–max of the measured iterations); the ratio columns divide each median by "
        "ours'.",
    "Scenario 2: sweep due entries":
        "The sweeper's batches of 100 entries per transaction, with and without purge records (the "
        "`purgeRecords` parameter); raw deletes 100 entries' rows per transaction by marker, or by "
        "primary-key range with a cutoff, and writes nothing else. Throughput is against the faster raw "
        "form.",
    "Scenario 3: list a tenant's Trash":
        "Pages of 50 rows, newest first; average time per page, median (min–max). The deep page is "
        "10,000 rows deep, reached by the cursor of the page before it (ours), by its keyset position "
        "(raw keyset) or by OFFSET. With parents, the roots are models under active projects, and the "
        "raw keyset page joins the parent's name.",
    "Scenario 4: empty the Trash":
        "One request empties every entry (a project and its models each); single shot per iteration.",
    "Scenario 5: trash and restore nested folders":
        "Root folder `f0` and N folders below it, as 3 levels, 10 levels, or chains 2,000 deep (N / "
        "2,000 of them); one self-nesting table with a self foreign key. Raw is the fastest recursive "
        "UPDATE form on each database and the runner-up (`FolderSql`), the restore one UPDATE on the "
        "marker index. Single shot per iteration; the ratio is against the faster raw form.",
    "Heap against rows (ours, subtree)":
        "Median heap live after GC over the measured iterations (max beside it), MiB. On H2 the database "
        "lives in the same heap, so only the servers' numbers say what Trash holds.",
    "Targets":
        "The issue's targets per database and schema, as ratios of medians in one run. The range divides "
        "the quartiles crosswise; a verdict is `uncertain` when the range straddles the target.",
}


# ---------------------------------------------------------------------------------------------------- loading

@dataclass
class Stat:
    """One benchmark's measured iterations: median, spread and quartiles, in the benchmark's unit."""
    median: float
    lo: float
    hi: float
    q1: float
    q3: float
    unit: str
    n: int
    live: float = None
    live_max: float = None
    peak: float = None


def stat(values, unit):
    """The Stat of a list of measured values."""
    q1, q3 = (statistics.quantiles(values, n=4, method="inclusive")[i] for i in (0, 2)) if len(values) > 1 \
        else (values[0], values[0])
    return Stat(statistics.median(values), min(values), max(values), q1, q3, unit, len(values))


def measured(metric):
    """The measured values of a JMH metric, over every fork."""
    return [x for fork in metric.get("rawData", []) for x in fork]


def normalized(cls, method, params):
    """The method and parameters as this report reads them, whatever version of the bench wrote them."""
    params = {**DEFAULTS, **params}
    if (cls, method) in (("SweepBench", "sweep_ours"), ("SubtreeBench", "purge_ours"), ("EmptyTrashBench", "empty_ours")):
        params.setdefault("purgeRecords", "true")
    elif cls in ("SubtreeBench", "EmptyTrashBench"):
        params.pop("purgeRecords", None)  # only ours' purge depends on it
    if cls != "ListBench":
        params.pop("withParents")
    return RENAMED.get(method, method), params


def load(path):
    """The results of one JSON file, by (class, method, sorted params), and the .meta.json beside it."""
    results = {}
    for b in json.loads(Path(path).read_text()):
        cls, method = b["benchmark"].rsplit(".", 2)[-2:]
        method, params = normalized(cls, method, b.get("params", {}))
        s = stat(measured(b["primaryMetric"]), b["primaryMetric"]["scoreUnit"])
        sec = b.get("secondaryMetrics", {})
        if "heap.live" in sec:
            live = measured(sec["heap.live"])
            s.live, s.live_max = statistics.median(live), max(live)
        if "heap.peak" in sec:
            s.peak = max(measured(sec["heap.peak"]))
        results[(cls, method) + tuple(sorted(params.items()))] = s
    meta_path = Path(re.sub(r"\.json$", "", str(path)) + ".meta.json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    return results, meta


class Results:
    """Lookups over the merged results."""

    def __init__(self, results):
        self.r = results

    def find(self, cls, method, **params):
        """The result of a method whose parameters include the given ones (the first, in key order)."""
        want = {k: str(v) for k, v in params.items()}
        for key in sorted(self.r):
            if key[:2] == (cls, method) and want.items() <= dict(key[2:]).items():
                return self.r[key]
        return None

    def values(self, cls, param, **params):
        """The values a parameter takes among a class's results with the given parameters, numeric ones sorted."""
        want = {k: str(v) for k, v in params.items()}
        found = {dict(k[2:])[param] for k in self.r
                 if k[0] == cls and param in dict(k[2:]) and want.items() <= dict(k[2:]).items()}
        return sorted(found, key=lambda v: (0, int(v)) if v.isdigit() else (1, v))

    def fastest(self, cls, methods, **params):
        """The (method, result) of the method with the lowest median among those measured, or (None, None)."""
        found = [(m, self.find(cls, m, **params)) for m in methods]
        found = [(m, s) for m, s in found if s is not None]
        return min(found, key=lambda ms: ms[1].median) if found else (None, None)


def pick(sizes, preferred):
    """The issue's size if it was measured, else the largest measured (None if none)."""
    sizes = [int(s) for s in sizes]
    return preferred if preferred in sizes else (max(sizes) if sizes else None)


# ---------------------------------------------------------------------------------------------- formatting

def num(v, unit):
    """A value in its unit, shortened: µs, ms, or s from 10 s on."""
    if unit.startswith("us"):
        return f"{v:,.0f} µs" if v >= 10 else f"{v:,.1f} µs"
    if v >= 10_000:
        return f"{v / 1000:,.1f} s"
    return f"{v:,.1f} ms" if v < 100 else f"{v:,.0f} ms"


def timed(s):
    """A median with its spread: "515 ms (470–528)"; only the median for a single iteration."""
    if s is None:
        return "–"
    if s.n < 2:
        return num(s.median, s.unit)
    median, lo, hi = (num(v, s.unit) for v in (s.median, s.lo, s.hi))
    suffix = " " + median.split(" ")[1]
    if lo.endswith(suffix) and hi.endswith(suffix):  # the unit once, after the median
        lo, hi = lo[:-len(suffix)], hi[:-len(suffix)]
    return f"{median} ({lo}–{hi})"


@dataclass
class Ratio:
    """A ratio of medians, its range from the quartiles crosswise, and the fewer iterations of its two sides."""
    value: float
    lo: float
    hi: float
    n: int

    def __str__(self):
        return f"{self.value:.2f}"

    def range(self):
        return f"{self.lo:.2f} – {self.hi:.2f}" if self.hi - self.lo >= 0.005 else "–"


def ratio(a, b):
    """a ÷ b, or None if either is missing."""
    if a is None or b is None or b.median == 0 or b.q1 == 0:
        return None
    return Ratio(a.median / b.median, a.q1 / b.q3, a.q3 / b.q1, min(a.n, b.n))


def throughput_ratio(ours, raw):
    """Ours' throughput ÷ raw's for the same work: raw's time ÷ ours'."""
    return ratio(raw, ours)


def fmt(r):
    return "–" if r is None else str(r)


def heap(s):
    """Heap: median live after GC, and the largest, MiB."""
    if s is None or s.live is None:
        return "–"
    return f"{s.live:,.0f} (max {s.live_max:,.0f})"


def verdict(r, limit, at_most=True):
    """met / missed / uncertain for a ratio against a limit (≤ limit, or ≥ limit when not at_most); no limit: –.
    Fewer than the issue's 5 measured iterations on a side are named beside the verdict."""
    if r is None:
        return "not measured"
    if limit is None:
        return "–"
    lo, hi = (r.lo, r.hi) if at_most else (-r.hi, -r.lo)
    limit = limit if at_most else -limit
    word = "met" if hi <= limit else "**missed**" if lo > limit else "uncertain"
    return word if r.n >= 5 else f"{word} (n = {r.n})"


def table(w, header, rows):
    """A Markdown table: header is a list of (title, align) with align "l" or "r"; a note if there are no rows."""
    if not rows:
        w("Not measured in these runs.")
        return
    w("| " + " | ".join(h for h, _ in header) + " |")
    w("|" + "|".join("---:" if a == "r" else "---" for _, a in header) + "|")
    for row in rows:
        w("| " + " | ".join(str(c) for c in row) + " |")


# ------------------------------------------------------------------------------------------------- sections

class Report:
    """Builds the Markdown, section by section, and collects the targets table on the way."""

    def __init__(self, results, meta):
        self.R = Results(results)
        self.meta = meta
        self.lines = []
        self.w = self.lines.append

    def title(self, text):
        self.w("")
        self.w(f"### {text}")
        self.w("")
        if text in INTROS:
            self.w(INTROS[text])
            self.w("")

    def runs(self, cls, size_param):
        """(db, db name, schema, size) for every database, schema and size a class was measured with."""
        for db, name in DBS:
            for schema, _ in SCHEMAS:
                for n in self.R.values(cls, size_param, db=db, schema=schema):
                    yield db, name, schema, int(n)

    def variants(self, cls, size_param, param):
        """(db name, schema, size, value, getter) for every run of a class and value of a second parameter;
        getter(method, **more) finds that method's result in the run, with more parameters if given."""
        for db, name, schema, n in self.runs(cls, size_param):
            for v in self.R.values(cls, param, db=db, schema=schema, **{size_param: n}):
                p = {"db": db, "schema": schema, size_param: n, param: v}
                yield name, schema, n, v, lambda m, p=p, **more: self.R.find(cls, m, **p, **more)

    def subtree(self):
        self.title("Scenario 1: trash a project's subtree, restore it, purge it")
        approaches = [("Trash (ours): entry, audit and outbox rows included", "ours"),
                      ("raw SQL, set-based (3 statements)", "raw_set"),
                      ("raw SQL, batched per-row UPDATEs", "raw_batch"),
                      ("JDBI per row, by hand", "per_row"),
                      ("Hibernate 7 `@SoftDelete`, cascading remove", "hibernate")]
        for db, name, schema, n in self.runs("SubtreeBench", "descendants"):
            g = lambda m, records=None: self.R.find("SubtreeBench", m, db=db, schema=schema, descendants=n,
                                                    **({"purgeRecords": records} if records else {}))
            self.w(f"**{name}, {schema} schema, {n:,} descendants** ({n + 101:,} rows)")
            self.w("")
            rows = []
            ours = [g("trash_ours"), g("restore_ours"), g("purge_ours", "true")]
            for label, suffix in approaches:
                ops = [g(f"{op}_{suffix}") for op in ("trash", "restore")] + [
                    g(f"purge_{suffix}", "true" if suffix == "ours" else None)]
                if any(ops):
                    rows.append([label] + [timed(s) for s in ops] + [fmt(ratio(s, o)) for s, o in zip(ops, ours)]
                                + [heap(ops[0])])
                if suffix == "ours" and g("purge_ours", "false"):
                    bare = g("purge_ours", "false")
                    rows.append(["Trash (ours), purge records opted out", "", "", timed(bare), "", "",
                                 fmt(ratio(bare, ours[2])), ""])
            table(self.w, [("approach", "l"), ("trash", "r"), ("restore", "r"), ("purge", "r"), ("trash ÷ ours", "r"),
                           ("restore ÷ ours", "r"), ("purge ÷ ours", "r"), ("heap live, MiB (trash)", "r")], rows)
            self.w("")
        if not any(True for _ in self.runs("SubtreeBench", "descendants")):
            table(self.w, [], [])

    def sweep(self):
        self.title("Scenario 2: sweep due entries")
        rows = []
        for db, name, schema, roots in self.runs("SweepBench", "roots"):
            for items in self.R.values("SweepBench", "itemsPerRoot", db=db, schema=schema, roots=roots):
                for records in self.R.values("SweepBench", "purgeRecords", db=db, schema=schema, roots=roots,
                                             itemsPerRoot=items):
                    p = dict(db=db, schema=schema, roots=roots, itemsPerRoot=items)
                    ours = self.R.find("SweepBench", "sweep_ours", purgeRecords=records, **p)
                    if ours is None:
                        continue
                    marker, keys, raw = self.sweep_raw(records, p)
                    total = roots * int(items)
                    rows.append([name, schema, f"{roots:,} × {items}", "on" if records == "true" else "off", timed(ours), timed(marker), timed(keys),
                                 f"{total / ours.median * 1000:,.0f}",
                                 f"{total / raw.median * 1000:,.0f}" if raw else "–",
                                 fmt(throughput_ratio(ours, raw)), heap(ours)])
        table(self.w, [("database", "l"), ("schema", "l"), ("entries × items", "l"), ("purge records", "l"),
                       ("ours", "r"), ("raw by marker", "r"), ("raw by key range", "r"), ("ours items/s", "r"),
                       ("faster raw items/s", "r"), ("throughput ours ÷ raw", "r"), ("heap live, MiB (ours)", "r")],
              rows)

    def sweep_raw(self, records, params):
        """The raw sweep baselines (by marker, by key range) and the faster of them, each preferably from the
        run with the same purgeRecords (raw ignores the parameter)."""
        found = [self.R.find("SweepBench", m, purgeRecords=records, **params) or self.R.find("SweepBench", m, **params)
                 for m in ("sweep_raw_marker", "sweep_raw_keys")]
        faster = min((s for s in found if s), key=lambda s: s.median, default=None)
        return found[0], found[1], faster

    def listing(self):
        self.title("Scenario 3: list a tenant's Trash")
        rows = []
        for name, schema, roots, parents, g in self.variants("ListBench", "roots", "withParents"):
            raw = g("first_raw_parents" if parents == "true" else "first_raw")
            rows.append([name, schema, f"{roots:,}", "yes" if parents == "true" else "no", timed(g("first_ours")),
                         timed(raw), fmt(ratio(g("first_ours"), raw)), timed(g("deep_ours")),
                         timed(g("deep_raw_keyset")), timed(g("deep_raw_offset")), heap(g("first_ours"))])
        table(self.w, [("database", "l"), ("schema", "l"), ("roots", "r"), ("with parents", "l"),
                       ("first page, ours", "r"), ("first page, raw keyset", "r"), ("ours ÷ raw", "r"),
                       ("deep page, ours", "r"), ("deep page, raw keyset", "r"), ("deep page, raw OFFSET", "r"),
                       ("heap live, MiB (ours, first)", "r")], rows)

    def empty(self):
        self.title("Scenario 4: empty the Trash")
        rows = []
        for name, schema, roots, items, g in self.variants("EmptyTrashBench", "roots", "itemsPerRoot"):
            ours, raw, per_row = g("empty_ours", purgeRecords="true"), g("empty_raw_set"), g("empty_per_row")
            bare = g("empty_ours", purgeRecords="false")
            rows.append([name, schema, f"{roots:,} × {items}", timed(ours), timed(bare), timed(raw), timed(per_row),
                         fmt(ratio(ours, raw)), fmt(ratio(bare, raw)), fmt(ratio(per_row, ours)), heap(ours)])
        table(self.w, [("database", "l"), ("schema", "l"), ("entries × items", "l"), ("ours", "r"),
                       ("ours, purge records opted out", "r"), ("raw set-based DELETEs", "r"), ("JDBI per row", "r"),
                       ("ours ÷ raw", "r"), ("ours without records ÷ raw", "r"), ("per row ÷ ours", "r"),
                       ("heap live, MiB (ours)", "r")], rows)

    def folders(self):
        self.title("Scenario 5: trash and restore nested folders")
        rows = []
        for db, name in DBS:
            for n in self.R.values("FolderBench", "folders", db=db):
                for shape, label in SHAPES:
                    g = lambda m: self.R.find("FolderBench", m, db=db, shape=shape, folders=n)
                    ours = g("trash_ours")
                    _, raw = self.R.fastest("FolderBench", ["trash_raw", "trash_raw_alt"], db=db, shape=shape, folders=n)
                    if ours is None and raw is None:
                        continue
                    rows.append([name, label, f"{int(n):,}", timed(ours), timed(g("trash_raw")), timed(g("trash_raw_alt")),
                                 fmt(ratio(ours, raw)), timed(g("restore_ours")), timed(g("restore_raw")),
                                 fmt(ratio(g("restore_ours"), g("restore_raw"))), heap(ours)])
        table(self.w, [("database", "l"), ("shape", "l"), ("folders", "r"), ("trash, ours", "r"), ("trash, raw", "r"),
                       ("trash, raw runner-up", "r"), ("ours ÷ faster raw", "r"), ("restore, ours", "r"),
                       ("restore, raw", "r"), ("restore ours ÷ raw", "r"), ("heap live, MiB (ours, trash)", "r")], rows)

    def heap_rows(self):
        self.title("Heap against rows (ours, subtree)")
        rows = []
        for db, name, schema, n in self.runs("SubtreeBench", "descendants"):
            g = lambda m: self.R.find("SubtreeBench", m, db=db, schema=schema, descendants=n)
            rows.append([name, schema, f"{n + 101:,}", heap(g("trash_ours")), heap(g("restore_ours")),
                         heap(self.R.find("SubtreeBench", "purge_ours", db=db, schema=schema, descendants=n,
                                          purgeRecords="true"))])
        table(self.w, [("database", "l"), ("schema", "l"), ("rows", "r"), ("trash", "r"), ("restore", "r"),
                       ("purge (with purge records)", "r")], rows)

    # --------------------------------------------------------------------------------------------- targets

    def targets(self):
        self.title("Targets")
        rows = []
        for db, name in DBS:
            for schema, _ in SCHEMAS:
                rows += self.subtree_targets(db, name, schema)
                rows += self.list_targets(db, name, schema)
                rows += self.empty_targets(db, name, schema)
                rows += self.sweep_targets(db, name, schema)
                if db != "h2":
                    rows.append(self.heap_target(db, name, schema))
            rows += self.folder_targets(db, name)
        table(self.w, [("scenario", "l"), ("database", "l"), ("schema", "l"), ("ours ÷ raw", "r"), ("range", "r"),
                       ("target", "l"), ("verdict", "l")], rows)

    @staticmethod
    def target_row(scenario, name, schema, r, target, limit, at_most=True):
        return [scenario, name, schema, fmt(r), r.range() if r else "–", target, verdict(r, limit, at_most)]

    def subtree_targets(self, db, name, schema):
        n = pick(self.R.values("SubtreeBench", "descendants", db=db, schema=schema), 100_000)
        g = lambda m, **p: self.R.find("SubtreeBench", m, db=db, schema=schema, descendants=n, **p) if n else None
        size = f"{n or 100_000:,} descendants"
        return [self.target_row(f"trash of {size}", name, schema, ratio(g("trash_ours"), g("trash_raw_set")),
                                "≤ 1.2", 1.2),
                self.target_row(f"restore of {size}", name, schema, ratio(g("restore_ours"), g("restore_raw_set")),
                                "≤ 1.2", 1.2),
                self.target_row(f"purge of {size}, purge records opted out", name, schema,
                                ratio(g("purge_ours", purgeRecords="false"), g("purge_raw_set")), "≤ 2", 2),
                self.target_row(f"purge of {size}, with purge records (the default)", name, schema,
                                ratio(g("purge_ours", purgeRecords="true"), g("purge_raw_set")), "≤ 2", 2)]

    def list_targets(self, db, name, schema):
        rows = []
        for parents, raw_method, label in (("false", "first_raw", "without"), ("true", "first_raw_parents", "with")):
            n = pick(self.R.values("ListBench", "roots", db=db, schema=schema, withParents=parents), 100_000)
            g = lambda m: self.R.find("ListBench", m, db=db, schema=schema, roots=n, withParents=parents) if n else None
            rows.append(self.target_row(f"first page, {n or 100_000:,} roots {label} parents", name, schema,
                                        ratio(g("first_ours"), g(raw_method)), "≤ 2", 2))
        return rows

    def empty_targets(self, db, name, schema):
        n = pick(self.R.values("EmptyTrashBench", "roots", db=db, schema=schema), 10_000)
        g = lambda m, **p: self.R.find("EmptyTrashBench", m, db=db, schema=schema, roots=n, **p) if n else None
        return [self.target_row(f"empty Trash of {n or 10_000:,} entries, purge records opted out", name, schema,
                                ratio(g("empty_ours", purgeRecords="false"), g("empty_raw_set")), "≤ 1.5", 1.5),
                self.target_row(f"empty Trash of {n or 10_000:,} entries, with purge records (the default)", name,
                                schema, ratio(g("empty_ours", purgeRecords="true"), g("empty_raw_set")), "≤ 1.5", 1.5)]

    def sweep_targets(self, db, name, schema):
        sizes = {}
        for key in self.R.r:
            p = dict(key[2:])
            if key[:2] == ("SweepBench", "sweep_ours") and p["db"] == db and p["schema"] == schema:
                sizes[int(p["roots"]) * int(p["itemsPerRoot"])] = (p["roots"], p["itemsPerRoot"])
        total = pick(sizes, 1_000_000)
        rows = []
        for records, target, limit in (("false", "≥ 0.5", 0.5), ("true", "reported", None)):
            r = None
            if total:
                roots, items = sizes[total]
                p = dict(db=db, schema=schema, roots=roots, itemsPerRoot=items)
                ours = self.R.find("SweepBench", "sweep_ours", purgeRecords=records, **p)
                r = throughput_ratio(ours, self.sweep_raw(records, p)[2])
            rows.append(self.target_row(f"sweep of {total or 1_000_000:,} due items, throughput, purge records "
                                  f"{'off' if records == 'false' else 'on'}", name, schema, r, target, limit, False))
        return rows

    def folder_targets(self, db, name):
        n = pick(self.R.values("FolderBench", "folders", db=db), 100_000)
        rows = []
        for shape, label in SHAPES:
            g = lambda m: self.R.find("FolderBench", m, db=db, shape=shape, folders=n) if n else None
            _, raw = self.R.fastest("FolderBench", ["trash_raw", "trash_raw_alt"], db=db, shape=shape, folders=n) \
                if n else (None, None)
            rows.append(self.target_row(f"trash of {n or 100_000:,} nested folders, {label}", name, "folders",
                                        ratio(g("trash_ours"), raw), "≤ 1.5, no timeout", 1.5))
        return rows

    def heap_target(self, db, name, schema):
        sizes = [int(n) for n in self.R.values("SubtreeBench", "descendants", db=db, schema=schema)]
        pts = [(n, self.R.find("SubtreeBench", "trash_ours", db=db, schema=schema, descendants=n)) for n in sizes]
        pts = [(n, s) for n, s in pts if s is not None and s.live is not None]
        scenario = "heap live, trash, 10,000 → 1,000,000 descendants (MiB)"
        if len(pts) < 2:
            return [scenario, name, schema, "–", "–", "flat", "not measured"]
        (n0, a), (n1, b) = pts[0], pts[-1]
        flat = lambda x, y: y <= x * 1.5 + 16
        result = "met" if flat(a.live, b.live) and flat(a.live_max, b.live_max) \
            else "**missed**" if not flat(a.live, b.live) else "uncertain"
        return [f"heap live, trash, {n0:,} → {n1:,} descendants (MiB)", name, schema, f"{a.live:,.0f} → {b.live:,.0f}",
                f"max {a.live_max:,.0f} → {b.live_max:,.0f}", "flat (≤ 1.5 × + 16 MiB)", result]

    # ------------------------------------------------------------------------------------------------ meta

    def machine(self):
        self.title("Machine and commands")
        for i, m in enumerate(self.meta.get("runs", []), 1):
            self.w(f"- run {i} ({m.get('mode', '?')}, started {m.get('started', '?')}, "
                   f"{m.get('durationSeconds', '?')} s): `{m.get('command', '?')}`")
        first = self.meta.get("machine", {})
        for k, label in (("cpu", "CPU"), ("cores", "cores"), ("memory", "memory"), ("os", "OS"), ("jvm", "JVM"),
                         ("forkJvmArgs", "benchmark JVM options"), ("database.h2", "H2"),
                         ("database.postgresql", "PostgreSQL"), ("database.mariadb", "MariaDB")):
            if k in first:
                self.w(f"- {label}: `{first[k]}`" if k == "forkJvmArgs" else f"- {label}: {first[k]}")

    def render(self):
        self.subtree()
        self.sweep()
        self.listing()
        self.empty()
        self.folders()
        self.heap_rows()
        self.targets()
        self.machine()
        return "\n".join(self.lines[1:]) + "\n"


def load_all(paths):
    """Merges the files: results (a later file wins), each run's command and the machine of the first."""
    results, runs, machine = {}, [], {}
    for path in paths:
        r, m = load(path)
        results.update(r)
        if m:
            runs.append(m)
            for k, v in m.items():
                # a run on one database may list the others as unavailable; the run that reached one says better
                known = machine.get(k)
                if known is None or (k.startswith("database.") and known.startswith("unavailable")):
                    machine[k] = v
    return results, {"runs": runs, "machine": machine}


def update(doc_path, text):
    """Replaces the text between the markers of a Markdown file; False if it lacks them."""
    doc = Path(doc_path)
    current = doc.read_text()
    if START not in current or END not in current:
        print(f"{doc} lacks the {START} / {END} markers", file=sys.stderr)
        return False
    head, rest = current.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(head + START + "\n" + text + END + tail)
    print(f"updated {doc}")
    return True


def main(argv):
    args = argv[1:]
    target = None
    if "--update" in args:
        i = args.index("--update")
        target = args[i + 1]
        args = args[:i] + args[i + 2:]
    if not args:
        print(__doc__)
        return 2
    results, meta = load_all(args)
    text = Report(results, meta).render()
    if target:
        return 0 if update(target, text) else 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

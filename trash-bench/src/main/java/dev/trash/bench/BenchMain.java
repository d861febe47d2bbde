package dev.trash.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark plan: every scenario on every database, with the sizes and baselines each takes (the
 * per-row and Hibernate baselines stop at 100,000 rows), and writes one JMH JSON file plus a
 * {@code .meta.json} beside it (machine, JVM, databases, command) for {@code report.py}.
 *
 * <pre>
 * java -jar trash-bench/target/trash-bench.jar [--smoke] [--db h2,postgresql,mariadb] [--schema bench,host]
 *     [--only REGEX] [--forks N] [-p name=value] [--out FILE]
 * </pre>
 *
 * {@code --schema}: the host tables, {@code bench} (the benchmark's own), {@code host} (a host's, see
 * {@link BenchSchema}), or both (the default); every step runs on each.
 *
 * {@code --smoke}: tiny sizes, 1 measured iteration and no warm-up (a single shot's warm-up would generate
 * its data once more, for a number the smoke run does not keep), in the launcher's JVM ({@code --forks 1}
 * forks as the full run does, at about 3 s more per benchmark), to check that everything runs and checks out.
 * The full run: the sizes, 1 fork, 3 warm-up and 5 measured iterations; the single shots over a
 * million rows take 1 warm-up (each of their iterations regenerates or resets a million rows), and scenario 1
 * at 1,000,000 descendants, which only the heap's flatness judges, 3 measured iterations. Run the databases
 * separately and merge with {@code report.py}.
 */
public final class BenchMain {

    private static final String PKG = "dev.trash.bench.";
    private static final List<String> SWEEP_ALL = List.of("sweep_ours", "sweep_raw_marker", "sweep_raw_keys");
    private static final List<String> SWEEP_OURS = List.of("sweep_ours");
    /** Ours' purge of a subtree with every type opted out of purge records; the rest of scenario 1 ignores it. */
    private static final List<String> PURGE_OURS = List.of("purge_ours");
    private static final List<String> LIST_DEEP = List.of("first_ours", "deep_ours", "first_raw", "deep_raw_keyset",
            "deep_raw_offset");
    private static final List<String> LIST_SMALL = List.of("first_ours", "first_raw");
    private static final List<String> LIST_PARENTS = List.of("first_ours", "first_raw_parents");
    /** The per-row baseline is far from any target and takes minutes at 10,000 entries: smoke run only. */
    private static final List<String> EMPTY = List.of("empty_ours", "empty_raw_set");
    private static final List<String> EMPTY_SMOKE = List.of("empty_ours", "empty_raw_set", "empty_per_row");
    /** Ours' empty Trash with every type opted out of purge records; the baselines ignore it. */
    private static final List<String> EMPTY_OURS = List.of("empty_ours");

    /** One JMH invocation: benchmarks of one class with fixed parameters. */
    record Step(String benchmarkClass, List<String> methods, Map<String, String> params, int warmups, int measured) {

        Step(String benchmarkClass, List<String> methods, Map<String, String> params) {
            this(benchmarkClass, methods, params, 3, 5);
        }

        /**
         * The same step with 1 warm-up iteration, for the single shots over a million rows: each warm-up
         * regenerates or resets a million rows for a number nobody keeps. A target's ratio needs 5 measured.
         */
        Step oneWarmup() {
            return new Step(benchmarkClass, methods, params, 1, measured);
        }

        /** The same step with 1 warm-up and 3 measured iterations, for a size no target judges. */
        Step shorten() {
            return new Step(benchmarkClass, methods, params, 1, 3);
        }

        Step with(List<String> otherMethods, Map<String, String> otherParams) {
            return new Step(benchmarkClass, otherMethods, otherParams, warmups, measured);
        }

        String regex() {
            return "^" + Pattern.quote(PKG + benchmarkClass + ".") + "(" + String.join("|", methods) + ")$";
        }

        String label() {
            return benchmarkClass + " " + params;
        }
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean smoke = false;
        List<String> dbs = List.of("h2", "postgresql", "mariadb");
        List<String> schemas = List.of("bench", "host");
        String only = null;
        int forks = -1;
        Map<String, String> overrides = new LinkedHashMap<>();
        Path out = Path.of("trash-bench/target/jmh-result.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--db" -> dbs = Arrays.asList(args[++i].split(","));
                case "--schema" -> schemas = Arrays.asList(args[++i].split(","));
                case "--only" -> only = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--forks" -> forks = Integer.parseInt(args[++i]);
                case "-p" -> {
                    String[] kv = args[++i].split("=", 2);
                    overrides.put(kv[0], kv[1]);
                }
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; usage: [--smoke] [--db h2,postgresql,mariadb] [--schema bench,host] [--only REGEX] [--forks N] "
                            + "[-p name=value] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        if (forks < 0) {
            // the smoke run stays in this JVM: a fork per benchmark would cost 3 s each, 2 minutes in all
            forks = smoke ? 0 : 1;
        }
        schemas.forEach(BenchSchema::of);
        List<Step> plan = plan(smoke, dbs, schemas);
        if (!overrides.isEmpty()) {
            plan = plan.stream().map(s -> {
                Map<String, String> params = new LinkedHashMap<>(s.params());
                overrides.forEach((k, v) -> params.computeIfPresent(k, (key, old) -> v));
                return s.with(s.methods(), params);
            }).distinct().toList();
        }
        if (only != null) {
            Pattern p = Pattern.compile(only);
            plan = plan.stream()
                    .map(s -> s.with(s.methods().stream()
                            .filter(m -> p.matcher(s.benchmarkClass() + "." + m + " " + s.params()).find()).toList(),
                            s.params()))
                    .filter(s -> !s.methods().isEmpty()).toList();
        }
        List<String> jvmArgs = new ArrayList<>(List.of(smoke ? "-Xmx512m" : "-Xmx3g", smoke ? "-Xms512m" : "-Xms3g",
                "-XX:+UseG1GC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.jboss.logging.provider=slf4j"));
        for (String prop : List.of("trash.bench.pg.url", "trash.bench.pg.user", "trash.bench.pg.password",
                "trash.bench.mariadb.url", "trash.bench.mariadb.user", "trash.bench.mariadb.password")) {
            if (System.getProperty(prop) != null) {
                jvmArgs.add("-D" + prop + "=" + System.getProperty(prop));
            }
        }
        Instant started = Instant.now();
        List<RunResult> results = new ArrayList<>();
        for (Step step : plan) {
            System.out.println("=== " + step.label() + " " + step.methods()
                    + (smoke ? "" : " (" + step.warmups() + "+" + step.measured() + ")"));
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(step.regex())
                    .forks(forks)
                    .warmupIterations(smoke ? 0 : step.warmups())
                    .measurementIterations(smoke ? 1 : step.measured())
                    .warmupTime(TimeValue.milliseconds(smoke ? 200 : 1000))
                    .measurementTime(TimeValue.milliseconds(smoke ? 200 : 2000))
                    .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                    .addProfiler(HeapProfiler.class)
                    .shouldFailOnError(true);
            step.params().forEach(options::param);
            results.addAll(new Runner(options.build()).run());
            // after every step, so that a run cut short still leaves what it measured
            write(out, results, smoke, dbs, args, jvmArgs, started);
        }
        Path meta = write(out, results, smoke, dbs, args, jvmArgs, started);
        System.out.println("Results: " + out + " (" + results.size() + " benchmarks), metadata: " + meta
                + ", took " + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    private static Path write(Path out, List<RunResult> results, boolean smoke, List<String> dbs, String[] args,
                              List<String> jvmArgs, Instant started) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintStream ps = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
        }
        Path meta = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", "") + ".meta.json");
        Files.writeString(meta, meta(smoke, dbs, args, jvmArgs, started));
        return meta;
    }

    /** The benchmarks, sizes and baselines of a run. */
    static List<Step> plan(boolean smoke, List<String> dbs, List<String> schemas) {
        List<Step> plan = new ArrayList<>();
        for (String db : dbs) {
            for (String schema : schemas) {
                plan.addAll(smoke ? smokePlan(db, schema) : fullPlan(db, schema));
            }
            // one folders table whatever the schema: the scenario is the self-nesting cascade alone
            String folders = smoke ? "2000" : "100000";
            FolderBench.SHAPES.forEach(shape -> plan.add(new Step("FolderBench", FolderBench.methods(db, shape),
                    folderParams(db, shape, folders))));
        }
        return plan;
    }

    /**
     * Every benchmark once, on tiny data. The deep page needs more roots than it is deep (20,000 for 10,000),
     * and its setup pages there: the slowest step of the smoke run, so it runs on the bench schema only (a
     * page of roots without parents reads Trash's entry table alone, the same on both schemas).
     */
    private static List<Step> smokePlan(String db, String schema) {
        List<Step> plan = new ArrayList<>(List.of(
                new Step("SubtreeBench", subtree(schema, true), params(db, schema, "descendants", "1000")),
                new Step("SubtreeBench", PURGE_OURS, params(db, schema, "descendants", "1000", "purgeRecords", "false")),
                new Step("SweepBench", SWEEP_ALL, params(db, schema, "roots", "100", "itemsPerRoot", "10",
                        "purgeRecords", "false")),
                new Step("SweepBench", SWEEP_OURS, params(db, schema, "roots", "100", "itemsPerRoot", "10",
                        "purgeRecords", "true")),
                new Step("ListBench", LIST_SMALL, params(db, schema, "roots", "100")),
                new Step("ListBench", LIST_PARENTS, params(db, schema, "roots", "1000", "withParents", "true")),
                new Step("EmptyTrashBench", EMPTY_SMOKE, params(db, schema, "roots", "100", "itemsPerRoot", "5")),
                new Step("EmptyTrashBench", EMPTY_OURS, params(db, schema, "roots", "100", "itemsPerRoot", "5",
                        "purgeRecords", "false"))));
        if (BenchSchema.of(schema) == BenchSchema.BENCH) {
            plan.add(4, new Step("ListBench", LIST_DEEP, params(db, schema, "roots", "20000")));
        }
        return plan;
    }

    /** The sizes; the per-row and Hibernate baselines stop at 100,000 rows. */
    private static List<Step> fullPlan(String db, String schema) {
        boolean server = !db.equals("h2");
        List<Step> plan = new ArrayList<>();
        if (server) {
            plan.add(new Step("SubtreeBench", subtree(schema, true), params(db, schema, "descendants", "10000")));
        }
        plan.add(new Step("SubtreeBench", subtree(schema, true), params(db, schema, "descendants", "100000")));
        plan.add(new Step("SubtreeBench", PURGE_OURS, params(db, schema, "descendants", "100000", "purgeRecords",
                "false")));
        if (server) {
            plan.add(new Step("SubtreeBench", subtree(schema, false), params(db, schema, "descendants", "1000000"))
                    .shorten());
        }
        // the raw forms do not depend on purgeRecords: they run once, beside ours without purge records
        plan.add(new Step("SweepBench", SWEEP_ALL, params(db, schema, "roots", "10000", "itemsPerRoot", "100",
                "purgeRecords", "false")).oneWarmup());
        plan.add(new Step("SweepBench", SWEEP_OURS, params(db, schema, "roots", "10000", "itemsPerRoot", "100",
                "purgeRecords", "true")).oneWarmup());
        plan.add(new Step("ListBench", LIST_DEEP, params(db, schema, "roots", "1000000")));
        plan.add(new Step("ListBench", LIST_SMALL, params(db, schema, "roots", "1000")));
        plan.add(new Step("ListBench", LIST_PARENTS, params(db, schema, "roots", "100000", "withParents", "true")));
        plan.add(new Step("EmptyTrashBench", EMPTY, params(db, schema, "roots", "10000", "itemsPerRoot", "10")));
        plan.add(new Step("EmptyTrashBench", EMPTY_OURS, params(db, schema, "roots", "10000", "itemsPerRoot", "10",
                "purgeRecords", "false")));
        return plan;
    }

    /**
     * Scenario 1's methods: all of them up to 100,000 rows (Hibernate only on the bench schema, the one its
     * entities map), ours and the raw set-based forms beyond.
     */
    private static List<String> subtree(String schema, boolean all) {
        List<String> methods = new ArrayList<>(List.of("trash_ours", "trash_raw_set", "restore_ours",
                "restore_raw_set", "purge_ours", "purge_raw_set"));
        if (all) {
            methods.addAll(List.of("trash_raw_batch", "trash_per_row", "restore_raw_batch", "restore_per_row"));
            if (BenchSchema.of(schema) == BenchSchema.BENCH) {
                methods.add("trash_hibernate");
            }
        }
        return methods;
    }

    private static Map<String, String> folderParams(String db, String shape, String folders) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("db", db);
        params.put("shape", shape);
        params.put("folders", folders);
        return params;
    }

    private static Map<String, String> params(String db, String schema, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("db", db);
        params.put("schema", schema);
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static String meta(boolean smoke, List<String> dbs, String[] args, List<String> jvmArgs, Instant started) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mode", smoke ? "smoke" : "full");
        m.put("command", System.getProperty("trash.bench.command", "java -jar trash-bench/target/trash-bench.jar"
                + (args.length == 0 ? "" : " " + String.join(" ", args))));
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("durationSeconds", String.valueOf(Duration.between(started, Instant.now()).toSeconds()));
        m.put("cpu", cpu());
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("memory", memory());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")");
        m.put("forkJvmArgs", String.join(" ", jvmArgs));
        m.put("hostJvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        for (String db : dbs) {
            try (Database d = Database.open(Database.Kind.of(db))) {
                m.put("database." + db, d.version());
            } catch (RuntimeException e) {
                m.put("database." + db, "unavailable: " + e.getMessage());
            }
        }
        StringJoiner json = new StringJoiner(",\n  ", "{\n  ", "\n}\n");
        m.forEach((k, v) -> json.add(quote(k) + ": " + quote(v)));
        return json.toString();
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> l.replaceAll("\\D+", "")).map(kb -> (Long.parseLong(kb) / 1024 / 1024) + " GiB")
                    .findFirst().orElse("unknown");
        } catch (IOException | NumberFormatException e) {
            return "unknown";
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").chars()
                .mapToObj(c -> c < 0x20 ? " " : String.valueOf((char) c)).collect(Collectors.joining()) + "\"";
    }
}

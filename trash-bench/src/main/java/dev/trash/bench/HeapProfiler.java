package dev.trash.bench;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds {@code heap.peak} and {@code heap.live} (MiB, the maximum over iterations) to every benchmark's
 * results; see {@link HeapMeter}. The benchmarks' iteration setups reset the meter when the data is ready.
 */
public final class HeapProfiler implements InternalProfiler {

    private static final double MIB = 1024.0 * 1024.0;

    @Override
    public String getDescription() {
        return "peak and live heap during each iteration, after its setup";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        HeapMeter.reset();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        return List.of(
                new ScalarResult("heap.peak", HeapMeter.peakBytes() / MIB, "MiB", AggregationPolicy.MAX),
                new ScalarResult("heap.live", HeapMeter.liveBytes() / MIB, "MiB", AggregationPolicy.MAX));
    }
}

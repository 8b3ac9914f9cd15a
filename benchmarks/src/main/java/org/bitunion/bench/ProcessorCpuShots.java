package org.bitunion.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Single shots of {@link ProcessorCostBenchmark}'s two builds, alternating in one JVM, timed by the CPU time of
 * the compiling thread as well as by the clock. On a shared, loaded machine wall-clock shots vary by 2x while the
 * thread's CPU time stays within a few percent, so this gives a usable ratio where JMH's single shots cannot.
 * GC and JIT threads are not counted.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.bitunion.bench.ProcessorCpuShots 3 8} (warm-up pairs,
 * measured pairs).
 */
public final class ProcessorCpuShots {
    private ProcessorCpuShots() {}

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int shots = Integer.parseInt(args[1]);
        ProcessorCostBenchmark bench = new ProcessorCostBenchmark();
        bench.declarations = 300;
        bench.writeSources();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> withCpu = new ArrayList<>(), withoutCpu = new ArrayList<>(), ratios = new ArrayList<>();
        List<Double> withWall = new ArrayList<>(), withoutWall = new ArrayList<>();
        for (int i = 0; i < warmup + shots; i++) {
            double[] w = null, b = null;
            for (int k = 0; k < 2; k++) {
                boolean processor = (i + k) % 2 == 0; // alternate which build goes first
                long cpu0 = threads.getCurrentThreadCpuTime(), wall0 = System.nanoTime();
                if (processor) {
                    bench.compileWithProcessor();
                } else {
                    bench.compileHandWrittenWithoutProcessor();
                }
                double[] r = {(threads.getCurrentThreadCpuTime() - cpu0) / 1e6, (System.nanoTime() - wall0) / 1e6};
                if (processor) w = r; else b = r;
            }
            System.out.printf("%s %d: with %.0f ms cpu (%.0f wall), without %.0f ms cpu (%.0f wall), ratio %.2f%n",
                    i < warmup ? "warmup" : "shot", i, w[0], w[1], b[0], b[1], w[0] / b[0]);
            if (i >= warmup) {
                withCpu.add(w[0]); withoutCpu.add(b[0]); ratios.add(w[0] / b[0]);
                withWall.add(w[1]); withoutWall.add(b[1]);
            }
        }
        System.out.println("cpu with:    " + summary(withCpu));
        System.out.println("cpu without: " + summary(withoutCpu));
        System.out.println("cpu ratio per pair: " + summary(ratios));
        System.out.println("wall with:    " + summary(withWall));
        System.out.println("wall without: " + summary(withoutWall));
        bench.deleteSources();
    }

    private static String summary(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
        StringBuilder all = new StringBuilder();
        for (double x : v) {
            all.append(String.format(" %.2f", x));
        }
        return String.format("median %.2f, min %.2f, max %.2f (n=%d; sorted:%s)", median, v.get(0), v.get(n - 1), n,
                all);
    }
}

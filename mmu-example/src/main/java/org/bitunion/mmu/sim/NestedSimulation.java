package org.bitunion.mmu.sim;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.EptCapabilities;
import org.bitunion.mmu.EptTables;
import org.bitunion.mmu.GuestMemory;
import org.bitunion.mmu.InveptType;
import org.bitunion.mmu.MmuStats;
import org.bitunion.mmu.NestedVcpu;
import org.bitunion.mmu.context.L1ControlState;
import org.bitunion.mmu.types.Cr4Bits;
import org.bitunion.mmu.types.EptEntryBits;

/**
 * The demo: one L1 hypervisor runs several L2 guests, each with its own EPT tables, on a {@link NestedVcpu}.
 *
 * <p>Each nested exit is what a tight {@code cpuid} loop in L2 causes: L2 runs a few memory accesses, exits to
 * L1, and L1 enters it again. Now and then L1 switches to another L2 (another EPTP), maps pages on demand when
 * an L2 access ends in an EPT violation, moves a page (edits its EPT entry, then INVEPT single-context), and
 * rarely flips a CR4 bit (a real role change). The same seeded workload runs with role caching on and off, and a
 * final table compares them, including the cost of one L2 -> L1 -> L2 round trip measured by a pure cpuid loop.
 *
 * <p>Guest 0 runs an introspection agent, as memory-introspection tools do with EPTP switching (VMFUNC leaf 0):
 * L1 gives it two EPT views of the same memory, an execute view where its code pages are execute-only and a
 * read-write view where they are readable and writable but not executable, both in its EPTP list. Every few
 * entries the agent switches to the read-write view with VMFUNC, reads and patches its code, and switches back,
 * without a VM exit; the MMU serves each switch from its root cache.
 *
 * <p>Run: {@code mvn -q -pl mmu-example -am -DskipTests package exec:java}; options after
 * {@code -Dexec.args="..."}, see {@code --help}.
 */
public final class NestedSimulation {
    private static final long PAGE = GuestMemory.PAGE_SIZE;
    private static final long RW = 0b011;
    private static final long RX = 0b101;
    private static final long X_ONLY = 0b100;
    /** The introspected guest's views: indexes into its EPTP list. */
    private static final int EXECUTE_VIEW = 0;
    private static final int READ_WRITE_VIEW = 1;
    /** Code accesses the agent makes in the read-write view per switch. */
    private static final int AGENT_ACCESSES = 2;
    /** {@code setEptpList} argument for a VMCS without an EPTP list. */
    private static final long NO_EPTP_LIST = -1;
    private static final int HOT_PAGES = 48;
    private static final int CODE_PAGES = 16;

    /**
     * What the demo's L1 is offered, as KVM offers it to an L1 on a current Intel CPU: execute-only entries and
     * A/D flags, four-level walks, write-back EPTPs only (KVM does not advertise UC), and EPTP switching.
     */
    static final EptCapabilities CAPABILITIES = new EptCapabilities(true, true, false, false, true);

    /** The demo's settings. */
    record Options(int guests, int memoryMib, int pagesPerGuest, int exits, int accessesPerEntry, long seed,
                   boolean roleCache, boolean rootCache, int maxShadowPages, int cpuidIterations, int rounds,
                   int vmfuncEvery, boolean ptePrefetch) {
        static Options defaults() {
            return new Options(4, 64, 2048, 200_000, 6, 1, true, true, 0, 300_000, 3, 4, false);
        }
    }

    /** What one run measured. */
    record RunResult(String name, MmuStats stats, long entries, long accesses, long fromShadow, long remaps,
                     long invepts, long vmfuncSwitches, long vmfuncRootHits, long prefetched, long elapsedNanos,
                     double nanosPerTransition) {}

    private final Options options;
    private final PrintStream out;
    private final boolean interactive;
    private L1 lastL1;

    NestedSimulation(Options options, PrintStream out, boolean interactive) {
        this.options = options;
        this.out = out;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(usage());
            return;
        }
        new NestedSimulation(options, System.out, System.console() != null).runAndReport();
    }

    static String usage() {
        return String.join("\n",
                "usage: NestedSimulation [options]",
                "  --guests N             L2 guests, each with its own EPT tables (default 4)",
                "  --memory-mib N         L1 memory in MiB (default 64)",
                "  --pages N              4 KiB pages each L2 uses (default 2048)",
                "  --exits N              nested exits (L2 -> L1 -> L2 round trips) to simulate (default 200000)",
                "  --accesses N           L2 memory accesses between two exits (default 6)",
                "  --seed N               workload seed (default 1)",
                "  --max-shadow-pages N   cap on shadow pages (default: KVM's, 2% of L1 pages, >= 64)",
                "  --cpuid-loop N         iterations per round of the timed pure cpuid loop (default 300000)",
                "  --rounds N             timed runs of the workload per configuration, alternating, best kept"
                        + " (default 3)",
                "  --vmfunc-every N       guest 0's agent switches EPT views with VMFUNC every N of its entries"
                        + " (default 4; 0: no VMFUNC)",
                "  --no-role-cache        only run with role caching off",
                "  --no-root-cache        no previous-roots cache: every entry rebuilds the shadow",
                "  --pte-prefetch         KVM's pte_prefetch: a fault also installs its neighbouring leaves",
                "  --help");
    }

    static Options parse(String[] args) {
        Options o = Options.defaults();
        int guests = o.guests();
        int memoryMib = o.memoryMib();
        int pages = o.pagesPerGuest();
        int exits = o.exits();
        int accesses = o.accessesPerEntry();
        long seed = o.seed();
        boolean roleCache = true;
        boolean rootCache = true;
        boolean ptePrefetch = false;
        int maxShadowPages = 0;
        int cpuid = o.cpuidIterations();
        int rounds = o.rounds();
        int vmfuncEvery = o.vmfuncEvery();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-role-cache" -> roleCache = false;
                case "--no-root-cache" -> rootCache = false;
                case "--pte-prefetch" -> ptePrefetch = true;
                case "--guests" -> guests = intValue(args, ++i, arg, 1, 64);
                case "--memory-mib" -> memoryMib = intValue(args, ++i, arg, 8, 4096);
                case "--pages" -> pages = intValue(args, ++i, arg, 64, 1 << 20);
                case "--exits" -> exits = intValue(args, ++i, arg, 1, Integer.MAX_VALUE);
                case "--accesses" -> accesses = intValue(args, ++i, arg, 0, 10_000);
                case "--seed" -> seed = intValue(args, ++i, arg, 0, Integer.MAX_VALUE);
                case "--max-shadow-pages" -> maxShadowPages = intValue(args, ++i, arg, 8, 1 << 24);
                case "--cpuid-loop" -> cpuid = intValue(args, ++i, arg, 1000, Integer.MAX_VALUE);
                case "--rounds" -> rounds = intValue(args, ++i, arg, 1, 50);
                case "--vmfunc-every" -> vmfuncEvery = intValue(args, ++i, arg, 0, Integer.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        long dataBytes = (long) memoryMib << 20;
        long needed = (long) guests * pages * PAGE * 2;      // every guest's pages, plus room for tables and moves
        if (needed > dataBytes) {
            throw new IllegalArgumentException(guests + " guests of " + pages + " pages need at least "
                    + (needed >> 20) + " MiB of L1 memory (--memory-mib)");
        }
        return new Options(guests, memoryMib, pages, exits, accesses, seed, roleCache, rootCache, maxShadowPages,
                cpuid, rounds, vmfuncEvery, ptePrefetch);
    }

    private static int intValue(String[] args, int index, String option, int min, int max) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        try {
            int value = Integer.parseInt(args[index].replace("_", ""));
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be in " + min + ".." + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was " + args[index]);
        }
    }

    void runAndReport() {
        out.printf(Locale.ROOT, "bitunion nested shadow-EPT simulation: %d L2 guests x %d pages, %d MiB L1 memory,"
                        + " %,d nested exits, %d accesses per entry, seed %d%s%n",
                options.guests(), options.pagesPerGuest(), options.memoryMib(), options.exits(),
                options.accessesPerEntry(), options.seed(),
                (options.rootCache() ? "" : ", root cache OFF") + (options.ptePrefetch() ? ", pte_prefetch ON" : ""));
        printTable(runAll());
    }

    /**
     * One run of the workload on a fresh L1: {@code exits} nested exits of the seeded workload (the same seed gives
     * the same operations, whatever the configuration).
     *
     * @param report whether to print progress lines
     */
    RunResult run(boolean roleCaching, int exits, boolean report) {
        String name = "role cache " + (roleCaching ? "ON" : "OFF");
        L1 l1 = new L1(options, roleCaching);
        SplittableRandom random = new SplittableRandom(options.seed());
        long start = System.nanoTime();
        int progressStep = Math.max(1, exits / (interactive ? 50 : 4));
        int guest = 0;
        for (int exit = 0; exit < exits; exit++) {
            if (random.nextInt(100) < 5) {
                guest = random.nextInt(options.guests());           // L1 schedules another L2
            }
            l1.enter(guest);
            if (guest == 0) {
                l1.introspectionAgent(random);                       // VMFUNC inside L2: no exit
            }
            for (int i = 0; i < options.accessesPerEntry(); i++) {
                l1.l2Access(guest, random);
            }
            l1.vcpu.vmExit();                                        // the cpuid exit
            l1.handleFaults();
            if (random.nextInt(2_000) == 0) {
                l1.movePage(random.nextInt(options.guests()), random);
            }
            if (random.nextInt(20_000) == 0) {
                l1.toggleSmep();                                     // a real change of the role
            }
            if (report && (exit % progressStep == 0 || exit == exits - 1)) {
                progress(name, exit + 1, exits, l1);
            }
        }
        long elapsed = System.nanoTime() - start;
        if (report && interactive) {
            out.print("\r" + " ".repeat(120) + "\r");
        }
        lastL1 = l1;
        return new RunResult(name, l1.vcpu.stats(), l1.entries, l1.accesses, l1.fromShadow, l1.remaps, l1.invepts,
                l1.vmfuncSwitches, l1.vmfuncRootHits, l1.vcpu.ptesPrefetched(), elapsed, Double.NaN);
    }

    /** On a terminal the progress line redraws itself; in a log it is printed four times. */
    private void progress(String name, int exits, int total, L1 l1) {
        MmuStats s = l1.vcpu.stats();
        out.printf(Locale.ROOT, (interactive ? "\r" : "") + "[%3d%%] %s: exits %,d/%,d  role hits %,d misses %,d"
                        + "  root hits %,d  shadow pages %,d  " + (interactive ? "" : "%n"),
                (int) (100L * exits / total), name, exits, total, s.roleCacheHits(),
                s.roleCacheMisses(), s.rootCacheHits(), l1.vcpu.shadowPageCount());
        out.flush();
    }

    /**
     * The nested cpuid loop: L2 exits, L1 emulates cpuid and re-enters, nothing else. Both configurations run on
     * fresh vCPUs over the last run's L1 memory, in alternating rounds after a warm-up, and each keeps its best
     * round (the JIT, the garbage collector and the machine only ever add time).
     *
     * @return nanoseconds per round trip, for role caching on and off
     */
    private double[] transitionNanos(L1 l1) {
        long eptp = l1.eptps[0];
        NestedVcpu on = new NestedVcpu(l1.memory, CAPABILITIES, true);
        NestedVcpu off = new NestedVcpu(l1.memory, CAPABILITIES, false);
        int iterations = options.cpuidIterations();
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < 6; round++) {
            for (int mode = 0; mode < 2; mode++) {
                double nanos = cpuidLoop(mode == 0 ? on : off, eptp, iterations);
                if (round > 0) {                                     // round 0 is the warm-up
                    best[mode] = Math.min(best[mode], nanos);
                }
            }
        }
        return best;
    }

    private static double cpuidLoop(NestedVcpu vcpu, long eptp, int iterations) {
        vcpu.vmEntry(eptp);
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            vcpu.vmExit();
            vcpu.vmEntry(eptp);
        }
        double nanos = (System.nanoTime() - start) / (double) iterations;
        vcpu.vmExit();
        return nanos;
    }

    /**
     * Runs the workload in each configuration and times it fairly: first one untimed warm-up run of each
     * configuration (a fifth of the exits, so the JIT has compiled both paths), then {@link Options#rounds} timed
     * runs of each, alternating which configuration goes first, each on a fresh L1; the fastest run of each
     * configuration is kept (the JIT, the garbage collector and a shared machine only ever add time). The counters
     * come from the first timed run and must be the same in every run of the same seed.
     */
    List<RunResult> runAll() {
        List<Boolean> modes = options.roleCache() ? List.of(true, false) : List.of(false);
        int warmUpExits = Math.max(1, options.exits() / 5);
        for (boolean mode : modes) {
            run(mode, warmUpExits, false);
        }
        RunResult[] first = new RunResult[modes.size()];
        long[] best = new long[modes.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 0; round < options.rounds(); round++) {
            for (int k = 0; k < modes.size(); k++) {
                int m = round % 2 == 0 ? k : modes.size() - 1 - k;   // ON, OFF, then OFF, ON, ...
                RunResult r = run(modes.get(m), options.exits(), round == 0);
                if (first[m] == null) {
                    first[m] = r;
                } else if (!sameCounters(first[m], r)) {
                    throw new IllegalStateException("two runs of seed " + options.seed() + " counted differently: "
                            + first[m] + " and " + r);
                }
                best[m] = Math.min(best[m], r.elapsedNanos());
            }
        }
        double[] nanos = transitionNanos(lastL1);
        List<RunResult> timed = new ArrayList<>();
        for (int m = 0; m < modes.size(); m++) {
            RunResult r = first[m];
            double perTransition = modes.get(m) ? nanos[0] : nanos[1];
            timed.add(new RunResult(r.name(), r.stats(), r.entries(), r.accesses(), r.fromShadow(), r.remaps(),
                    r.invepts(), r.vmfuncSwitches(), r.vmfuncRootHits(), r.prefetched(), best[m], perTransition));
        }
        return timed;
    }

    private static boolean sameCounters(RunResult a, RunResult b) {
        return a.stats().equals(b.stats()) && a.entries() == b.entries() && a.accesses() == b.accesses()
                && a.fromShadow() == b.fromShadow() && a.remaps() == b.remaps() && a.invepts() == b.invepts()
                && a.vmfuncSwitches() == b.vmfuncSwitches() && a.vmfuncRootHits() == b.vmfuncRootHits()
                && a.prefetched() == b.prefetched();
    }

    private void printTable(List<RunResult> results) {
        String[] labels = {
            "nested entries (vmEntry)", "VMFUNC EPTP switches (no exit)", "role-cache hits (entries + VMFUNC)",
            "role-cache misses (full re-init)", "root-cache hits", "  of which at VMFUNC",
            "shadow pages created", "shadow pages zapped", "faults fixed (shadow installed)",
            "leaves prefetched (pte_prefetch)",
            "faults reflected to L1", "guest EPT walks", "L2 accesses", "  served from shadow tables",
            "L1 EPT edits + INVEPT", "run time (ms, best warm run)", "ns per L2->L1->L2 (cpuid loop)"};
        List<String[]> columns = new ArrayList<>();
        for (RunResult r : results) {
            MmuStats s = r.stats();
            columns.add(new String[] {
                fmt(r.entries()), fmt(r.vmfuncSwitches()), fmt(s.roleCacheHits()), fmt(s.roleCacheMisses()),
                fmt(s.rootCacheHits()), fmt(r.vmfuncRootHits()),
                fmt(s.shadowPagesCreated()), fmt(s.shadowPagesZapped()), fmt(s.faultsFixed()), fmt(r.prefetched()),
                fmt(s.faultsReflected()), fmt(s.guestWalks()), fmt(r.accesses()),
                String.format(Locale.ROOT, "%.1f%%", 100.0 * r.fromShadow() / Math.max(1, r.accesses())),
                fmt(r.remaps()) + " + " + fmt(r.invepts()),
                fmt(r.elapsedNanos() / 1_000_000), String.format(Locale.ROOT, "%.1f", r.nanosPerTransition())});
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", ""));
        for (RunResult r : results) {
            header.append(String.format(Locale.ROOT, "%18s", r.name()));
        }
        out.println(header);
        for (int row = 0; row < labels.length; row++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", labels[row]));
            for (String[] column : columns) {
                line.append(String.format(Locale.ROOT, "%18s", column[row]));
            }
            out.println(line);
        }
        if (results.size() == 2) {
            double on = results.get(0).nanosPerTransition();
            double off = results.get(1).nanosPerTransition();
            out.printf(Locale.ROOT, "%nRole caching saves %.0f ns per nested L2->L1->L2 round trip (%.1fx faster):"
                    + " the L2 context is no longer rebuilt on every entry.%n", off - on, off / on);
        }
        out.printf(Locale.ROOT, "%nTimes: each configuration ran once untimed to warm up, then %d time%s, alternating"
                        + " which went first, each on a fresh L1; the table shows the fastest run. The cpuid loop keeps"
                        + " the best of 5 alternating rounds after a warm-up round. Wall-clock times on a shared"
                        + " machine are noisy; the counters are the same for the same seed.%n",
                options.rounds(), options.rounds() == 1 ? "" : "s");
    }

    private static String fmt(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * L1: its memory, its vCPU, and per L2 guest the EPT tables it maintains. Table pages come from the top of
     * memory; each guest's data pages from its own region, with a spare region to move pages into.
     */
    private static final class L1 {
        final Options options;
        final GuestMemory memory;
        final NestedVcpu vcpu;
        final long[] eptps;
        final EptTables[] tables;
        final long[] dataBase;
        final List<long[]> pendingFaults = new ArrayList<>();
        /** Guest 0's read-write view (its execute view is {@code tables[0]}), when it uses VMFUNC. */
        final EptTables readWriteView;
        /** Guest 0's views by EPTP-list index; its current one is what L1 finds in the VMCS after an exit. */
        final long[] viewEptps;
        final long eptpList;
        int currentView = EXECUTE_VIEW;
        long guest0Entries;
        long vmfuncSwitches;
        long vmfuncRootHits;
        long nextTable;
        long nextSpare;
        long entries;
        long accesses;
        long fromShadow;
        long remaps;
        long invepts;
        boolean smep;

        L1(Options options, boolean roleCaching) {
            this.options = options;
            this.memory = new GuestMemory((long) options.memoryMib() << 20);
            this.vcpu = new NestedVcpu(memory, CAPABILITIES, roleCaching);
            vcpu.setRootCaching(options.rootCache());
            vcpu.setPtePrefetch(options.ptePrefetch());
            if (options.maxShadowPages() > 0) {
                vcpu.setMaxShadowPages(options.maxShadowPages());
            }
            int guests = options.guests();
            long guestBytes = (long) options.pagesPerGuest() * PAGE;
            nextTable = memory.size() - PAGE;
            nextSpare = guestBytes * guests;
            eptps = new long[guests];
            tables = new EptTables[guests];
            dataBase = new long[guests];
            boolean introspection = options.vmfuncEvery() > 0;
            for (int g = 0; g < guests; g++) {
                dataBase[g] = g * guestBytes;
                tables[g] = new EptTables(memory, this::allocateTable);
                eptps[g] = tables[g].eptp(true);       // A/D on, as KVM as L1 does when it can
                // code pages are mapped up front, execute+read only (execute-only in guest 0's execute view);
                // data pages on demand
                long codeAccess = g == 0 && introspection ? X_ONLY : RX;
                for (int p = 0; p < CODE_PAGES; p++) {
                    tables[g].map4k(p * PAGE, dataBase[g] + p * PAGE, codeAccess);
                }
            }
            if (introspection) {
                readWriteView = new EptTables(memory, this::allocateTable);
                for (int p = 0; p < CODE_PAGES; p++) {
                    readWriteView.map4k(p * PAGE, dataBase[0] + p * PAGE, RW);
                }
                viewEptps = new long[] {eptps[0], readWriteView.eptp(true)};
                eptpList = allocateTable();
                for (int view = 0; view < viewEptps.length; view++) {
                    memory.writeLong(eptpList + 8L * view, viewEptps[view]);
                }
            } else {
                readWriteView = null;
                viewEptps = new long[] {eptps[0]};
                eptpList = NO_EPTP_LIST;
            }
        }

        long allocateTable() {
            long table = nextTable;
            nextTable -= PAGE;
            if (nextTable < nextSpare) {
                throw new IllegalStateException("L1 ran out of memory for EPT tables: raise --memory-mib");
            }
            return table;                      // memory is zero: an empty table
        }

        /** VM entry into {@code guest} with its VMCS: its EPTP (for guest 0 the view it left in) and EPTP list. */
        void enter(int guest) {
            vcpu.setEptpList(guest == 0 ? eptpList : NO_EPTP_LIST);
            if (!vcpu.vmEntry(guest == 0 ? viewEptps[currentView] : eptps[guest])) {
                throw new IllegalStateException("L1 built an invalid EPTP");
            }
            entries++;
        }

        /**
         * Guest 0's agent, every {@code --vmfunc-every} of its entries: VMFUNC to the read-write view, read and
         * patch code there, VMFUNC back to the execute view. Neither switch leaves L2.
         */
        void introspectionAgent(SplittableRandom random) {
            if (readWriteView == null || ++guest0Entries % options.vmfuncEvery() != 0) {
                return;
            }
            vmfunc(READ_WRITE_VIEW);
            for (int i = 0; i < AGENT_ACCESSES; i++) {
                long page = random.nextInt(CODE_PAGES);
                l2AccessPage(0, page, random.nextBoolean() ? Access.READ : Access.WRITE, random);
            }
            vmfunc(EXECUTE_VIEW);
        }

        private void vmfunc(int view) {
            long rootHitsBefore = vcpu.stats().rootCacheHits();
            if (!vcpu.vmfuncEptpSwitch(view)) {
                throw new IllegalStateException("guest 0's VMFUNC to view " + view + " exited to L1");
            }
            vmfuncRootHits += vcpu.stats().rootCacheHits() - rootHitsBefore;
            vmfuncSwitches++;
            currentView = view;
        }

        /** One L2 access: mostly to a hot working set, code fetches from the code pages. */
        void l2Access(int guest, SplittableRandom random) {
            int kind = random.nextInt(10);
            Access access = kind < 6 ? Access.READ : kind < 8 ? Access.WRITE : Access.FETCH;
            int pages = options.pagesPerGuest();
            long page;
            if (access == Access.FETCH) {
                page = random.nextInt(CODE_PAGES);
            } else if (random.nextInt(10) < 8) {
                page = CODE_PAGES + random.nextInt(HOT_PAGES);
            } else {
                page = CODE_PAGES + random.nextInt(pages - CODE_PAGES);
            }
            l2AccessPage(guest, page, access, random);
        }

        /** L2 touches a random word of {@code page}; a violation is queued for L1's handler. */
        void l2AccessPage(int guest, long page, Access access, SplittableRandom random) {
            long l2 = page * PAGE + random.nextInt(512) * 8L;
            AccessResult result = vcpu.accessL2(l2, access);
            accesses++;
            if (result.fromShadow()) {
                fromShadow++;
            }
            if (result.kind() == AccessResult.Kind.EPT_VIOLATION) {
                pendingFaults.add(new long[] {guest, page});
            } else if (result.kind() == AccessResult.Kind.EPT_MISCONFIG) {
                throw new IllegalStateException("L1's own tables are misconfigured at L2 0x" + Long.toHexString(l2));
            }
        }

        /** L1's EPT-violation handler: maps the page on demand (a not-present entry needs no INVEPT). */
        void handleFaults() {
            for (long[] fault : pendingFaults) {
                int guest = (int) fault[0];
                long page = fault[1];
                if (page >= CODE_PAGES) {
                    tables[guest].map4k(page * PAGE, dataBase[guest] + page * PAGE, RW);
                    if (guest == 0 && readWriteView != null) {
                        readWriteView.map4k(page * PAGE, dataBase[guest] + page * PAGE, RW);  // both views
                    }
                }
            }
            pendingFaults.clear();
        }

        /** L1 moves a mapped data page of a guest to a spare frame: edit the leaf, then INVEPT single-context. */
        void movePage(int guest, SplittableRandom random) {
            long page = CODE_PAGES + random.nextInt(HOT_PAGES);
            long leafAddress = tables[guest].entryAddress(page * PAGE, 1);
            if (leafAddress < 0 || (memory.readLong(leafAddress) & EptTables.RWX) == 0) {
                return;
            }
            long target = nextSpare;
            nextSpare += PAGE;
            if (nextSpare > nextTable) {
                nextSpare = (long) options.guests() * options.pagesPerGuest() * PAGE;   // reuse the spare area
                target = nextSpare;
                nextSpare += PAGE;
            }
            memory.writeLong(leafAddress, EptEntryBits.withFrame(memory.readLong(leafAddress), target / PAGE));
            vcpu.invept(InveptType.SINGLE_CONTEXT, eptps[guest]);
            remaps++;
            invepts++;
            if (guest == 0 && readWriteView != null) {                 // the page moves in both views
                long other = readWriteView.entryAddress(page * PAGE, 1);
                if (other >= 0) {
                    memory.writeLong(other, EptEntryBits.withFrame(memory.readLong(other), target / PAGE));
                }
                vcpu.invept(InveptType.SINGLE_CONTEXT, viewEptps[READ_WRITE_VIEW]);
                remaps++;
                invepts++;
            }
        }

        void toggleSmep() {
            smep = !smep;
            vcpu.setCr4(Cr4Bits.withSmep(L1ControlState.typical64Bit().cr4(), smep));
        }
    }
}

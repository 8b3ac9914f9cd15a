package org.bitunion.mmu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.bitunion.mmu.reference.ReferenceEpt;
import org.bitunion.mmu.reference.ReferenceVcpu;

/**
 * Writes a random but purposeful fuzz program from a seed. It runs the program on its own reference model while
 * writing it, so it can aim: most L2 accesses go to addresses that translated before (so most succeed and the
 * shadow tables get hit), and many L1 stores edit exactly the entries recent walks used (flip one bit, clear
 * A/D, point elsewhere), which is what write tracking must get right.
 *
 * <p>Each program has random capabilities (execute-only, A/D, five-level EPT, UC EPTPs, EPTP switching), L1
 * memory of 32-128 pages, a pool of table pages (each with a "home" level it is mostly used at, though any page
 * may be linked at any level, to itself or to an ancestor), a few index values per level so separately built
 * paths collide, 3-5 L2 guests with four-level roots (PML4 pages) and as many with five-level roots (PML5
 * pages), each reachable through EPTPs with and without A/D and with UC or WB, plus some invalid EPTPs, and
 * leaves that point into memory, just past it, and far beyond it. Entries carry every memory type, large-page
 * bits, reserved bits (including bits between the possible MAXPHYADDR values), A/D and ignored bits. An EPTP
 * list page holds valid and invalid EPTPs for L2's VMFUNC switches; L2 accesses come from every
 * {@link AccessOrigin}; L1's control state sometimes forbids VM entry (SMM, CR4.VMXE, CR0.PE or PG clear).
 */
final class FuzzProgramGenerator {
    private static final long PAGE = 4096;
    private static final int[] MAX_PHY_ADDRS = {36, 39, 40, 42, 43, 45, 46, 46, 46, 48, 52};
    private static final long CR0_PE = 1, CR0_WP = 1L << 16, CR0_PG = 1L << 31;
    private static final long[] CR0_BITS = {CR0_PE, CR0_WP, CR0_PG};
    private static final long CR4_VMXE = 1L << 13;
    private static final long[] CR4_BITS = {1L << 4, 1L << 5, 1L << 12, CR4_VMXE, 1L << 20, 1L << 21, 1L << 22};
    private static final int LEVELS = 5;
    private static final long[] EFER_BITS = {1L << 8, 1L << 10, 1L << 11};

    private final SplittableRandom random;
    private final long seed;
    private final EptCapabilities caps;
    private final long pages;
    private final ReferenceVcpu reference;
    private final List<FuzzOp> ops = new ArrayList<>();

    private final long[] tablePages;
    private final int[] homeLevel;
    private final long[][] indexPool = new long[LEVELS + 1][];
    private final List<Long> roots = new ArrayList<>();
    private final long eptpListPage;
    private final long[] listIndices;
    private final List<Long> validEptps = new ArrayList<>();
    private final List<Long> invalidEptps = new ArrayList<>();
    private final List<Long> dataFrames = new ArrayList<>();
    private final Map<Long, List<Long>> hotGpasByEptp = new HashMap<>();
    private List<Long> hotGpas = new ArrayList<>();
    private long lastGpa = -1;
    private final List<Long> recentEntries = new ArrayList<>();
    private final Map<Long, Long> builtEntries = new HashMap<>();   // the initial tables, for repairs
    private final List<Long> builtAddresses = new ArrayList<>();
    private long cr0 = CR0_PE | CR0_PG | CR0_WP;
    private long cr4 = (1L << 5) | CR4_VMXE;
    private long efer = (1L << 8) | (1L << 10) | (1L << 11);
    private boolean smm;

    private FuzzProgramGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.caps = new EptCapabilities(random.nextBoolean(), random.nextInt(4) != 0, random.nextBoolean(),
                random.nextInt(3) != 0, random.nextInt(3) != 0);
        // Mostly small memories (tables collide more); some of 2-4 MiB so that 2 MiB pages lie inside memory.
        this.pages = random.nextInt(4) == 0 ? 512 + random.nextInt(513) : 32 + random.nextInt(97);
        this.reference = new ReferenceVcpu(new GuestMemory(pages * PAGE), caps);

        int poolSize = 15 + random.nextInt(10);
        tablePages = new long[poolSize];
        homeLevel = new int[poolSize];
        List<Long> free = new ArrayList<>();
        for (long page = 0; page < pages; page++) {
            free.add(page * PAGE);
        }
        for (int i = 0; i < poolSize; i++) {
            tablePages[i] = free.remove(random.nextInt(free.size()));
            homeLevel[i] = LEVELS - (i % LEVELS);            // pages 0, 5, 10, ... are PML5s, 1, 6, ... PML4s
            if (homeLevel[i] >= 4) {
                roots.add(tablePages[i]);
            }
        }
        for (int level = 1; level <= LEVELS; level++) {
            int size = 2 + random.nextInt(3);
            indexPool[level] = new long[size];
            indexPool[level][0] = 0;
            indexPool[level][1] = 511;
            if (level == 1) {
                size += 2;                                  // neighbours in one group of 8: pte_prefetch fills them
                indexPool[level] = java.util.Arrays.copyOf(indexPool[level], size);
                indexPool[level][size - 2] = 1;
                indexPool[level][size - 1] = 2;
                size -= 2;
            }
            for (int i = 2; i < size; i++) {
                // Low PT and PD indices keep offsets into large pages at frame 0 inside memory.
                indexPool[level][i] = random.nextInt(level <= 2 ? (int) Math.min(pages, 512) : 512);
            }
        }
        for (int i = 0; i < 12; i++) {
            dataFrames.add(free.get(random.nextInt(free.size())));
        }
        dataFrames.add(pages * PAGE);                       // just past memory
        dataFrames.add((pages + 1 + random.nextInt(64)) * PAGE);
        dataFrames.add(1L << (30 + random.nextInt(15)));     // far beyond, still below 2^45
        dataFrames.add(tablePages[random.nextInt(poolSize)]); // L2 sees an EPT table page
        eptpListPage = free.get(random.nextInt(free.size()));
        dataFrames.add(eptpListPage);                        // L2 sees its EPTP list
        listIndices = new long[] {0, 1, 2, 3, 511, random.nextInt(512)};

        for (int i = 0; i < poolSize; i++) {
            long root = tablePages[i];
            if (homeLevel[i] == 4) {
                validEptps.add(root | 0x1E);                 // WB, 4-level
                if (random.nextInt(3) == 0) {
                    (caps.uncacheableEptp() ? validEptps : invalidEptps).add(root | 0x18);   // UC
                }
                (caps.accessedDirty() ? validEptps : invalidEptps).add(root | 0x5E);
            } else if (homeLevel[i] == 5) {
                (caps.fiveLevel() ? validEptps : invalidEptps).add(root | 0x26);         // WB, 5-level
                (caps.fiveLevel() && caps.accessedDirty() ? validEptps : invalidEptps).add(root | 0x66);
            }
        }
        invalidEptps.add(tablePages[0] | 0x1F);              // memory type 7
        invalidEptps.add(tablePages[0] | 0x16);              // walk length 3
        invalidEptps.add(tablePages[0] | 0x2E);              // walk length 6
        invalidEptps.add(tablePages[0] | 0x9E);              // bit 7
        invalidEptps.add(tablePages[0] | (1L << 45) | 0x1E); // valid only while MAXPHYADDR > 45
        invalidEptps.add(tablePages[0] | (1L << 39) | 0x1E); // valid only while MAXPHYADDR > 39
    }

    /** A program of about {@code length} operations from {@code seed}. */
    static FuzzProgram generate(long seed, int length) {
        FuzzProgramGenerator generator = new FuzzProgramGenerator(seed);
        generator.buildInitialTables();
        while (generator.ops.size() < length) {
            generator.nextOp();
        }
        return new FuzzProgram(seed, generator.caps, generator.pages * PAGE, List.copyOf(generator.ops));
    }

    // ---- initial tables -------------------------------------------------------------------------------------

    private void buildInitialTables() {
        for (long index : listIndices) {
            emit(new FuzzOp.Store(eptpListPage + 8 * index, listEptp()));
        }
        if (random.nextInt(4) != 0) {
            emit(new FuzzOp.EptpList(eptpListPage));
        }
        for (int i = 0; i < tablePages.length; i++) {
            for (long index : indexPool[homeLevel[i]]) {
                if (random.nextInt(50) != 0) {
                    long address = tablePages[i] + 8 * index;
                    long entry = wellFormedEntry(homeLevel[i]);
                    if (builtEntries.put(address, entry) == null) {
                        builtAddresses.add(address);
                    }
                    emit(new FuzzOp.Store(address, entry));
                }
            }
        }
    }

    /** An entry that is mostly valid for {@code level}: a link to a table of the next level, or a leaf. */
    private long wellFormedEntry(int level) {
        boolean leaf = level == 1 || (level <= 3 && random.nextInt(4) == 0);
        if (!leaf) {
            return tableAt(level - 1) | (random.nextInt(10) == 0 ? goodXwr() : 7);
        }
        long xwr = random.nextInt(3) == 0 ? goodXwr() : 7;
        long frame = dataFrames.get(random.nextInt(dataFrames.size()));
        if (level > 1) {
            long size = 1L << (12 + 9 * (level - 1));
            int pick = random.nextInt(8);
            frame = pick == 0 ? frame & ~(size - 1) : pick == 1 ? random.nextInt(8) * size : 0;
        }
        long memoryType = random.nextInt(5) == 0 ? random.nextInt(8) : 6;
        long largePage = level > 1 ? 1L << 7 : (random.nextBoolean() ? 1L << 7 : 0);
        return frame | largePage | (memoryType << 3) | (random.nextInt(4) == 0 ? 1L << 6 : 0) | xwr;
    }

    private long goodXwr() {
        int pick = random.nextInt(10);
        if (pick < 6) {
            return 7;
        }
        long[] others = caps.executeOnly() ? new long[] {1, 3, 5, 4} : new long[] {1, 3, 5};
        return others[random.nextInt(others.length)];
    }

    /** A table page meant for {@code level}, sometimes any page of the pool. */
    private long tableAt(int level) {
        if (random.nextInt(16) == 0) {
            return tablePages[random.nextInt(tablePages.length)];
        }
        int start = random.nextInt(tablePages.length);
        for (int k = 0; k < tablePages.length; k++) {
            int i = (start + k) % tablePages.length;
            if (homeLevel[i] == level) {
                return tablePages[i];
            }
        }
        return tablePages[start];
    }

    // ---- the main loop ---------------------------------------------------------------------------------------

    private void nextOp() {
        int pick = random.nextInt(100);
        if (reference.inL2()) {
            if (pick < 70) {
                emit(new FuzzOp.L2Access(l2Address(), randomAccess(), randomOrigin()));
            } else if (pick < 74) {
                emit(new FuzzOp.Vmfunc(vmfuncIndex()));
            } else if (pick < 84) {
                emit(store());
            } else if (pick < 94) {
                emit(new FuzzOp.VmExit());
            } else if (pick < 96) {
                emit(new FuzzOp.SetControl("maxphyaddr", MAX_PHY_ADDRS[random.nextInt(MAX_PHY_ADDRS.length)]));
            } else {
                emit(controlChange());
            }
        } else {
            String forbidden = entryForbiddenBy();
            if (forbidden != null && random.nextInt(3) == 0) {
                emit(repair(forbidden));
            } else if (pick < 3) {
                emit(new FuzzOp.EptpList(eptpListAddress()));
            } else if (pick < 35) {
                emit(new FuzzOp.VmEntry(eptp()));
            } else if (pick < 52) {
                emit(controlChange());
            } else if (pick < 62) {
                emit(new FuzzOp.SetControl("maxphyaddr", MAX_PHY_ADDRS[random.nextInt(MAX_PHY_ADDRS.length)]));
            } else if (pick < 72) {
                int kind = random.nextInt(10);
                emit(kind < 3 ? new FuzzOp.Invept(InveptType.ALL_CONTEXT, kind == 0 ? random.nextLong() : 0)
                        : new FuzzOp.Invept(InveptType.SINGLE_CONTEXT, kind == 3 ? eptp() | random.nextLong() & 0xFFF
                                : validEptps.get(random.nextInt(validEptps.size()))));
            } else if (pick < 96) {
                emit(store());
            } else {
                emit(new FuzzOp.L2Access(l2Address(), randomAccess(), randomOrigin()));   // must be refused
            }
        }
    }

    private long eptp() {
        if (random.nextInt(80) == 0) {
            return (pages + 2) * PAGE | 0x1E;               // valid, but the root table is outside memory
        }
        if (random.nextInt(8) == 0) {
            return invalidEptps.get(random.nextInt(invalidEptps.size()));
        }
        return validEptps.get(random.nextInt(validEptps.size()));
    }

    /** An EPTP for the EPTP list: mostly valid, sometimes not. */
    private long listEptp() {
        return random.nextInt(6) == 0 ? invalidEptps.get(random.nextInt(invalidEptps.size()))
                : validEptps.get(random.nextInt(validEptps.size()));
    }

    private long eptpListAddress() {
        int pick = random.nextInt(20);
        if (pick < 15) {
            return eptpListPage;
        }
        if (pick < 17) {
            return -1;
        }
        if (pick < 19) {
            return (pages + random.nextInt(4)) * PAGE;            // outside memory
        }
        return tablePages[random.nextInt(tablePages.length)];   // a table page read as EPTPs
    }

    private int vmfuncIndex() {
        int pick = random.nextInt(20);
        if (pick < 16) {
            return (int) listIndices[random.nextInt(listIndices.length)];
        }
        if (pick < 18) {
            return 512 + random.nextInt(4096);
        }
        return pick == 18 ? -1 - random.nextInt(4) : random.nextInt(512);
    }

    /** What in the generator's L1 state forbids VM entry: "smm", "cr4" or "cr0"; null when nothing does. */
    private String entryForbiddenBy() {
        if (smm) {
            return "smm";
        }
        if ((cr4 & CR4_VMXE) == 0) {
            return "cr4";
        }
        return (cr0 & CR0_PE) == 0 || (cr0 & CR0_PG) == 0 ? "cr0" : null;
    }

    /** Sets back what {@link #entryForbiddenBy} named, so that most of a program runs L2. */
    private FuzzOp repair(String forbidden) {
        switch (forbidden) {
            case "smm":
                smm = false;
                return new FuzzOp.SetControl("smm", 0);
            case "cr4":
                cr4 |= CR4_VMXE;
                return new FuzzOp.SetControl("cr4", cr4);
            default:
                cr0 |= CR0_PE | CR0_PG;
                return new FuzzOp.SetControl("cr0", cr0);
        }
    }

    private AccessOrigin randomOrigin() {
        int pick = random.nextInt(20);
        return pick < 14 ? AccessOrigin.GUEST_PHYSICAL
                : pick < 17 ? AccessOrigin.LINEAR_FINAL : AccessOrigin.LINEAR_PAGING_STRUCTURE;
    }

    /** Flips one bit of L1's CR0, CR4, EFER or SMM: each flip is a role input that changes. */
    private FuzzOp controlChange() {
        switch (random.nextInt(5)) {
            case 0:
                cr0 ^= CR0_BITS[random.nextInt(CR0_BITS.length)];
                return new FuzzOp.SetControl("cr0", cr0);
            case 1:
                cr4 ^= CR4_BITS[random.nextInt(CR4_BITS.length)];
                return new FuzzOp.SetControl("cr4", cr4);
            case 2:
            case 3:
                efer ^= EFER_BITS[random.nextInt(EFER_BITS.length)];
                return new FuzzOp.SetControl("efer", efer);
            default:
                smm = !smm;
                return new FuzzOp.SetControl("smm", smm ? 1 : 0);
        }
    }

    private Access randomAccess() {
        int pick = random.nextInt(20);
        return pick < 9 ? Access.READ : pick < 16 ? Access.WRITE : Access.FETCH;
    }

    private long l2Address() {
        int pick = random.nextInt(100);
        if (pick < 12 && lastGpa >= 0) {
            return lastGpa;                                // again: now from the shadow tables
        }
        if (pick < 62 && !hotGpas.isEmpty()) {
            long gpa = hotGpas.get(random.nextInt(hotGpas.size()));
            return random.nextBoolean() ? gpa : (gpa & ~0xFFFL) | random.nextInt(4096);
        }
        int levels = reference.inL2() ? ReferenceEpt.levels(reference.eptp()) : 4;
        long limit = ReferenceEpt.gpaLimit(levels);
        if (pick < 96) {
            long gpa = random.nextInt(4096);
            for (int level = 1; level <= levels; level++) {
                long index = random.nextInt(40) == 0 ? random.nextInt(512)
                        : indexPool[level][random.nextInt(indexPool[level].length)];
                gpa |= index << (12 + 9 * (level - 1));
            }
            return gpa;
        }
        if (pick < 99) {
            return random.nextLong(limit);
        }
        return random.nextBoolean() ? limit + random.nextInt(1 << 20) : -1L - random.nextInt(8);
    }

    // ---- L1 stores -------------------------------------------------------------------------------------------

    private FuzzOp.Store store() {
        if (random.nextInt(30) == 0) {
            // The EPTP list: another EPTP, valid or not, for a later VMFUNC
            return new FuzzOp.Store(eptpListPage + 8 * listIndices[random.nextInt(listIndices.length)], listEptp());
        }
        if (random.nextInt(5) < 2 && !builtAddresses.isEmpty()) {
            // Repair: put an entry of the initial tables back, so a program keeps enough working translations.
            long address = builtAddresses.get(random.nextInt(builtAddresses.size()));
            return new FuzzOp.Store(address, builtEntries.get(address));
        }
        long address = storeAddress();
        long current = reference.memory().readLong(address);
        int level = levelOf(address);
        int pick = random.nextInt(100);
        long value;
        if (pick < 15) {
            value = current & ~(3L << 8);                   // clear A/D: the next use must set them again
        } else if (pick < 33) {
            value = current ^ (1L << interestingBit());
        } else if (pick < 70) {
            value = wellFormedEntry(level);
        } else if (pick < 73) {
            value = random.nextInt(3) == 0 ? random.nextLong() & (0xFFFL << 52 | 0xF00) : 0;  // not present
        } else if (pick < 81) {
            value = wellFormedEntry(level) | (1L << (36 + random.nextInt(16)));   // above some MAXPHYADDR
        } else if (pick < 88) {
            long self = address & ~(PAGE - 1);              // this table, or a root: loops
            long target = random.nextBoolean() ? self : roots.get(random.nextInt(roots.size()));
            value = target | goodXwr() | (random.nextInt(4) == 0 ? 1L << 7 : 0);
        } else if (pick < 94) {
            value = ((pages + random.nextInt(4)) * PAGE) | goodXwr();   // a table just past memory
        } else {
            value = random.nextLong();
        }
        return new FuzzOp.Store(address, value);
    }

    private long storeAddress() {
        int pick = random.nextInt(100);
        if (pick < 40 && !recentEntries.isEmpty()) {
            return recentEntries.get(random.nextInt(recentEntries.size()));
        }
        int table = random.nextInt(tablePages.length);
        if (pick < 85) {
            long[] pool = indexPool[homeLevel[table]];
            return tablePages[table] + 8 * pool[random.nextInt(pool.length)];
        }
        if (pick < 95) {
            return tablePages[table] + 8L * random.nextInt(512);
        }
        return 8L * random.nextLong(pages * PAGE / 8);
    }

    private int levelOf(long address) {
        long page = address & ~(PAGE - 1);
        for (int i = 0; i < tablePages.length; i++) {
            if (tablePages[i] == page) {
                return random.nextInt(10) == 0 ? 1 + random.nextInt(LEVELS) : homeLevel[i];
            }
        }
        return 1 + random.nextInt(LEVELS);
    }

    private int interestingBit() {
        int[] bits = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 20, 21, 29, 30, 36, 39, 40, 42, 45, 46, 47, 51, 52, 63};
        return random.nextInt(5) == 0 ? random.nextInt(64) : bits[random.nextInt(bits.length)];
    }

    // ---- bookkeeping -----------------------------------------------------------------------------------------

    /** Records {@code op} and runs it on the generator's reference, to aim the next operations. */
    private void emit(FuzzOp op) {
        ops.add(op);
        try {
            if (op instanceof FuzzOp.Store store) {
                reference.memory().writeLong(store.gpa(), store.value());
            } else if (op instanceof FuzzOp.L2Access access && reference.inL2()) {
                lastGpa = access.gpa();
                AccessResult result = reference.accessL2(access.gpa(), access.access(), access.origin());
                long[] entries = reference.lastWalk().entriesRead();
                for (long entry : entries) {
                    remember(recentEntries, entry, 24);
                }
                // Aim at pages that translate, mostly inside memory: only those get shadow entries.
                if (result.kind() == AccessResult.Kind.OK
                        && (reference.memory().contains(result.l1Gpa(), 1) || random.nextInt(4) == 0)) {
                    remember(hotGpas, access.gpa(), 48);
                }
            } else if (op instanceof FuzzOp.VmEntry entry) {
                if (reference.vmEntry(entry.eptp())) {
                    hotGpas = hotGpasByEptp.computeIfAbsent(entry.eptp(), eptp -> new ArrayList<>());
                }
            } else if (op instanceof FuzzOp.VmExit) {
                reference.vmExit();
            } else if (op instanceof FuzzOp.SetControl control) {
                reference.setControl(control.register(), control.value());
            } else if (op instanceof FuzzOp.EptpList list) {
                reference.setEptpList(list.gpa());
            } else if (op instanceof FuzzOp.Vmfunc vmfunc && reference.inL2()) {
                if (reference.vmfuncEptpSwitch(vmfunc.index())) {
                    hotGpas = hotGpasByEptp.computeIfAbsent(reference.eptp(), eptp -> new ArrayList<>());
                }
            }
        } catch (IllegalArgumentException outOfRange) {
            // an access above 2^48: every target must throw it too
        }
    }

    private void remember(List<Long> list, long value, int capacity) {
        if (list.size() < capacity) {
            list.add(value);
        } else {
            list.set(random.nextInt(capacity), value);
        }
    }

    long seed() {
        return seed;
    }
}

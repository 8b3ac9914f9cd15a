package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.types.EptEntryBits;
import org.junit.jupiter.api.Test;

/**
 * Guest tables are untrusted: self-references, loops, entries past memory and random garbage never make the MMU
 * hang, throw, map outside {@code GuestMemory} or exceed its page cap; and the shadow tables always answer what
 * a fresh walk answers. (The full differential fuzzer against an independent reference model is issue 6; this is
 * the MMU's own smoke check of the same properties.)
 */
class UntrustedTablesTest {
    static final long MEMORY = 1 << 20;

    @Test
    void aPml4ThatMapsItselfAtEveryLevelEnds() {
        GuestMemory memory = new GuestMemory(MEMORY);
        long pml4 = 0x10000;
        for (int i = 0; i < 512; i++) {
            memory.writeLong(pml4 + i * 8L, EptTables.link(7, pml4));  // every entry points back at the table
        }
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(true, true));
        vcpu.vmEntry(EptTables.eptpFor(pml4, true));
        // level 1 reads the same word as a PTE: it maps L1 page 0x10000 (the table itself), RWX, write-back 0
        AccessResult result = vcpu.accessL2(0x123, Access.WRITE);
        assertEquals(new AccessResult(Kind.OK, 0x10123, 0, false), result);
        assertTrue(vcpu.accessL2(0x456, Access.READ).fromShadow());
        assertEquals(4, vcpu.shadowPageCount(), "one shadow page per level, all for the same guest frame");
        // the walk set A and D in the word it used at all four levels; that was not a tracked store
        assertEquals(EptTables.link(7, pml4) | 0x300, memory.readLong(pml4));
        memory.writeLong(pml4, 0);                                     // L1 store: zaps the entry at every level
        assertEquals(1, vcpu.shadowPageCount());
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b000_001, false), vcpu.accessL2(0x123, Access.READ));
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow().toString());
    }

    @Test
    void randomTablesAndStoresAgreeWithFreshWalksAndKeepInvariants() {
        SplittableRandom random = new SplittableRandom(4);
        for (int run = 0; run < 20; run++) {
            fuzz(random.split(), run);
        }
    }

    /**
     * A vCPU with shadow tables against one that drops all roots before every access (so it always walks), both on
     * the same memory: every result must match. Stores are random entries, biased to valid-looking ones.
     */
    private static void fuzz(SplittableRandom random, int run) {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptCapabilities caps = new EptCapabilities(random.nextBoolean(), true);
        NestedVcpu cached = new NestedVcpu(memory, caps);
        NestedVcpu walking = new NestedVcpu(memory, caps, false);
        cached.setMaxShadowPages(8 + random.nextInt(56));
        // start from tables that all link to each other: every walk through them succeeds (a link read as a PTE
        // is a valid uncached leaf mapping the table page), then let random stores break them
        for (int table = 0; table < 16; table++) {
            for (int index = 0; index < 8; index++) {
                memory.writeLong(0x10000 + table * 4096L + index * 8L, EptTables.link(7, randomTable(random)));
            }
        }
        long[] eptps = new long[3];
        for (int i = 0; i < eptps.length; i++) {
            eptps[i] = EptTables.eptpFor(randomTable(random), random.nextBoolean());
        }
        long eptp = eptps[0];
        int fromShadow = 0;
        cached.vmEntry(eptp);
        walking.vmEntry(eptp);
        for (int op = 0; op < 3000; op++) {
            int kind = random.nextInt(100);
            if (kind < 6) {
                memory.writeLong(randomTable(random) + random.nextInt(8) * 8L, randomEntry(random));
            } else if (kind < 9) {
                eptp = eptps[random.nextInt(eptps.length)];
                cached.vmExit();
                walking.vmExit();
                if (random.nextInt(4) == 0) {
                    int maxPhyAddr = 36 + random.nextInt(17);
                    cached.setMaxPhyAddr(maxPhyAddr);
                    walking.setMaxPhyAddr(maxPhyAddr);
                }
                cached.vmEntry(eptp);
                walking.vmEntry(eptp);
            } else if (kind < 10) {
                cached.invept(random.nextBoolean() ? InveptType.SINGLE_CONTEXT : InveptType.ALL_CONTEXT, eptp);
            } else {
                long l2 = randomL2(random);
                Access access = Access.values()[random.nextInt(3)];
                walking.invept(InveptType.ALL_CONTEXT, 0);
                AccessResult expected = walking.accessL2(l2, access);
                AccessResult actual = cached.accessL2(l2, access);
                String where = "run " + run + " op " + op + " " + access + " 0x" + Long.toHexString(l2);
                assertEquals(expected.kind(), actual.kind(), where);
                assertEquals(expected.l1Gpa(), actual.l1Gpa(), where);
                assertEquals(expected.exitQualification(), actual.exitQualification(), where);
                fromShadow += actual.fromShadow() ? 1 : 0;
                if (access == Access.WRITE && actual.fromShadow()) {
                    assertTrue(!cached.isWriteTracked(actual.l1Gpa()), where + ": an L2 store to a shadowed EPT"
                            + " table was served by a writable shadow entry, bypassing write tracking");
                }
            }
            if (op % 100 == 0) {
                List<String> problems = cached.auditShadow();
                assertTrue(problems.isEmpty(), "run " + run + " op " + op + ": " + problems);
            }
        }
        // every mapping here lands on a table page, which is write-protected: only reads and fetches can hit
        assertTrue(cached.stats().faultsFixed() > 0 && fromShadow >= 10, "the run exercised the shadow tables: "
                + cached.stats() + ", " + fromShadow + " accesses from the shadow");
    }

    /** One of 16 table pages at 0x10000..0x1F000. */
    private static long randomTable(SplittableRandom random) {
        return 0x10000 + random.nextInt(16) * 4096L;
    }

    /** Small index space so that walks meet the random entries and repeat: indexes 0..3 at every level. */
    private static long randomL2(SplittableRandom random) {
        long l2 = 0;
        for (int level = 4; level >= 1; level--) {
            l2 |= (long) random.nextInt(4) << (12 + 9 * (level - 1));
        }
        return l2 | random.nextInt(4096);
    }

    private static long randomEntry(SplittableRandom random) {
        int shape = random.nextInt(10);
        long xwr = random.nextInt(8);
        return switch (shape) {
            case 0 -> random.nextLong();                                              // garbage
            case 1 -> 0;                                                              // not present
            case 2 -> EptTables.leaf(xwr, random.nextInt(1 << 10) * 4096L, random.nextBoolean())
                    | (random.nextBoolean() ? 1L << (36 + random.nextInt(16)) : 0); // maybe past MAXPHYADDR
            case 3 -> EptEntryBits.withMemoryTypeCode(EptTables.leaf(xwr, random.nextInt(256) * 4096L, false),
                    random.nextInt(8));
            case 4 -> EptTables.leaf(xwr, 0, true);                                   // 2 MiB / 1 GiB at 0
            case 5 -> EptTables.link(xwr, MEMORY + random.nextInt(4) * 4096L);        // table past memory
            default -> EptTables.link(random.nextInt(4) == 0 ? xwr : 7, randomTable(random))
                    | (random.nextInt(8) == 0 ? 0x300 : 0);                           // table, maybe A/D set
        };
    }
}

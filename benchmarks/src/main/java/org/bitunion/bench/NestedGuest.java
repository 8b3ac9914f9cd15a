package org.bitunion.bench;

import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.EptCapabilities;
import org.bitunion.mmu.EptTables;
import org.bitunion.mmu.GuestMemory;
import org.bitunion.mmu.NestedVcpu;

/**
 * A ready nested setup for the MMU benchmarks: 16 MiB of L1 memory, one L2 whose first 2 MiB are mapped with
 * 4 KiB pages, and one L2 page whose leaf points past L1's memory, which the MMU translates but never shadows, so
 * every access to it walks the guest's four levels.
 */
final class NestedGuest {
    static final long MAPPED_L2 = 0x1000;
    static final long ALWAYS_WALKED_L2 = 0x40_0000_0000L;

    final GuestMemory memory = new GuestMemory(16 << 20);
    final EptTables tables = new EptTables(memory, 8 << 20);
    final long eptp = tables.eptp(false);

    NestedGuest() {
        for (long page = 0; page < 512; page++) {
            tables.map4k(page * EptTables.PAGE, (4L << 20) + page * EptTables.PAGE, EptTables.RWX);
        }
        tables.map4k(ALWAYS_WALKED_L2, 1L << 40, EptTables.RWX);
    }

    /** A vCPU in L2 on this guest, with the mapped page already faulted into the shadow tables. */
    NestedVcpu enteredVcpu(boolean roleCaching) {
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(true, true), roleCaching);
        if (!vcpu.vmEntry(eptp)) {
            throw new IllegalStateException("benchmark EPTP refused");
        }
        AccessResult first = vcpu.accessL2(MAPPED_L2, Access.READ);
        AccessResult second = vcpu.accessL2(MAPPED_L2, Access.READ);
        AccessResult walked = vcpu.accessL2(ALWAYS_WALKED_L2, Access.READ);
        if (first.kind() != AccessResult.Kind.OK || !second.fromShadow()
                || walked.kind() != AccessResult.Kind.OK || walked.fromShadow()) {
            throw new IllegalStateException("benchmark guest is not set up as intended: " + first + ", " + second
                    + ", " + walked);
        }
        return vcpu;
    }
}

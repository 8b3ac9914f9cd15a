package org.bitunion.mmu.context;

import org.bitunion.mmu.types.EptEntryBits;

/**
 * KVM's {@code ACC_*} permission bits, the currency of the permission bitmask and of {@code PageRole.access},
 * and their EPT meaning ({@code FNAME(gpte_access)} in {@code paging_tmpl.h} with {@code PTTYPE_EPT}).
 *
 * <p>KVM reuses the x86 page-table bit positions for EPT: "exec" is EPT X, "write" is EPT W, and "user", which
 * EPT has no use for, stands for EPT R. That is why a read is reported to the permission check as a "user"
 * access ({@link org.bitunion.mmu.types.PageFaultErrorCode#user()}).
 */
public final class AccessMask {
    /** Instruction fetch allowed (EPT X). */
    public static final int ACC_EXEC_MASK = 1;
    /** Write allowed (EPT W). */
    public static final int ACC_WRITE_MASK = 2;
    /** "User" access allowed; for EPT: read allowed (EPT R). */
    public static final int ACC_USER_MASK = 4;
    /** Everything allowed: the access of a root, before any entry restricted it. */
    public static final int ACC_ALL = ACC_EXEC_MASK | ACC_WRITE_MASK | ACC_USER_MASK;

    /** Bits 2:0 of an EPT entry: read, write, execute. */
    public static final long XWR_MASK =
            EptEntryBits.READABLE_MASK | EptEntryBits.WRITABLE_MASK | EptEntryBits.EXECUTABLE_MASK;

    /** XWR = 111: the empty AND of a walk that has not read an entry yet. */
    public static final int XWR_ALL = (int) XWR_MASK;

    private AccessMask() {}

    /** The SDM's XWR value of an EPT entry (bit 0 R, bit 1 W, bit 2 X): 0 means not present. */
    public static int xwr(long eptEntry) {
        return (int) (eptEntry & XWR_MASK);
    }

    /** The ACC_* bits an EPT entry's XWR grants ({@code FNAME(gpte_access)} for EPT). */
    public static int gpteAccess(int xwr) {
        int access = 0;
        if (EptEntryBits.readable(xwr)) {
            access |= ACC_USER_MASK;
        }
        if (EptEntryBits.writable(xwr)) {
            access |= ACC_WRITE_MASK;
        }
        if (EptEntryBits.executable(xwr)) {
            access |= ACC_EXEC_MASK;
        }
        return access;
    }

    /** The inverse of {@link #gpteAccess}: the XWR value of ACC_* bits. */
    public static int xwrOf(int access) {
        long xwr = 0;
        xwr = EptEntryBits.withReadable(xwr, (access & ACC_USER_MASK) != 0);
        xwr = EptEntryBits.withWritable(xwr, (access & ACC_WRITE_MASK) != 0);
        xwr = EptEntryBits.withExecutable(xwr, (access & ACC_EXEC_MASK) != 0);
        return (int) xwr;
    }
}

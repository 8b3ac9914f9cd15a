package org.bitunion.bench;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bitunion.mmu.types.ExtendedRoleBits;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.types.PageRoleBits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generated accessors against the same operations hand-written with shifts and masks, and against what a Java
 * user would otherwise reach for (a class of fields, {@link BitSet}, {@link EnumSet}). Inputs live in non-final
 * state fields, re-randomised every iteration, so the JIT cannot constant-fold them; results are returned, so JMH
 * consumes them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AccessorBenchmark {
    private final SplittableRandom random = new SplittableRandom(2018);

    int role;
    int ext;
    long mmuRole;
    int level;
    int smm;
    boolean flag;
    RoleFields fields;
    BitSet bitSet;
    EnumSet<RoleFlag> flags;

    @Setup(Level.Iteration)
    public void randomInputs() {
        role = random.nextInt();
        ext = random.nextInt();
        mmuRole = random.nextLong();
        level = random.nextInt(16);
        smm = random.nextInt(256);
        flag = random.nextBoolean();
        fields = new RoleFields();
        fields.level = PageRoleBits.level(role);
        fields.cr0Wp = PageRoleBits.cr0Wp(role);
        bitSet = BitSet.valueOf(new long[] {role & 0xffff_ffffL});
        flags = EnumSet.noneOf(RoleFlag.class);
        if (PageRoleBits.cr0Wp(role)) {
            flags.add(RoleFlag.CR0_WP);
        }
        checkBaselineIsTheSameOperation();
    }

    /** The baseline must compute exactly what the generated code does, or the comparison means nothing. */
    private void checkBaselineIsTheSameOperation() {
        if (readModifyWriteGenerated() != readModifyWriteHandWritten()
                || writeLevelGenerated() != writeLevelHandWritten()
                || readLevelGenerated() != readLevelHandWritten()
                || readFlagGenerated() != readFlagHandWritten()
                || composeMmuRoleGenerated() != composeMmuRoleHandWritten()
                || readExtFlagGenerated() != readExtFlagHandWritten()
                || readExtFlagGeneratedFlat() != readExtFlagHandWritten()) {
            throw new AssertionError("hand-written baseline disagrees with the generated accessors");
        }
    }

    // ---- read one field

    @Benchmark
    public int readLevelGenerated() {
        return PageRoleBits.level(role);
    }

    @Benchmark
    public int readLevelHandWritten() {
        return HandWrittenRoles.level(role);
    }

    @Benchmark
    public int readLevelFieldsClass() {
        return fields.level;
    }

    @Benchmark
    public int readLevelBitSet() {
        BitSet bits = bitSet;
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (bits.get(i)) {
                value |= 1 << i;
            }
        }
        return value;
    }

    @Benchmark
    public boolean readFlagGenerated() {
        return PageRoleBits.cr0Wp(role);
    }

    @Benchmark
    public boolean readFlagHandWritten() {
        return HandWrittenRoles.cr0Wp(role);
    }

    @Benchmark
    public boolean readFlagFieldsClass() {
        return fields.cr0Wp;
    }

    @Benchmark
    public boolean readFlagBitSet() {
        return bitSet.get(13);
    }

    @Benchmark
    public boolean readFlagEnumSet() {
        return flags.contains(RoleFlag.CR0_WP);
    }

    // ---- write one field

    @Benchmark
    public int writeLevelGenerated() {
        return PageRoleBits.withLevel(role, level);
    }

    @Benchmark
    public int writeLevelHandWritten() {
        return HandWrittenRoles.withLevel(role, level);
    }

    @Benchmark
    public RoleFields writeLevelFieldsClass() {
        RoleFields target = fields;
        target.level = level;
        return target;
    }

    @Benchmark
    public BitSet writeLevelBitSet() {
        BitSet bits = bitSet;
        for (int i = 0; i < 4; i++) {
            bits.set(i, (level & (1 << i)) != 0);
        }
        return bits;
    }

    @Benchmark
    public EnumSet<RoleFlag> writeFlagEnumSet() {
        EnumSet<RoleFlag> set = flags;
        if (flag) {
            set.add(RoleFlag.GUEST_MODE);
        } else {
            set.remove(RoleFlag.GUEST_MODE);
        }
        return set;
    }

    // ---- read-modify-write of several fields, as computing a role does

    @Benchmark
    public int readModifyWriteGenerated() {
        int word = role;
        word = PageRoleBits.withLevel(word, level);
        word = PageRoleBits.withCr0Wp(word, flag);
        word = PageRoleBits.withGuestMode(word, true);
        word = PageRoleBits.withAdDisabled(word, !PageRoleBits.cr4Pae(word));
        return PageRoleBits.withSmm(word, smm);
    }

    @Benchmark
    public int readModifyWriteHandWritten() {
        int word = role;
        word = HandWrittenRoles.withLevel(word, level);
        word = HandWrittenRoles.withFlag(word, HandWrittenRoles.CR0_WP, flag);
        word = HandWrittenRoles.withFlag(word, HandWrittenRoles.GUEST_MODE, true);
        word = HandWrittenRoles.withFlag(word, HandWrittenRoles.AD_DISABLED, (word & HandWrittenRoles.CR4_PAE) == 0);
        return HandWrittenRoles.withSmm(word, smm);
    }

    @Benchmark
    public RoleFields readModifyWriteFieldsClass() {
        RoleFields target = fields;
        target.level = level;
        target.cr0Wp = flag;
        target.guestMode = true;
        target.adDisabled = !target.cr4Pae;
        target.smm = smm;
        return target;
    }

    // ---- MmuRole: two 32-bit roles in one long

    @Benchmark
    public long composeMmuRoleGenerated() {
        return MmuRoleBits.withExt(MmuRoleBits.withBase(0L, role), ext);
    }

    @Benchmark
    public long composeMmuRoleHandWritten() {
        return HandWrittenRoles.mmuRole(role, ext);
    }

    @Benchmark
    public boolean readExtFlagGenerated() {
        return ExtendedRoleBits.cr4Smep(MmuRoleBits.ext(mmuRole));
    }

    /** The same flag through the accessor the outer class generates for it: one mask, like the baseline. */
    @Benchmark
    public boolean readExtFlagGeneratedFlat() {
        return MmuRoleBits.extCr4Smep(mmuRole);
    }

    @Benchmark
    public boolean readExtFlagHandWritten() {
        return HandWrittenRoles.extCr4Smep(mmuRole);
    }
}

package org.bitunion.mmu;

import java.util.Locale;

/**
 * One step of a fuzz program, with a one-line text form ({@link #toString()}, {@link #parse}) so a failing program
 * can be printed, pasted into a regression test and replayed exactly.
 */
sealed interface FuzzOp {

    /** An L1 store of an 8-byte word ({@code GuestMemory.writeLong}): usually an EPT entry. */
    record Store(long gpa, long value) implements FuzzOp {
        @Override
        public String toString() {
            return "store " + hex(gpa) + " " + hex(value);
        }
    }

    /** An L2 access; outside L2 every target must refuse it with {@code IllegalStateException}. */
    record L2Access(long gpa, Access access, AccessOrigin origin) implements FuzzOp {
        L2Access(long gpa, Access access) {
            this(gpa, access, AccessOrigin.GUEST_PHYSICAL);
        }

        @Override
        public String toString() {
            return "l2 " + access + " " + hex(gpa) + (origin == AccessOrigin.GUEST_PHYSICAL ? "" : " " + origin);
        }
    }

    /** L1 sets the EPTP-list address (-1: none). */
    record EptpList(long gpa) implements FuzzOp {
        @Override
        public String toString() {
            return "eptplist " + (gpa == -1 ? "-1" : hex(gpa));
        }
    }

    /** L2 executes VMFUNC leaf 0 (EPTP switching) with {@code index}; outside L2 it must throw. */
    record Vmfunc(int index) implements FuzzOp {
        @Override
        public String toString() {
            return "vmfunc " + index;
        }
    }

    /** A nested VM entry; skipped while L2 already runs (the facade leaves that undefined). */
    record VmEntry(long eptp) implements FuzzOp {
        @Override
        public String toString() {
            return "entry " + hex(eptp);
        }
    }

    /** A nested VM exit; skipped while L1 runs. */
    record VmExit() implements FuzzOp {
        @Override
        public String toString() {
            return "exit";
        }
    }

    /** L1 control state: {@code register} is one of cr0, cr4, efer, smm (value 0 or 1), maxphyaddr. */
    record SetControl(String register, long value) implements FuzzOp {
        @Override
        public String toString() {
            return register + " " + (register.equals("maxphyaddr") || register.equals("smm") ? value : hex(value));
        }
    }

    /** INVEPT of either type. */
    record Invept(InveptType type, long eptp) implements FuzzOp {
        @Override
        public String toString() {
            return "invept " + type + " " + hex(eptp);
        }
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    /** The inverse of {@code toString()}. */
    static FuzzOp parse(String line) {
        String[] words = line.trim().split("\\s+");
        return switch (words[0]) {
            case "store" -> new Store(number(words[1]), number(words[2]));
            case "l2" -> new L2Access(number(words[2]), Access.valueOf(words[1].toUpperCase(Locale.ROOT)),
                    words.length > 3 ? AccessOrigin.valueOf(words[3]) : AccessOrigin.GUEST_PHYSICAL);
            case "eptplist" -> new EptpList(number(words[1]));
            case "vmfunc" -> new Vmfunc(Integer.parseInt(words[1]));
            case "entry" -> new VmEntry(number(words[1]));
            case "exit" -> new VmExit();
            case "cr0", "cr4", "efer", "smm", "maxphyaddr" -> new SetControl(words[0], number(words[1]));
            case "invept" -> new Invept(InveptType.valueOf(words[1]), number(words[2]));
            default -> throw new IllegalArgumentException("unknown fuzz op: " + line);
        };
    }

    private static long number(String text) {
        return text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseLong(text);
    }
}

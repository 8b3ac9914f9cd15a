package linux.uapi;

/**
 * User code: a three-instruction BPF program ({@code r0 = -1; if r1 == 0 goto -2; exit}) as an array of
 * {@code struct bpf_insn} in a {@code byte[]}, each instruction a 64-bit word stored with {@code BpfInsnBits.store}.
 */
public final class BpfProgram {
    public static final int BPF_ALU64 = 0x07, BPF_JMP = 0x05, BPF_MOV = 0xb0, BPF_JEQ = 0x10, BPF_EXIT = 0x90,
            BPF_K = 0x00;

    private BpfProgram() {}

    public static byte[] program() {
        long[] insns = {
            insn(BPF_ALU64 | BPF_MOV | BPF_K, 0, 0, 0, -1),
            insn(BPF_JMP | BPF_JEQ | BPF_K, 1, 0, -2, 0),
            insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
        };
        byte[] program = new byte[insns.length * BpfInsnBits.SIZE];
        for (int i = 0; i < insns.length; i++) {
            BpfInsnBits.store(program, i * BpfInsnBits.SIZE, insns[i]);
        }
        return program;
    }

    static long insn(int code, int dst, int src, int off, int imm) {
        long insn = BpfInsnBits.withCode(0L, code);
        insn = BpfInsnBits.withDstReg(insn, dst);
        insn = BpfInsnBits.withSrcReg(insn, src);
        insn = BpfInsnBits.withOff(insn, off);
        return BpfInsnBits.withImm(insn, imm);
    }

    /** Each instruction loaded back and decoded. */
    public static String describe(byte[] program) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < program.length; at += BpfInsnBits.SIZE) {
            long insn = BpfInsnBits.load(program, at);
            out.append(at == 0 ? "" : "; ").append("code=0x").append(Integer.toHexString(BpfInsnBits.code(insn)))
                    .append(" dst=").append(BpfInsnBits.dstReg(insn)).append(" src=").append(BpfInsnBits.srcReg(insn))
                    .append(" off=").append(BpfInsnBits.off(insn)).append(" imm=").append(BpfInsnBits.imm(insn));
        }
        return out.toString();
    }
}

package org.bitunion.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test sources, written as a user would write them. */
final class Sources {
    private Sources() {}

    /** A source file {@code qualifiedName} with the usual imports, whose body is {@code lines}. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        int dot = qualifiedName.lastIndexOf('.');
        StringBuilder text = new StringBuilder();
        if (dot > 0) {
            text.append("package ").append(qualifiedName, 0, dot).append(";\n");
        }
        text.append("import org.bitunion.BigEndian;\nimport org.bitunion.Bitfield;\nimport org.bitunion.Bits;\n"
                + "import org.bitunion.Code;\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return JavaFileObjects.forSourceString(qualifiedName, text.toString());
    }

    /** {@code struct iphdr} of {@code <linux/ip.h>}, as CONTRACT.md section 4 declares it. */
    static JavaFileObject ipHeader() {
        return source("test.IpHeader",
                "/** The IPv4 header, struct iphdr of linux/ip.h. */",
                "@Bitfield(bits = 160)",
                "public interface IpHeader {",
                "    /** Header length in 32-bit words. */",
                "    @Bits(4) int ihl();",
                "    @Bits(4) int version();",
                "    @Bits(8) int tos();",
                "    @BigEndian @Bits(16) int totLen();",
                "    @BigEndian @Bits(16) int id();",
                "    @BigEndian @Bits(16) int fragOff();",
                "    @Bits(8) int ttl();",
                "    @Bits(8) int protocol();",
                "    @BigEndian @Bits(16) int check();",
                "    @BigEndian @Bits(32) int saddr();",
                "    @BigEndian @Bits(32) int daddr();",
                "}");
    }

    /**
     * A posted-interrupt descriptor like KVM's {@code pi_desc}: {@code u32 pir[8]}, then a union of a bitfield
     * struct and the {@code u64 control} word that overlays it, then {@code u32 rsvd[6]}; 64 bytes.
     */
    static JavaFileObject[] piDesc() {
        return new JavaFileObject[] {source("test.PiFields",
                "@Bitfield(bits = 64)",
                "public interface PiFields {",
                "    /** Outstanding notification. */",
                "    boolean on();",
                "    /** Suppress notification. */",
                "    boolean sn();",
                "    @Bits(value = 8, at = 16) int nv();",
                "    @Bits(value = 32, at = 32) int ndst();",
                "}"), source("test.PiControl",
                "@Bitfield(bits = 64, union = true)",
                "public interface PiControl {",
                "    PiFields parts();",
                "    @Bits(64) long control();",
                "}"), source("test.PiDesc",
                "@Bitfield(bits = 512)",
                "public interface PiDesc {",
                "    @Bits(value = 32, count = 8) int[] pir();",
                "    PiControl control();",
                "    @Bits(value = 32, count = 6) int[] rsvd();",
                "}")};
    }

    /**
     * A struct with one of everything memory adds: a signed field, arrays of sub-byte, boolean and big-endian
     * elements, a nested struct and an array of them, a nested word union of alternatives, a signed long.
     */
    static JavaFileObject[] sample() {
        return new JavaFileObject[] {source("test.Range",
                "@Bitfield(bits = 96)",
                "public interface Range {",
                "    @Bits(32) int base();",
                "    @Bits(value = 20, signed = true) int delta();",
                "    boolean present();",
                "    @Bits(value = 32, at = 64) int limit();",
                "}"), source("test.Tag",
                "@Bitfield(bits = 16)",
                "public interface Tag {",
                "    @Bits(12) int id();",
                "    @Bits(4) int prio();",
                "}"), source("test.Alt",
                "@Bitfield(bits = 32, union = true)",
                "public interface Alt {",
                "    @Bits(32) int raw();",
                "    @Bits(value = 16, signed = true) int low();",
                "}"), source("test.Sample",
                "@Bitfield(bits = 448)",
                "public interface Sample {",
                "    @Bits(value = 13, signed = true) int off();",
                "    @Bits(value = 4, count = 4) int[] nibbles();",
                "    @Bits(count = 3) boolean[] flags();",
                "    @BigEndian @Bits(value = 16, count = 2) int[] ports();",
                "    @BigEndian Tag tag();",
                "    @Bits(value = 48, signed = true) long stamp();",
                "    Range range();",
                "    @Bits(count = 2) Range[] history();",
                "    Alt alt();",
                "}")};
    }

    /** Linux 4.20's kvm_mmu_page_role, field for field. */
    static JavaFileObject pageRole() {
        return source("test.PageRole",
                "/** KVM's kvm_mmu_page_role. */",
                "@Bitfield(bits = 32)",
                "public interface PageRole {",
                "    /** The paging level of the shadow page. */",
                "    @Bits(4) int level();",
                "    boolean cr4Pae();",
                "    @Bits(2) int quadrant();",
                "    boolean direct();",
                "    @Bits(3) int access();",
                "    boolean invalid();",
                "    boolean nxe();",
                "    boolean cr0Wp();",
                "    boolean smepAndnotWp();",
                "    boolean smapAndnotWp();",
                "    boolean adDisabled();",
                "    boolean guestMode();",
                "    @Bits(value = 8, at = 24) int smm();",
                "}");
    }

    /** Linux 4.20's kvm_mmu_extended_role. */
    static JavaFileObject extendedRole() {
        return source("test.ExtendedRole",
                "@Bitfield(bits = 32)",
                "public interface ExtendedRole {",
                "    boolean valid();",
                "    boolean execonly();",
                "    boolean cr0Pg();",
                "    boolean cr4Pse();",
                "    boolean cr4Pke();",
                "    boolean cr4Smap();",
                "    boolean cr4Smep();",
                "    boolean cr4La57();",
                "}");
    }

    /** kvm_mmu_role: both roles in one 64-bit word. */
    static JavaFileObject mmuRole() {
        return source("test.MmuRole",
                "@Bitfield(bits = 64)",
                "public interface MmuRole {",
                "    PageRole base();",
                "    ExtendedRole ext();",
                "}");
    }

    /** An EPT entry's memory type, with SDM codes. */
    static JavaFileObject memoryType() {
        return source("test.MemoryType",
                "public enum MemoryType {",
                "    @Code(0) UC, @Code(1) WC, @Code(4) WT, @Code(5) WP, @Code(6) WB",
                "}");
    }
}

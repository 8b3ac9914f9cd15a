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

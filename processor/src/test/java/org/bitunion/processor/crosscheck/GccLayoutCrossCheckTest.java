package org.bitunion.processor.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.CUnionWriter;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.GccCrossCheck;
import org.bitunion.processor.testing.GeneratedBitfield;
import org.bitunion.processor.testing.KernelLayouts;
import org.bitunion.processor.testing.ProcessorRun;
import org.junit.jupiter.api.Test;

/**
 * The generated accessors lay fields out exactly as GCC lays out the same C bitfield union on x86-64. For every
 * declaration in {@link KernelLayouts} the test writes the C union a kernel header would contain, compiles one probe program with
 * {@code gcc}, and compares, field by field, the word with the field at its maximum, the field's mask, the
 * all-ones word with the field cleared (neighbours keep their bits), and every field at its maximum.
 *
 * <p>Without gcc on the PATH this test fails; {@code -Dbitunion.skipGcc=true} skips it deliberately.
 */
class GccLayoutCrossCheckTest {
    @Test
    void everyDeclarationHasGccsLayout() throws Exception {
        Compilation compilation = ProcessorRun.compile(KernelLayouts.ALL);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> "the declarations did not compile:\n" + ProcessorRun.describeDiagnostics(compilation));
        CompiledClasses classes = new CompiledClasses(compilation);
        List<GeneratedBitfield> generated = new ArrayList<>();
        for (BitfieldSpec spec : KernelLayouts.ALL) {
            generated.add(new GeneratedBitfield(spec, classes));
        }
        List<String> problems = GccCrossCheck.compare(generated);
        assertTrue(problems.isEmpty(), () -> problems.size() + " disagreement(s) with GCC:\n"
                + String.join("\n", problems));
    }

    @Test
    void theKernelRoleIsWrittenAsTheKernelDeclaresIt() {
        // The C side of the check is itself a claim; pin it to the kernel's declaration for kvm_mmu_page_role.
        assertEquals("""
                union gcc_check_PageRole {
                    uint32_t word;
                    struct {
                        unsigned int level : 4;
                        unsigned int cr4Pae : 1;
                        unsigned int quadrant : 2;
                        unsigned int direct : 1;
                        unsigned int access : 3;
                        unsigned int invalid : 1;
                        unsigned int nxe : 1;
                        unsigned int cr0Wp : 1;
                        unsigned int smepAndnotWp : 1;
                        unsigned int smapAndnotWp : 1;
                        unsigned int adDisabled : 1;
                        unsigned int guestMode : 1;
                        unsigned int : 6;
                        unsigned int smm : 8;
                    } f;
                };
                _Static_assert(sizeof(union gcc_check_PageRole) == 4, "gcc_check_PageRole is one word");
                """, CUnionWriter.unionDeclaration(KernelLayouts.PAGE_ROLE));
        assertEquals("""
                union gcc_check_MmuRole {
                    uint64_t word;
                    struct {
                        union gcc_check_PageRole base;
                        union gcc_check_ExtendedRole ext;
                    } f;
                };
                _Static_assert(sizeof(union gcc_check_MmuRole) == 8, "gcc_check_MmuRole is one word");
                """, CUnionWriter.unionDeclaration(KernelLayouts.MMU_ROLE));
    }
}

package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bitunion.cimport.mapping.JavaNames;
import org.junit.jupiter.api.Test;

/** C names to Java names as CONTRACT section 5 fixes them. */
class JavaNamesTest {
    @Test
    void typeNamesAreCapitalisedWords() {
        assertEquals("PerfEventAttr", JavaNames.typeName("perf_event_attr"));
        assertEquals("Iphdr", JavaNames.typeName("iphdr"));
        assertEquals("I2oLctEntry", JavaNames.typeName("_i2o_lct_entry"));
        assertEquals("SCSI3AddrStruct", JavaNames.typeName("SCSI3Addr_struct"));
    }

    @Test
    void memberNamesAreLowerCamelCase() {
        assertEquals("totLen", JavaNames.memberName("tot_len"));
        assertEquals("reserved1", JavaNames.memberName("__reserved_1"));
        assertEquals("targetId", JavaNames.memberName("TargetId"));
        assertEquals("lun", JavaNames.memberName("LUN"));
    }

    @Test
    void keywordsAndNamesTheGeneratedClassUsesGetATrailingUnderscore() {
        assertEquals("default_", JavaNames.memberName("default"));
        assertEquals("byte_", JavaNames.memberName("byte"));
        assertEquals("load_", JavaNames.memberName("load"));
        assertEquals("toString_", JavaNames.memberName("to_string"));
    }
}

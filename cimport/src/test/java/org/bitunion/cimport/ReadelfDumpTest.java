package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bitunion.cimport.c.CMember;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.c.CType;
import org.bitunion.cimport.dwarf.CTypeReader;
import org.bitunion.cimport.dwarf.ReadelfDump;
import org.junit.jupiter.api.Test;

/** readelf's listing as gcc 12 / binutils 2.40 print it, and the variants other versions print. */
class ReadelfDumpTest {
    private static final String INFO = """
             <0><c>: Abbrev Number: 11 (DW_TAG_compile_unit)
                <12>   DW_AT_name        : (indirect line string, offset: 0x8): unit.c
             <1><1e>: Abbrev Number: 1 (DW_TAG_typedef)
                <1f>   DW_AT_name        : (indirect string, offset: 0x154): __u8
                <23>   DW_AT_decl_file   : 1
                <26>   DW_AT_type        : (ref4) <0x2a>, unsigned char
             <1><2a>: Abbrev Number: 4 (DW_TAG_base_type)
                <2b>   DW_AT_byte_size   : 1
                <2c>   DW_AT_encoding    : 8	(unsigned char)
                <2d>   DW_AT_name        : (indirect string, offset: 0x406): unsigned char
             <1><31>: Abbrev Number: 7 (DW_TAG_union_type)
                <32>   DW_AT_name        : regs
                <33>   DW_AT_byte_size   : 4
                <34>   DW_AT_decl_file   : 2
             <2><35>: Abbrev Number: 3 (DW_TAG_member)
                <36>   DW_AT_name        : all
                <37>   DW_AT_type        : <0x50>
                <38>   DW_AT_byte_size   : 4
                <39>   DW_AT_bit_size    : 16
                <3a>   DW_AT_bit_offset  : 16
             <2><3b>: Abbrev Number: 3 (DW_TAG_member)
                <3c>   DW_AT_name        : low
                <3d>   DW_AT_type        : <0x1e>
                <3e>   DW_AT_bit_size    : 4
                <3f>   DW_AT_data_bit_offset: 4
             <2><40>: Abbrev Number: 0
             <1><50>: Abbrev Number: 4 (DW_TAG_base_type)
                <51>   DW_AT_byte_size   : 4
                <52>   DW_AT_encoding    : 5	(signed)
                <53>   DW_AT_endianity   : 1	(big)
                <54>   DW_AT_name        : int
             <1><58>: Abbrev Number: 1 (DW_TAG_typedef)
                <59>   DW_AT_name        : regs_t
                <5a>   DW_AT_type        : <0x31>
             <1><5e>: Abbrev Number: 0
            """;
    private static final String LINES = """
             The Directory Table (offset 0x22, lines 2, columns 1):
              Entry	Name
              0	(indirect line string, offset: 0xc): /tmp/work
              1	(indirect line string, offset: 0x14): /usr/include/linux

             The File Name Table (offset 0x38, lines 3, columns 2):
              Entry	Dir	Name
              0	0	(indirect line string, offset: 0x62): unit.c
              1	1	(indirect line string, offset: 0x66): types.h
              2	0	(indirect line string, offset: 0x71): regs.h

            """;

    @Test
    void recordsMembersTypesAndDeclaringFilesAreRead() {
        List<CRecord> records = CTypeReader.readRecords(ReadelfDump.parse(INFO, LINES));

        assertEquals(1, records.size());
        CRecord regs = records.get(0);
        assertEquals("union regs", regs.spelling());
        assertEquals(4, regs.size());
        assertEquals("/tmp/work/regs.h", regs.declaringFile());
        assertTrue(regs.answersTo("regs_t"), "named by its typedef too");
        assertTrue(regs.hasBitfield());
    }

    @Test
    void dwarf2BitOffsetCountsFromTheMostSignificantEndOfItsStorageUnit() {
        CMember all = CTypeReader.readRecords(ReadelfDump.parse(INFO, LINES)).get(0).members().get(0);

        // 32-bit unit, 16 bits wide, 16 from the top: bits 0..15 counted from the least significant end.
        assertEquals(0, all.bitOffset());
        assertEquals(16, all.bitSize());
        CType.Base type = (CType.Base) all.type();
        assertEquals(CType.Encoding.SIGNED, type.encoding());
        assertTrue(type.bigEndian(), "DW_AT_endianity 1 is big-endian storage");
    }

    @Test
    void referencesWithFormAndTargetNameAreFollowed() {
        CMember low = CTypeReader.readRecords(ReadelfDump.parse(INFO, LINES)).get(0).members().get(1);

        assertEquals(4, low.bitOffset());
        assertEquals("__u8", low.type().spelling());
        assertEquals(CType.Encoding.UNSIGNED, ((CType.Base) low.type().resolved()).encoding());
    }
}

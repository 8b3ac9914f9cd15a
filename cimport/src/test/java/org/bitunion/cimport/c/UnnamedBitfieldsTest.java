package org.bitunion.cimport.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Reading unnamed bitfields from preprocessed text: exact when the body matches gcc's members, nothing otherwise. */
class UnnamedBitfieldsTest {
    private static final CType.Base UINT = new CType.Base("unsigned int", 4, CType.Encoding.UNSIGNED, false);

    private static CRecord record(int line, String... members) {
        CRecord record = new CRecord(1, CRecord.Kind.STRUCT, "s", 4, false, "/h.h");
        record.declaredAt(line, 8);
        long offset = 0;
        for (String member : members) {
            record.addMember(new CMember(member, UINT, offset++, 1));
        }
        return record;
    }

    @Test
    void unnamedBitfieldsGoBeforeTheMemberTheyPrecedeAndAfterTheLast() {
        CRecord record = record(2, "a", "b");
        UnnamedBitfields.attach("# 1 \"/h.h\"\n\nstruct s {\n unsigned a : 1, : 0;\n unsigned : 2;\n"
                + " unsigned b : 1; int : 3; };\n", List.of(record), Function.identity());
        assertEquals(List.of(List.of(), List.of("unsigned : 0", "unsigned : 2"), List.of("int : 3")),
                record.unnamedBitfields());
    }

    @Test
    void bodyThatDoesNotMatchGccsMembersLeavesTheRecordWithoutThem() {
        CRecord record = record(2, "a", "c");
        UnnamedBitfields.attach("# 1 \"/h.h\"\n\nstruct s { unsigned a : 1; unsigned : 2; unsigned b : 1; };\n",
                List.of(record), Function.identity());
        assertTrue(record.unnamedBitfields().isEmpty());
    }

    @Test
    void recordInAnotherFileIsNotRead() {
        CRecord record = record(2, "a");
        UnnamedBitfields.attach("# 1 \"/other.h\"\n\nstruct s { unsigned a : 1; unsigned : 2; };\n",
                List.of(record), Function.identity());
        assertTrue(record.unnamedBitfields().isEmpty());
    }
}

// Imported from "enums.h" by bitunion-cimport; regenerate rather than edit.
package golden.enums;

import org.bitunion.Code;

/**
 * {@code enum mode} from {@code "enums.h"}: each constant's {@code @Code} is its C value.
 */
public enum Mode {
    @Code(0) MODE_OFF,
    @Code(2) MODE_ON,
    @Code(3) MODE_AUTO
}

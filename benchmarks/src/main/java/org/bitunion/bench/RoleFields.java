package org.bitunion.bench;

/** What a Java programmer without bitfields might write instead: one field per role bit. */
final class RoleFields {
    int level;
    boolean cr4Pae;
    boolean cr0Wp;
    boolean adDisabled;
    boolean guestMode;
    int smm;
}

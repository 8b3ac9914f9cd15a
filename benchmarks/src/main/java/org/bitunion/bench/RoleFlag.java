package org.bitunion.bench;

/** The boolean role bits as an enum, for the {@code EnumSet} alternative. */
enum RoleFlag { CR4_PAE, CR0_WP, AD_DISABLED, GUEST_MODE }

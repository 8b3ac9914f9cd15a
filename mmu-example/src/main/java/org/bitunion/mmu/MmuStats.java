package org.bitunion.mmu;

/**
 * Counters of one {@link NestedVcpu}, since it was created.
 *
 * @param roleCacheHits       successful {@code vmEntry}s whose shadow-EPT role equalled the cached one: no
 *                            reconfiguration
 * @param roleCacheMisses     successful {@code vmEntry}s that reconfigured the shadow-EPT context
 * @param rootCacheHits       entries whose root came from the previous-roots cache
 * @param shadowPagesCreated  shadow pages allocated
 * @param shadowPagesZapped   shadow pages dropped (write tracking, INVEPT, root eviction)
 * @param faultsFixed         accesses that walked the guest tables and installed a shadow mapping
 * @param faultsReflected     accesses whose EPT violation or misconfiguration was reflected to L1
 * @param guestWalks          walks of the guest's EPT tables
 */
public record MmuStats(long roleCacheHits, long roleCacheMisses, long rootCacheHits,
                       long shadowPagesCreated, long shadowPagesZapped,
                       long faultsFixed, long faultsReflected, long guestWalks) {}

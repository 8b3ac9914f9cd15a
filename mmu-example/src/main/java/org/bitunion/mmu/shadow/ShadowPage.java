package org.bitunion.mmu.shadow;

import java.util.Arrays;
import org.bitunion.mmu.types.PageRoleBits;

/**
 * One shadow page, Linux's {@code struct kvm_mmu_page}: the shadow of one guest EPT table (frame {@link #gfn()})
 * for one role, with 512 shadow entries ({@link org.bitunion.mmu.types.ShadowEntry} words).
 *
 * <p>Pages are identified by a small integer id, which link entries hold in their frame field (KVM holds the
 * child's host-physical address). A page knows which entries link to it ({@code parent_ptes}), so that zapping it
 * can clear them, and how many root slots use it ({@code root_count}).
 */
public final class ShadowPage {
    /** Entries in a page: 4 KiB of 8-byte entries. */
    public static final int ENTRIES = 512;

    final int id;
    long gfn;
    int role;
    final long[] spt = new long[ENTRIES];
    int rootCount;
    boolean live;
    /** Link entries pointing here, each as {@code parentId * ENTRIES + index}. */
    int[] parents = new int[2];
    int parentCount;
    /** Creation order, oldest first: KVM's {@code active_mmu_pages} list. */
    ShadowPage older;
    ShadowPage newer;

    ShadowPage(int id) {
        this.id = id;
    }

    void reset(long gfn, int role) {
        this.gfn = gfn;
        this.role = role;
        Arrays.fill(spt, 0);
        rootCount = 0;
        parentCount = 0;
        live = true;
        older = null;
        newer = null;
    }

    void addParent(int parentId, int index) {
        if (parentCount == parents.length) {
            parents = Arrays.copyOf(parents, parents.length * 2);
        }
        parents[parentCount++] = parentId * ENTRIES + index;
    }

    void removeParent(int parentId, int index) {
        int link = parentId * ENTRIES + index;
        for (int i = 0; i < parentCount; i++) {
            if (parents[i] == link) {
                parents[i] = parents[--parentCount];
                return;
            }
        }
    }

    public int id() {
        return id;
    }

    /** The guest table this page shadows. */
    public long gfn() {
        return gfn;
    }

    /** The page's role ({@link org.bitunion.mmu.types.PageRole} word). */
    public int role() {
        return role;
    }

    public int level() {
        return PageRoleBits.level(role);
    }

    /** The shadow entry at {@code index}. */
    public long entry(int index) {
        return spt[index];
    }

    /** Root slots (current and previous roots) that use this page. */
    public int rootCount() {
        return rootCount;
    }

    public int parentCount() {
        return parentCount;
    }
}

package org.bitunion.mmu.shadow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import org.bitunion.mmu.Access;
import org.bitunion.mmu.context.AccessMask;
import org.bitunion.mmu.context.MmuContext;
import org.bitunion.mmu.context.RsvdBitsValidate;
import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.EptPointerBits;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.types.PageRoleBits;
import org.bitunion.mmu.types.ShadowEntryBits;
import org.bitunion.mmu.walk.EptWalker;
import org.bitunion.mmu.walk.GuestTables;
import org.bitunion.mmu.walk.WalkResult;

/**
 * The shadow EPT tables of one vCPU: shadow pages in a hash table keyed by (guest frame, role), the root cache,
 * installation of translations after a guest walk, write tracking and zapping. The twin of the shadow-paging half
 * of Linux's {@code arch/x86/kvm/mmu.c} ({@code kvm_mmu_get_page}, {@code FNAME(fetch)},
 * {@code kvm_mmu_pte_write}, {@code kvm_mmu_prepare_zap_page}, {@code cached_root_available},
 * {@code kvm_mmu_free_roots}).
 *
 * <p>Invariants (checked by {@link #audit}): every leaf maps L1 memory inside {@code GuestMemory}; every link
 * points to a live page one level down; every live page is a root or linked from one (a page left without parents
 * is zapped at once); at most {@link #maxPages()} pages are live; every guest table that a live page shadows is
 * write-tracked, so its shadow entries change with it; no writable leaf maps a write-tracked guest table
 * ({@code mmu_need_write_protect}), so an L2 store to one of its own EPT tables always goes through the MMU.
 *
 * <p>Deliberate differences from KVM: (1) every shadowed guest table is write-protected, including last-level
 * ones (KVM lets those go "unsync" and resynchronises at INVEPT or root switch); so the shadow tables are coherent
 * after every store and need no INVEPT to be correct. (2) A tracked store zaps the shadow entry it changes
 * rather than updating it in place ({@code ept_update_pte}), and there is no write-flooding heuristic. (3) A root
 * that is freed (evicted from the root cache, INVEPT, role change without room in the cache) is zapped together
 * with the pages only it reached, instead of lingering in the hash table until memory pressure. (4) A large guest
 * page is shadowed only when it lies wholly inside {@code GuestMemory}; otherwise it is never shadowed and each
 * access to it walks the guest.
 *
 * <p>Large guest pages are shadowed as KVM does: by one large entry, unless the page holds a write-tracked guest
 * table; then by the largest smaller pages that hold none ({@code kvm_mmu_hugepage_adjust} with the large levels
 * disallowed by {@code kvm_mmu_gfn_disallow_lpage}), built from direct shadow pages, so that only stores to the
 * table itself trap. A large entry mapped before a frame in it became tracked is write-protected at that moment
 * and split at the next write fault, as in KVM.
 */
public final class ShadowMmu {
    private static final long PAGE_SIZE = 4096;
    /** The fewest pages a cap may allow: four pinned roots and one full path below a five-level root. */
    public static final int MIN_PAGES = 8;
    /** Entries {@code pte_prefetch} considers around a fault: an aligned group ({@code PTE_PREFETCH_NUM}). */
    static final int PTE_PREFETCH_NUM = 8;

    private final long memoryBytes;
    /** Pages that shadow a guest table, by its frame: also the set of write-tracked frames. */
    private final HashMap<Long, List<ShadowPage>> hash = new HashMap<>();   // kvm->arch.mmu_page_hash
    /**
     * Direct pages, by the first L1 frame of the range they map: the smaller pages a large guest page is split
     * into. They shadow no guest table, so their frames are not write-tracked (KVM skips {@code account_shadowed}
     * for direct pages).
     */
    private final HashMap<Long, List<ShadowPage>> directHash = new HashMap<>();
    private ShadowPage[] pagesById = new ShadowPage[64];
    private final ArrayDeque<ShadowPage> freePages = new ArrayDeque<>();
    private int nextId;
    private int livePages;
    private int maxPages;
    private ShadowPage oldest;
    private ShadowPage newest;
    private final RootCache roots = new RootCache(this::freeRoot);
    private Consumer<String> trace;

    /** Guest entries {@code pte_prefetch} reads from; null: no prefetching. */
    private GuestTables prefetchSource;
    private long ptesPrefetched;
    private long pagesCreated;
    private long pagesZapped;
    private long trackedStores;

    /**
     * @param memoryBytes the size of L1's memory: no leaf maps at or above it
     * @param maxPages    the cap on live pages (KVM's {@code n_max_mmu_pages})
     */
    public ShadowMmu(long memoryBytes, int maxPages) {
        this.memoryBytes = memoryBytes;
        setMaxPages(maxPages);
    }

    /**
     * KVM's default cap ({@code kvm_mmu_calculate_default_mmu_pages}): 2% of the guest's pages, at least 64.
     */
    public static int defaultMaxPages(long memoryBytes) {
        long pages = memoryBytes / PAGE_SIZE * 20 / 1000;
        return (int) Math.max(64, Math.min(pages, 1 << 20));
    }

    public void setTrace(Consumer<String> trace) {
        this.trace = trace;
    }

    /** Changes the cap; zaps the oldest pages at once if more are live ({@code kvm_mmu_change_mmu_pages}). */
    public void setMaxPages(int maxPages) {
        if (maxPages < MIN_PAGES) {
            throw new IllegalArgumentException("at least " + MIN_PAGES + " shadow pages are needed, was " + maxPages);
        }
        this.maxPages = maxPages;
        makeMmuPagesAvailable(0);
    }

    public int maxPages() {
        return maxPages;
    }

    public int livePages() {
        return livePages;
    }

    public long pagesCreated() {
        return pagesCreated;
    }

    public long pagesZapped() {
        return pagesZapped;
    }

    /** L1 stores to write-tracked pages seen so far. */
    public long trackedStores() {
        return trackedStores;
    }

    public RootCache roots() {
        return roots;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Roots

    /**
     * Switches to the root for {@code eptp} and {@code rootRole} (the unmasked base role); see
     * {@link RootCache#newRoot}.
     */
    public RootCache.RootSource newRoot(long eptp, int rootRole, boolean rootCaching) {
        return roots.newRoot(eptp, rootRole, rootCaching);
    }

    /**
     * The current root page, allocated if none is loaded ({@code kvm_mmu_load} / {@code mmu_alloc_shadow_roots}).
     * Null when the EPTP's root table is not in L1's memory ({@code mmu_check_root} fails): then nothing can be
     * shadowed and every access walks the guest.
     */
    public ShadowPage loadRoot() {
        ShadowPage root = roots.currentRoot;
        return root != null ? root : allocateCurrentRoot();    // the common case stays small enough to inline
    }

    private ShadowPage allocateCurrentRoot() {
        long gfn = EptPointerBits.pml4Frame(roots.currentEptp);
        if (gfn >= memoryBytes / PAGE_SIZE) {
            return null;
        }
        makeMmuPagesAvailable(1);
        ShadowPage root = getPage(gfn, roots.currentRole);
        root.rootCount++;
        roots.currentRoot = root;
        return root;
    }

    /**
     * INVEPT single-context: frees the current and previous roots whose EPTP names the same root table as
     * {@code eptp} (SDM Vol. 3, 30.3: mappings "associated with EP4TA"; KVM's {@code nested_ept_root_matches}).
     * The current EPTP stays loaded; its root is rebuilt at the next access.
     *
     * @return roots freed
     */
    public int invalidateContext(long eptp) {
        long ep4ta = EptPointerBits.pml4Frame(eptp);
        return roots.freeRoots(rootEptp -> EptPointerBits.pml4Frame(rootEptp) == ep4ta);
    }

    /** INVEPT all-context: frees every root, current and previous. @return roots freed */
    public int freeAllRoots() {
        return roots.freeRoots(rootEptp -> true);
    }

    /** {@code mmu_free_root_page}: drops one use of a root; an unused root is zapped with what only it reached. */
    private void freeRoot(ShadowPage root) {
        root.rootCount--;
        if (root.rootCount == 0 && root.parentCount == 0) {
            zapPage(root);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Translation through the shadow tables

    /**
     * What the hardware does with the shadow tables: walks them from {@code root} for {@code l2Gpa}.
     *
     * @return the L1 address, or -1 when the shadow tables do not translate the access (not present, or not
     *         permitted): then the guest's tables must be walked
     */
    public long translate(ShadowPage root, long l2Gpa, Access access) {
        ShadowPage page = root;
        for (int level = root.level(); ; level--) {
            long spte = page.spt[EptWalker.tableIndex(l2Gpa, level)];
            if (!ShadowEntryBits.present(spte)) {
                return -1;
            }
            if (Spte.isLastSpte(spte, level)) {
                boolean permitted = switch (access) {
                    case READ -> ShadowEntryBits.readable(spte);
                    case WRITE -> ShadowEntryBits.writable(spte);
                    case FETCH -> ShadowEntryBits.executable(spte);
                };
                if (!permitted) {
                    return -1;
                }
                long pageSize = EptWalker.pageSize(level);
                return ShadowEntryBits.frame(spte) * PAGE_SIZE + (l2Gpa & (pageSize - 1));
            }
            page = pagesById[(int) ShadowEntryBits.frame(spte)];
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Installing a translation: FNAME(fetch)

    /**
     * Installs the translation a successful guest walk found, level by level below {@code root}, reusing shadow
     * pages that exist for the same (guest table, role) ({@code FNAME(fetch)}). Nothing is installed when the
     * leaf's page is not wholly inside L1's memory: the shadow tables never map what the guest does not own.
     *
     * @return whether a leaf was installed
     */
    public boolean install(ShadowPage root, WalkResult walk, long l2Gpa, MmuContext context) {
        int leafLevel = walk.level();
        long pageSize = EptWalker.pageSize(leafLevel);
        long pageBase = walk.l1Gpa() & ~(pageSize - 1);
        if (pageBase < 0 || pageBase > memoryBytes - pageSize) {
            return false;
        }
        int rootLevel = root.level();
        makeMmuPagesAvailable(rootLevel - 1);            // pages one fault may create below the root
        int contextBase = MmuRoleBits.base(context.role());
        ShadowPage page = root;
        for (int level = rootLevel; level > leafLevel; level--) {
            int index = EptWalker.tableIndex(l2Gpa, level);
            int childLevel = level - 1;
            long childGfn = walk.tableGfn(childLevel);
            int childRole = pageRole(contextBase, childLevel, walk.accessAbove(childLevel));
            page = childPage(page, index, level, childGfn, childRole);
        }
        // kvm_mmu_hugepage_adjust: a large guest page that holds a write-tracked guest table is mapped with
        // smaller pages (its frame disallows the large level, kvm_mmu_gfn_disallow_lpage from account_shadowed),
        // so that only stores to the table itself trap, not L2's writes elsewhere in the large page. Decided
        // after the loop above, which may just have started tracking a frame.
        long l1Gpa = walk.l1Gpa();
        int mapLevel = leafLevel;
        while (mapLevel > 1 && mapsWriteTrackedFrame(l1Gpa & -EptWalker.pageSize(mapLevel),
                EptWalker.pageSize(mapLevel))) {
            mapLevel--;
        }
        int directAccess = walk.pteAccess();
        for (int level = leafLevel; level > mapLevel; level--) {
            // FNAME(fetch)'s direct levels: pages that map a range of L1 memory, keyed by its first frame
            int index = EptWalker.tableIndex(l2Gpa, level);
            long childGfn = (l1Gpa & -EptWalker.pageSize(level)) / PAGE_SIZE;
            int childRole = PageRoleBits.withDirect(pageRole(contextBase, level - 1, directAccess), true);
            page = childPage(page, index, level, childGfn, childRole);
        }
        int index = EptWalker.tableIndex(l2Gpa, mapLevel);
        if (ShadowEntryBits.present(page.spt[index])) {
            dropSpte(page, index);
        }
        long mapSize = EptWalker.pageSize(mapLevel);
        long mapBase = l1Gpa & -mapSize;
        long spte = leafSpte(walk, leafLevel, mapLevel, mapBase);
        if (ShadowEntryBits.writable(spte) && mapsWriteTrackedFrame(mapBase, mapSize)) {
            spte = ShadowEntryBits.withWritable(spte, false);   // mmu_need_write_protect: the store must trap
        }
        page.spt[index] = spte;
        if (prefetchSource != null && mapLevel == 1 && leafLevel == 1) {
            ptePrefetch(page, index, walk, context);
        }
        return true;
    }

    /**
     * {@code FNAME(pte_prefetch)}: after a 4 KiB leaf is installed, the other empty entries of its aligned group
     * of {@value #PTE_PREFETCH_NUM} are filled from the guest's page table, as far as the guest entries allow
     * ({@code FNAME(prefetch_gpte)}): it stops at the first one that is not present, has reserved bits or a bad
     * memory type, lacks the accessed flag while A/D is on ({@code FNAME(prefetch_invalid_gpte)}), or maps outside
     * L1 memory (no memslot). Nothing is walked and no flag is set: a prefetched entry only saves the next fault.
     * Its permissions are the shadow page's inherited access ANDed with the guest entry's, without write for a
     * clean entry ({@code protect_clean_gpte}) or a write-tracked frame.
     */
    private void ptePrefetch(ShadowPage page, int faultIndex, WalkResult walk, MmuContext context) {
        long table = walk.tableGfn(1) * PAGE_SIZE;
        int access = walk.accessAbove(1);               // the page's role.access
        int first = faultIndex & -PTE_PREFETCH_NUM;
        for (int i = first; i < first + PTE_PREFETCH_NUM; i++) {
            if (i == faultIndex || ShadowEntryBits.present(page.spt[i])) {
                continue;
            }
            long gpte = prefetchSource.read(table + 8L * i);
            if (AccessMask.xwr(gpte) == 0 || context.guestRsvdCheck().isRsvdBitsSet(gpte, 1)
                    || context.eptAd() && !EptEntryBits.accessed(gpte)) {
                break;
            }
            long frameBase = EptEntryBits.frame(gpte) * PAGE_SIZE;
            if (frameBase > memoryBytes - PAGE_SIZE) {
                break;
            }
            int pteAccess = access & AccessMask.gpteAccess(AccessMask.xwr(gpte));
            boolean guestWritable = (pteAccess & AccessMask.ACC_WRITE_MASK) != 0;
            if (context.eptAd() && !EptEntryBits.dirty(gpte)) {
                pteAccess &= ~AccessMask.ACC_WRITE_MASK;
            }
            if (pteAccess == 0) {
                continue;                                // nothing to allow: leave the entry empty
            }
            long spte = makeLeafSpte(gpte, pteAccess, guestWritable, 1, frameBase);
            if (ShadowEntryBits.writable(spte) && mapsWriteTrackedFrame(frameBase, PAGE_SIZE)) {
                spte = ShadowEntryBits.withWritable(spte, false);
            }
            page.spt[i] = spte;
            ptesPrefetched++;
        }
    }

    /**
     * Turns {@code pte_prefetch} on (reading the guest's neighbouring entries from {@code tables}) or off
     * ({@code null}, the default).
     */
    public void setPtePrefetch(GuestTables tables) {
        this.prefetchSource = tables;
    }

    /** Leaf entries installed by {@code pte_prefetch} so far. */
    public long ptesPrefetched() {
        return ptesPrefetched;
    }

    /** Whether {@code [pageBase, pageBase + pageSize)} holds a guest table that a live shadow page shadows. */
    boolean mapsWriteTrackedFrame(long pageBase, long pageSize) {
        long firstGfn = pageBase / PAGE_SIZE;
        long frames = pageSize / PAGE_SIZE;
        if (frames <= hash.size()) {
            for (long gfn = firstGfn; gfn < firstGfn + frames; gfn++) {
                if (hash.containsKey(gfn)) {
                    return true;
                }
            }
            return false;
        }
        for (long gfn : hash.keySet()) {
            if (gfn >= firstGfn && gfn < firstGfn + frames) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code kvm_mmu_slot_gfn_write_protect}, when {@code gfn} starts being shadowed: every writable leaf that maps
     * it loses write permission, so L2's stores to that guest table trap from now on. KVM finds the leaves by its
     * reverse map; the model scans its live pages, which is cheap because a frame starts being tracked rarely.
     */
    private void writeProtectLeavesMapping(long gfn) {
        for (ShadowPage page = oldest; page != null; page = page.newer) {
            int level = page.level();
            if (level > 3) {
                continue;                          // PML4 and PML5 pages hold no leaves
            }
            long frames = EptWalker.pageSize(level) / PAGE_SIZE;
            for (int index = 0; index < ShadowPage.ENTRIES; index++) {
                long spte = page.spt[index];
                if (Spte.isPresentLeaf(spte, level) && ShadowEntryBits.writable(spte)) {
                    long firstGfn = ShadowEntryBits.frame(spte);
                    if (gfn >= firstGfn && gfn < firstGfn + frames) {
                        page.spt[index] = ShadowEntryBits.withWritable(spte, false);
                    }
                }
            }
        }
    }

    /** The role of a non-root shadow page: the context's base role with the page's level and inherited access. */
    private static int pageRole(int contextBase, int level, int access) {
        int role = PageRoleBits.withLevel(contextBase, level);
        role = PageRoleBits.withDirect(role, false);
        return PageRoleBits.withAccess(role, access);
    }

    /**
     * A leaf spte ({@code set_spte}) at {@code mapLevel} for the guest leaf at {@code level}: the walk's
     * permissions, the guest leaf's memory type, L1's frame at {@code pageBase}.
     */
    private static long leafSpte(WalkResult walk, int level, int mapLevel, long pageBase) {
        // the guest allows writes even if this spte does not yet (clean leaf): a write re-walks and sets D
        boolean guestWritable = EptEntryBits.writable(walk.pte(level))
                && (walk.accessAbove(level) & AccessMask.ACC_WRITE_MASK) != 0;
        return makeLeafSpte(walk.pte(level), walk.pteAccess(), guestWritable, mapLevel, pageBase);
    }

    /**
     * {@code make_spte} for a leaf: permissions {@code pteAccess} (ACC_* bits), the guest leaf's memory type and
     * ignore-PAT, L1's frame at {@code pageBase}; {@code guestWritable}: the guest allows writes, so a write may
     * make the entry writable after a re-walk.
     */
    private static long makeLeafSpte(long guestLeaf, int pteAccess, boolean guestWritable, int mapLevel,
                                     long pageBase) {
        int xwr = AccessMask.xwrOf(pteAccess);
        long spte = 0;
        spte = ShadowEntryBits.withReadable(spte, EptEntryBits.readable(xwr));
        spte = ShadowEntryBits.withWritable(spte, EptEntryBits.writable(xwr));
        spte = ShadowEntryBits.withExecutable(spte, EptEntryBits.executable(xwr));
        spte = ShadowEntryBits.withMemoryType(spte, EptEntryBits.memoryType(guestLeaf));
        spte = ShadowEntryBits.withIgnorePat(spte, EptEntryBits.ignorePat(guestLeaf));
        spte = ShadowEntryBits.withLargePage(spte, mapLevel > 1);
        spte = ShadowEntryBits.withAccessed(spte, true);
        spte = ShadowEntryBits.withPresent(spte, true);
        spte = ShadowEntryBits.withFrame(spte, pageBase / PAGE_SIZE);
        spte = ShadowEntryBits.withHostWritable(spte, true);
        return ShadowEntryBits.withMmuWritable(spte, guestWritable);
    }

    /** {@code link_shadow_page}: a non-leaf spte granting everything; the leaf carries the walk's permissions. */
    /**
     * The shadow page for {@code (childGfn, childRole)} below entry {@code index} of {@code page} at {@code level}:
     * the one already linked there if it is that page, else a found or new one linked in place of whatever the
     * entry held (FNAME(fetch)'s step down one level, for guest and direct levels alike).
     */
    private ShadowPage childPage(ShadowPage page, int index, int level, long childGfn, int childRole) {
        long spte = page.spt[index];
        if (Spte.isLink(spte, level)) {
            ShadowPage child = pagesById[(int) ShadowEntryBits.frame(spte)];
            if (child.gfn == childGfn && child.role == childRole) {
                return child;
            }
        }
        if (ShadowEntryBits.present(spte)) {
            dropSpte(page, index);
        }
        ShadowPage child = getPage(childGfn, childRole);
        linkShadowPage(page, index, child);
        return child;
    }

    private void linkShadowPage(ShadowPage parent, int index, ShadowPage child) {
        long spte = 0;
        spte = ShadowEntryBits.withReadable(spte, true);
        spte = ShadowEntryBits.withWritable(spte, true);
        spte = ShadowEntryBits.withExecutable(spte, true);
        spte = ShadowEntryBits.withPresent(spte, true);
        spte = ShadowEntryBits.withFrame(spte, child.id);
        parent.spt[index] = spte;
        child.addParent(parent.id, index);
    }

    /**
     * {@code kvm_mmu_get_page}: the page shadowing {@code gfn} with {@code role}, found in the hash table or
     * created (and then its guest table is write-tracked, {@code account_shadowed}). The caller has made room.
     */
    private ShadowPage getPage(long gfn, int role) {
        boolean direct = PageRoleBits.direct(role);
        HashMap<Long, List<ShadowPage>> table = direct ? directHash : hash;
        List<ShadowPage> bucket = table.get(gfn);
        if (bucket != null) {
            for (ShadowPage page : bucket) {
                if (page.role == role) {
                    return page;
                }
            }
        } else {
            bucket = new ArrayList<>(2);
            table.put(gfn, bucket);
            if (!direct) {
                writeProtectLeavesMapping(gfn);    // account_shadowed: the frame is write-tracked from now on
            }
        }
        ShadowPage page = allocatePage();
        page.reset(gfn, role);
        bucket.add(page);
        linkNewest(page);
        livePages++;
        pagesCreated++;
        return page;
    }

    private ShadowPage allocatePage() {
        ShadowPage page = freePages.poll();
        if (page != null) {
            return page;
        }
        if (nextId == pagesById.length) {
            pagesById = Arrays.copyOf(pagesById, pagesById.length * 2);
        }
        page = new ShadowPage(nextId);
        pagesById[nextId++] = page;
        return page;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Write tracking and zapping

    /**
     * {@code kvm_mmu_pte_write}: L1 stored to {@code gpa}. Every shadow page of that guest frame drops the entry
     * the store may have changed; pages left unreachable are zapped with it.
     *
     * @return whether the frame was write-tracked
     */
    public boolean l1Store(long gpa) {
        List<ShadowPage> bucket = hash.get(gpa / PAGE_SIZE);
        if (bucket == null) {
            return false;
        }
        trackedStores++;
        long gfn = gpa / PAGE_SIZE;
        int index = (int) ((gpa % PAGE_SIZE) / 8);
        // dropping an entry can zap pages of this very bucket (a table that maps itself): iterate a copy
        for (ShadowPage page : bucket.toArray(new ShadowPage[0])) {
            if (page.live && page.gfn == gfn && ShadowEntryBits.present(page.spt[index])) {
                dropSpte(page, index);
            }
        }
        return true;
    }

    /** {@code mmu_page_zap_pte}: clears one entry; a child left without parents (and not a root) is zapped. */
    private void dropSpte(ShadowPage page, int index) {
        long spte = page.spt[index];
        page.spt[index] = 0;
        if (Spte.isLink(spte, page.level())) {
            ShadowPage child = pagesById[(int) ShadowEntryBits.frame(spte)];
            child.removeParent(page.id, index);
            if (child.parentCount == 0 && child.rootCount == 0) {
                zapPage(child);
            }
        }
    }

    /**
     * {@code kvm_mmu_prepare_zap_page} and {@code kvm_mmu_commit_zap_page}: unlinks the page from its parents
     * and children, drops it from the hash table (ending write tracking of its frame if it was the last) and
     * frees it. Children left unreachable go with it. Levels strictly decrease along links, so this ends.
     */
    private void zapPage(ShadowPage page) {
        if (!page.live) {
            return;
        }
        page.live = false;
        for (int i = 0; i < page.parentCount; i++) {
            int link = page.parents[i];
            ShadowPage parent = pagesById[link / ShadowPage.ENTRIES];
            parent.spt[link % ShadowPage.ENTRIES] = 0;
        }
        page.parentCount = 0;
        int level = page.level();
        for (int index = 0; index < ShadowPage.ENTRIES; index++) {
            if (Spte.isLink(page.spt[index], level)) {
                dropSpte(page, index);
            }
        }
        HashMap<Long, List<ShadowPage>> table = PageRoleBits.direct(page.role) ? directHash : hash;
        List<ShadowPage> bucket = table.get(page.gfn);
        bucket.remove(page);
        if (bucket.isEmpty()) {
            table.remove(page.gfn);
        }
        unlinkAge(page);
        livePages--;
        pagesZapped++;
        freePages.push(page);
        if (trace != null) {
            trace.accept("zap shadow page #" + page.id + " gfn 0x" + Long.toHexString(page.gfn) + " level "
                    + page.level());
        }
    }

    /**
     * {@code make_mmu_pages_available}: zaps the oldest pages that are not roots until {@code needed} more fit
     * under the cap.
     */
    private void makeMmuPagesAvailable(int needed) {
        ShadowPage candidate = oldest;
        while (livePages + needed > maxPages && candidate != null) {
            ShadowPage next = candidate.newer;
            if (candidate.rootCount == 0) {
                zapPage(candidate);
                // zapping may have freed the next page too; restart from the oldest live page
                next = oldest;
            }
            candidate = next;
        }
    }

    private void linkNewest(ShadowPage page) {
        page.older = newest;
        page.newer = null;
        if (newest != null) {
            newest.newer = page;
        } else {
            oldest = page;
        }
        newest = page;
    }

    private void unlinkAge(ShadowPage page) {
        if (page.older != null) {
            page.older.newer = page.newer;
        } else {
            oldest = page.newer;
        }
        if (page.newer != null) {
            page.newer.older = page.older;
        } else {
            newest = page.older;
        }
        page.older = null;
        page.newer = null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Views for the audit ({@link ShadowAudit})

    /** Checks the invariants in the class comment; see {@link ShadowAudit#audit}. */
    public List<String> audit(RsvdBitsValidate shadowZeroCheck) {
        return new ShadowAudit(this, shadowZeroCheck).audit();
    }

    ShadowPage oldestPage() {
        return oldest;
    }

    /** The page with {@code id}, or null when no page ever had it. */
    ShadowPage pageById(long id) {
        return id >= 0 && id < nextId ? pagesById[(int) id] : null;
    }

    long memoryBytes() {
        return memoryBytes;
    }

    /** Frames of guest tables currently write-tracked. */
    public int trackedFrames() {
        return hash.size();
    }

    /** Whether L1 stores to the frame of {@code gpa} are tracked (some live page shadows it). */
    public boolean isWriteTracked(long gpa) {
        return hash.containsKey(gpa / PAGE_SIZE);
    }
}

package io.flashdeck.core.fat.table;

import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.FatLayout;
import io.flashdeck.core.fat.dir.LittleEndian;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A bounded cache of FAT pages, so that a large volume opens without reading its whole table and
 * chains are walked without a device read per entry.
 *
 * <p>Pages are aligned to the start of each FAT copy and cut at its end, so writing one back never
 * touches the reserved area, another copy or the root directory. Changes stay in memory until
 * {@link #flush()}, which writes the changed pages in table order; a changed page pushed out by the
 * size bound is written early, which callers allow for by only changing entries that no directory
 * entry reaches yet, or that no longer matter.
 *
 * <p>Thread-safe, so a file being read while the volume changes never sees a torn page map.
 */
final class FatPageCache {

    static final int PAGE_BYTES = 16 * 1024;
    static final int MAX_PAGES = 32;

    private final BlockDevice device;
    private final FatLayout layout;
    private final long pagesPerCopy;
    private final Map<Long, byte[]> pages = new LinkedHashMap<>(MAX_PAGES * 2, 0.75f, true);
    private final TreeSet<Long> dirty = new TreeSet<>();
    private long lastKey = -1;
    private byte[] lastPage;

    FatPageCache(BlockDevice device, FatLayout layout) {
        this.device = device;
        this.layout = layout;
        this.pagesPerCopy = (layout.fatBytes() + PAGE_BYTES - 1) / PAGE_BYTES;
    }

    /** The byte at {@code offset} within FAT copy {@code copy}. */
    synchronized int read(int copy, long offset) throws IOException {
        return page(copy, offset)[(int) (offset % PAGE_BYTES)] & 0xFF;
    }

    /**
     * The 2- or 4-byte entry ({@code bytes}) at {@code offset} within FAT copy {@code copy},
     * which never crosses a page for FAT16 and FAT32: one lock per entry rather
     * than one per byte, as walking a large file's chain reads an entry per cluster.
     */
    synchronized long readLittleEndian(int copy, long offset, int bytes) throws IOException {
        return entry(page(copy, offset), (int) (offset % PAGE_BYTES), bytes);
    }

    /**
     * Entries of {@code bytes} bytes each from {@code offset} within FAT copy {@code copy} into
     * {@code into}, as many as fit there, end with the page or come before {@code endOffset}:
     * at least one. For walking a chain with one lock per stretch of the table.
     */
    synchronized int readEntries(int copy, long offset, int bytes, long endOffset, long[] into) throws IOException {
        byte[] page = page(copy, offset);
        int at = (int) (offset % PAGE_BYTES);
        long fromPage = (page.length - at) / bytes;
        int count = (int) Math.max(1, Math.min(into.length, Math.min(fromPage, (endOffset - offset) / bytes)));
        for (int n = 0; n < count; n++, at += bytes) {
            into[n] = entry(page, at, bytes);
        }
        return count;
    }

    /** The 2- or 4-byte entry at {@code at} in {@code page}. */
    private static long entry(byte[] page, int at, int bytes) {
        return bytes == 2 ? LittleEndian.u16(page, at) : LittleEndian.u32(page, at);
    }

    /** Changes the byte at {@code offset} within FAT copy {@code copy}, in memory until flushed. */
    synchronized void write(int copy, long offset, int value) throws IOException {
        byte[] page = page(copy, offset);
        page[(int) (offset % PAGE_BYTES)] = (byte) value;
        dirty.add(lastKey);
    }

    /** Writes every changed page back, first copy first, in ascending order. */
    synchronized void flush() throws IOException {
        while (!dirty.isEmpty()) {
            long key = dirty.first();
            writeBack(key, pages.get(key));
        }
    }

    private byte[] page(int copy, long offset) throws IOException {
        long key = copy * pagesPerCopy + offset / PAGE_BYTES;
        if (key == lastKey) {
            return lastPage;
        }
        byte[] page = pages.get(key);
        if (page == null) {
            evictIfFull();
            page = new byte[pageLength(key)];
            device.read(deviceOffset(key), ByteBuffer.wrap(page));
            pages.put(key, page);
        }
        lastKey = key;
        lastPage = page;
        return page;
    }

    private void evictIfFull() throws IOException {
        if (pages.size() < MAX_PAGES) {
            return;
        }
        Iterator<Map.Entry<Long, byte[]>> eldest = pages.entrySet().iterator();
        Map.Entry<Long, byte[]> victim = eldest.next();
        if (dirty.contains(victim.getKey())) {
            writeBack(victim.getKey(), victim.getValue());
        }
        eldest.remove();
        if (victim.getKey() == lastKey) {
            lastKey = -1;
            lastPage = null;
        }
    }

    private void writeBack(long key, byte[] page) throws IOException {
        device.write(deviceOffset(key), ByteBuffer.wrap(page));
        dirty.remove(key);
    }

    private int pageLength(long key) {
        long start = (key % pagesPerCopy) * PAGE_BYTES;
        return (int) Math.min(PAGE_BYTES, layout.fatBytes() - start);
    }

    private long deviceOffset(long key) {
        int copy = (int) (key / pagesPerCopy);
        return layout.fatOffset(copy) + (key % pagesPerCopy) * PAGE_BYTES;
    }
}

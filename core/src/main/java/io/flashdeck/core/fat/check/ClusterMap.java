package io.flashdeck.core.fat.check;

import io.flashdeck.core.fat.FatFileSystem;
import io.flashdeck.core.fat.FatType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The allocation of every data cluster, as data a picture can be drawn from: runs of clusters
 * gathered into at most a given number of cells, each with the count of clusters per state, the
 * state most of them are in, and the path of an owner so a pointer over the cell can name it.
 *
 * <p>Building it walks the tree once and reads the table once, so it costs about what a check does.
 */
public final class ClusterMap {

    /** States in the order that wins a tie for a cell's dominant state: the alarming ones first. */
    private static final ClusterState[] TIE_ORDER = {
        ClusterState.CROSS_LINKED, ClusterState.LOST, ClusterState.BAD, ClusterState.RESERVED,
        ClusterState.DIRECTORY, ClusterState.FILE, ClusterState.FREE,
    };
    private static final int STATES = ClusterState.values().length;

    /** Clusters {@code firstCluster} to {@code lastCluster}, drawn as one. */
    public static final class Cell {

        private final long firstCluster;
        private final long lastCluster;
        private final int[] counts;
        private final String owner;

        private Cell(long firstCluster, long lastCluster, int[] counts, String owner) {
            this.firstCluster = firstCluster;
            this.lastCluster = lastCluster;
            this.counts = counts;
            this.owner = owner;
        }

        public long firstCluster() {
            return firstCluster;
        }

        public long lastCluster() {
            return lastCluster;
        }

        /** How many clusters of the cell are in {@code state}. */
        public int count(ClusterState state) {
            return counts[state.ordinal()];
        }

        /** The state most clusters of the cell are in (on a tie, the more alarming one). */
        public ClusterState dominant() {
            ClusterState best = TIE_ORDER[0];
            for (ClusterState state : TIE_ORDER) {
                if (count(state) > count(best)) {
                    best = state;
                }
            }
            return best;
        }

        /** The file or directory owning the lowest-numbered owned cluster of the cell, if any is owned. */
        public Optional<String> owner() {
            return Optional.ofNullable(owner);
        }
    }

    private final List<Cell> cells;
    private final long clusterCount;
    private final long clustersPerCell;
    private final long[] totals;

    private ClusterMap(List<Cell> cells, long clusterCount, long clustersPerCell, long[] totals) {
        this.cells = List.copyOf(cells);
        this.clusterCount = clusterCount;
        this.clustersPerCell = clustersPerCell;
        this.totals = totals;
    }

    /**
     * The map of an open volume in at most {@code maxCells} cells (at least 1); each cell takes about
     * 80 bytes, besides the three bits per cluster the walk of the tree needs.
     */
    public static ClusterMap build(FatFileSystem fs, int maxCells) throws IOException {
        if (maxCells < 1) {
            throw new IllegalArgumentException("a map has at least one cell, not " + maxCells);
        }
        long clusterCount = fs.bootSector().clusterCount();
        long perCell = (clusterCount + maxCells - 1) / maxCells;
        int cellCount = (int) ((clusterCount + perCell - 1) / perCell);
        long[] ownerCluster = new long[cellCount];
        String[] owners = new String[cellCount];
        FatCopy fat = new FatCopy(fs.fat(), FatChecker.trustedCopy(fs));
        ClusterUse use = new ClusterUse(clusterCount);
        new TreeScan(fs, fat, use, (cluster, owner) -> {
            int cell = (int) ((cluster - 2) / perCell);
            if (owners[cell] == null || cluster < ownerCluster[cell]) {
                owners[cell] = owner;
                ownerCluster[cell] = cluster;
            }
        }).run();

        int[] counts = new int[cellCount * STATES];
        long[] totals = new long[STATES];
        FatType type = fs.type();
        new TableEntries(fs.device(), fs.bootSector()).forEach(fat.copy(), (cluster, raw) -> {
            if (cluster >= 2) {
                ClusterState state = stateOf(cluster, raw & type.mask(), use, fat);
                counts[(int) ((cluster - 2) / perCell) * STATES + state.ordinal()]++;
                totals[state.ordinal()]++;
            }
        });
        List<Cell> cells = new ArrayList<>(cellCount);
        for (int cell = 0; cell < cellCount; cell++) {
            long first = 2 + cell * perCell;
            int[] cellCounts = new int[STATES];
            System.arraycopy(counts, cell * STATES, cellCounts, 0, STATES);
            cells.add(new Cell(first, Math.min(first + perCell - 1, clusterCount + 1), cellCounts, owners[cell]));
        }
        return new ClusterMap(cells, clusterCount, perCell, totals);
    }

    public List<Cell> cells() {
        return cells;
    }

    /** Data clusters of the volume. */
    public long clusterCount() {
        return clusterCount;
    }

    /** Clusters per cell (the last cell may hold fewer). */
    public long clustersPerCell() {
        return clustersPerCell;
    }

    /** Clusters of the whole volume in {@code state}. */
    public long total(ClusterState state) {
        return totals[state.ordinal()];
    }

    private static ClusterState stateOf(long cluster, long value, ClusterUse use, FatCopy fat) {
        if (use.isUsed(cluster)) {
            if (use.isShared(cluster)) {
                return ClusterState.CROSS_LINKED;
            }
            return use.isDirectory(cluster) ? ClusterState.DIRECTORY : ClusterState.FILE;
        }
        if (value == 0) {
            return ClusterState.FREE;
        }
        if (fat.type().isBad(value)) {
            return ClusterState.BAD;
        }
        if (fat.isDataCluster(value) || fat.type().isEndOfChain(value)) {
            return ClusterState.LOST;
        }
        return ClusterState.RESERVED;
    }
}

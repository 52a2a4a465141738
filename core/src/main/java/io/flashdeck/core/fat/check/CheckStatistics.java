package io.flashdeck.core.fat.check;

/**
 * Counts from one check.
 *
 * @param files         files found in the tree
 * @param directories   directories found in the tree, the root not counted
 * @param clusterCount  data clusters of the volume
 * @param usedClusters  clusters some file or directory reaches
 * @param freeClusters  clusters marked free
 * @param lostClusters  clusters marked in use that nothing reaches
 * @param badClusters   clusters marked bad that nothing reaches
 */
public record CheckStatistics(long files, long directories, long clusterCount, long usedClusters, long freeClusters,
        long lostClusters, long badClusters) {
}

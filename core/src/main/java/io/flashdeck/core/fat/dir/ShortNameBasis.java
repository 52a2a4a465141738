package io.flashdeck.core.fat.dir;

/**
 * The 8.3 name FatFs derives from a long name, before any {@code ~n} tail.
 *
 * @param name          the derived 8.3 name
 * @param ntCaseFlags   {@link ShortName#LOWER_BASE} / {@link ShortName#LOWER_EXTENSION} when the
 *                      long name is this 8.3 name in lower case (then no long name is needed)
 * @param needsLongName the short name alone cannot give back the long name
 * @param lossy         characters were dropped, replaced or cut, so a numbered name
 *                      ({@link ShortNames#numbered}) must be used instead of {@code name}
 */
public record ShortNameBasis(ShortName name, int ntCaseFlags, boolean needsLongName, boolean lossy) {
}

/**
 * FlashDeck's own icons as resources: the application icon in several sizes, and the drawn file-type
 * and device icons ({@link io.flashdeck.icons.FileTypeIcon}, {@link io.flashdeck.icons.DeviceIcon}),
 * each an SVG with PNGs rendered by {@code icons/render-icons.sh}. No JavaFX here: the app loads them.
 */
package io.flashdeck.icons;

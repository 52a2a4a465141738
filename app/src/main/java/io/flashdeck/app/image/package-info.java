/**
 * What the command line and the desktop app both say about images: the facts {@code info} shows,
 * the volume a check works on, the wording of problems, the colours of the cluster map.
 */
package io.flashdeck.app.image;

/**
 * The editor's rules without a window: which bytes are editable text and how they go back to
 * bytes, Python tokens for colouring, searching, and a file opened for editing on a volume. The
 * desktop app's editor ({@code io.flashdeck.app.gui.editor}) shows them; nothing here needs JavaFX.
 */
package io.flashdeck.app.editor;

/**
 * The desktop app's editor: a window of its own with a tab per open text file (the two panes stay
 * in view beside it), Python colours, line numbers, find and replace, undo. Files are read and
 * saved on worker threads through {@link io.flashdeck.app.editor.EditedFile}.
 */
package io.flashdeck.app.gui.editor;

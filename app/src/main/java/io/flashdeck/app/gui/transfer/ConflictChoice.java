package io.flashdeck.app.gui.transfer;

import io.flashdeck.core.transfer.ConflictPolicy;

/**
 * The answer to one conflict question.
 *
 * @param applyToAll the same answer for every further conflict of this copy
 */
record ConflictChoice(ConflictPolicy policy, boolean applyToAll) {
}

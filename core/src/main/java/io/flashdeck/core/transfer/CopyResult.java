package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.VolumePath;
import java.util.List;

/**
 * What a copy did.
 *
 * @param copied  files written
 * @param skipped source files left uncopied by the conflict policy
 */
public record CopyResult(int copied, List<VolumePath> skipped) {

    public CopyResult {
        skipped = List.copyOf(skipped);
    }
}

package io.flashdeck.core.transfer;

import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Moves a file or a directory tree, as {@code mv} does: within one volume by renaming, between
 * volumes by copying and then deleting the source.
 *
 * <p>A directory may replace only an empty directory. Between volumes every written file is
 * verified, and the source is deleted only after the whole copy succeeded; when the conflict
 * policy skipped a file, the source stays as it is.
 *
 * <p>Replacing a file within a volume goes through rename-aside: the old target is renamed to a
 * hidden name next to it, the source is renamed into place, and only then is the old file deleted.
 * Should the second rename fail, the old file is renamed back. At no moment is either file's
 * content gone; after a crash in between, the old content is still on the volume under the aside
 * name ({@code .NAME.flashdeck-old-RANDOM}). Delete-then-rename would lose the old file in that gap.
 */
public final class Mover {

    private static final int MAX_ASIDE_NAME_PART = 40;

    private final ConflictResolver conflicts;
    private final Copier verifyingCopier;

    public Mover(CopyOptions options, TransferProgress progress) {
        this.conflicts = new ConflictResolver(ConflictDecider.always(options.conflicts()));
        this.verifyingCopier = new Copier(options.withVerify(true), progress);
    }

    /** Moves as planned (plan it with {@code recursive} set); false when the conflict policy left it. */
    public boolean move(CopyPlan plan) throws IOException {
        Endpoint source = plan.source();
        if (source.path().isRoot()) {
            throw TransferErrors.volumeRoot(source.path(), "move");
        }
        Optional<FileEntry> existing = plan.target().find();
        if (plan.sourceEntry().isDirectory() && existing.isPresent()) {
            requireEmptyDirectory(plan.target(), existing.get());
        }
        return source.onSameVolume(plan.target()) ? rename(plan, existing) : copyAndDelete(plan);
    }

    private void requireEmptyDirectory(Endpoint target, FileEntry existing) throws IOException {
        if (!existing.isDirectory()) {
            throw TransferErrors.directoryOverFile(target.path());
        }
        if (!target.volume().list(target.path()).isEmpty()) {
            throw new DirectoryNotEmptyException(target.path().toString());
        }
    }

    private boolean rename(CopyPlan plan, Optional<FileEntry> existing) throws IOException {
        Volume volume = plan.source().volume();
        VolumePath from = plan.source().path();
        VolumePath to = plan.target().path();
        if (existing.isEmpty()) {
            volume.rename(from, to);
            return true;
        }
        if (plan.sourceEntry().isDirectory()) {
            volume.delete(to); // empty, checked above: nothing is lost if the rename then fails
            volume.rename(from, to);
            return true;
        }
        Optional<VolumePath> place = conflicts.place(plan.source(), plan.sourceEntry(), plan.target());
        if (place.isEmpty()) {
            return false;
        }
        if (place.get().equals(to)) {
            replaceByRename(volume, from, to);
        } else {
            volume.rename(from, place.get());
        }
        return true;
    }

    private static void replaceByRename(Volume volume, VolumePath from, VolumePath to) throws IOException {
        VolumePath aside = to.parent().resolve(asideName(to.name()));
        volume.rename(to, aside);
        try {
            volume.rename(from, to);
        } catch (IOException e) {
            try {
                volume.rename(aside, to);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        volume.delete(aside);
    }

    private static String asideName(String name) {
        return "." + name.substring(0, Math.min(name.length(), MAX_ASIDE_NAME_PART)) + ".flashdeck-old-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    private boolean copyAndDelete(CopyPlan plan) throws IOException {
        CopyResult result = verifyingCopier.copy(plan);
        if (!result.skipped().isEmpty()) {
            return false;
        }
        Remover.remove(plan.source(), true);
        return true;
    }
}

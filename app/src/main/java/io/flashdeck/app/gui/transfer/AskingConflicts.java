package io.flashdeck.app.gui.transfer;

import io.flashdeck.core.transfer.Cancellation;
import io.flashdeck.core.transfer.ConflictDecider;
import io.flashdeck.core.transfer.ConflictPolicy;
import io.flashdeck.core.transfer.CopyCancelledException;
import io.flashdeck.core.transfer.SameContent;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The conflicts of one copy request, decided on the transfer thread: a file with the same size and
 * SHA-256 is left as it is without a question (skip-unchanged); any other is asked about on the FX
 * thread while the transfer thread waits, until the user answers "apply to all".
 */
final class AskingConflicts {

    private final Supplier<Window> owner;
    private final CopyRequest request;
    private volatile ConflictPolicy forAll;

    AskingConflicts(Supplier<Window> owner, CopyRequest request) {
        this.owner = owner;
        this.request = request;
    }

    /**
     * The decider for one job: counts the files left unchanged, and cancels the job when the user
     * cancels the question.
     */
    ConflictDecider decider(Cancellation cancellation, AtomicInteger unchanged) {
        return (source, sourceEntry, target, existing) -> {
            if (SameContent.check(source, sourceEntry, target, existing)) {
                unchanged.incrementAndGet();
                return ConflictPolicy.SKIP;
            }
            ConflictPolicy chosen = forAll;
            if (chosen != null) {
                return chosen;
            }
            String where = where(target.path().parent());
            Optional<ConflictChoice> choice = ask(where, sourceEntry, existing);
            if (choice.isEmpty()) {
                cancellation.cancel();
                throw new CopyCancelledException();
            }
            if (choice.get().applyToAll()) {
                forAll = choice.get().policy();
            }
            return choice.get().policy();
        };
    }

    /** A directory at or below the request's target, named as the user knows the target. */
    private String where(VolumePath directory) {
        VolumePath below = request.target().path().relativize(directory);
        return below.isRoot() ? request.targetName() : request.targetName().replaceFirst("/$", "") + below;
    }

    private Optional<ConflictChoice> ask(String where, FileEntry incoming, FileEntry existing) throws IOException {
        CompletableFuture<Optional<ConflictChoice>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ConflictDialog.ask(owner.get(), where, incoming, existing)));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while asking about " + incoming.name());
        } catch (ExecutionException e) {
            throw new IOException("cannot ask about " + incoming.name(), e.getCause());
        }
    }
}

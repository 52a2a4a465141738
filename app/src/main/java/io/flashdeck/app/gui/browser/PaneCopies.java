package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.places.ComputerPlaces;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.places.Places;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.app.gui.transfer.CopyRequest;
import io.flashdeck.app.gui.transfer.TransferJob;
import io.flashdeck.app.gui.transfer.Transfers;
import io.flashdeck.core.transfer.Endpoint;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every copy a pane starts goes through here into the transfer queue: F5 to the other pane, a drag
 * from one pane to the other or onto a folder row, files dropped from the desktop (uploads), Download
 * to… a host folder, and the download that stages a drag out of a pane for the desktop.
 * Host files are reached through the volume of their root's place, the one object the panes use.
 */
public final class PaneCopies {

    private final DualPane panes;
    private final Places places;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Transfers transfers;

    public PaneCopies(DualPane panes, Places places, BackgroundTasks tasks, Notifier notifier, Transfers transfers) {
        this.panes = panes;
        this.places = places;
        this.tasks = tasks;
        this.notifier = notifier;
        this.transfers = transfers;
    }

    /** The selection into the directory the other pane shows. */
    public void copyToOther(FilePaneView pane) {
        dropEntries(pane, pane.selectedEntries(), panes.other(pane));
    }

    /** Entries of {@code source}'s directory dropped on {@code target}: into the directory it shows. */
    public void dropEntries(FilePaneView source, List<FileEntry> entries, FilePaneView target) {
        dropEntries(source, entries, target, target.model().listing().directory());
    }

    /** Entries of {@code source}'s directory dropped on {@code target}: into {@code directory} of its volume. */
    public void dropEntries(FilePaneView source, List<FileEntry> entries, FilePaneView target, VolumePath directory) {
        Listing from = source.model().listing();
        Listing to = target.model().listing();
        transfers.copy(new CopyRequest(endpoints(from, entries), from.place().locationOf(from.directory()),
                new Endpoint(to.volume(), directory), to.place().locationOf(directory),
                () -> panes.refreshShowing(to.volume())));
    }

    /** Host files and folders (from the desktop's file manager) dropped on {@code target}: uploaded there. */
    public void dropHostFiles(List<Path> files, FilePaneView target) {
        dropHostFiles(files, target, target.model().listing().directory());
    }

    /** Host files and folders dropped on {@code target}: uploaded into {@code directory} of its volume. */
    public void dropHostFiles(List<Path> files, FilePaneView target, VolumePath directory) {
        Listing to = target.model().listing();
        List<HostFile> sources = new ArrayList<>();
        for (Path file : files) {
            Optional<HostFile> host = hostFile(file);
            if (host.isEmpty()) {
                notListed("copy", file);
                return;
            }
            sources.add(host.get());
        }
        if (sources.isEmpty()) {
            return;
        }
        String from = Optional.ofNullable(files.get(0).toAbsolutePath().getParent()).map(Path::toString).orElse("");
        String into = to.place().locationOf(directory);
        tasks.run(() -> {
            List<Endpoint> endpoints = new ArrayList<>();
            for (HostFile source : sources) {
                endpoints.add(source.endpoint());
            }
            return endpoints;
        }, endpoints -> transfers.copy(new CopyRequest(endpoints, from, new Endpoint(to.volume(), directory), into,
                () -> panes.refreshShowing(to.volume()))),
                e -> notifier.failed("copy to", into, directory, e));
    }

    /**
     * Entries listed in {@code from} downloaded into {@code folder}, the staging folder of a drag out
     * of a pane (it is named {@code folderName} in the queue); returns their jobs.
     */
    public List<TransferJob> stage(Listing from, List<FileEntry> entries, Endpoint folder, String folderName) {
        return transfers.copy(new CopyRequest(endpoints(from, entries), from.place().locationOf(from.directory()),
                folder, folderName, () -> { }));
    }

    /** Cancels the download of a drag that a pane took after all. */
    public void withdraw(List<TransferJob> jobs) {
        transfers.withdraw(jobs);
    }

    /** The selection into a host folder the user chooses. */
    public void downloadTo(FilePaneView pane) {
        Path home = Path.of(places.find("home").map(Place::description).orElse(System.getProperty("user.home")));
        FolderChooser.system().choose(pane.getScene().getWindow(), "Download to", Optional.of(home))
                .ifPresent(folder -> downloadTo(pane, folder));
    }

    /** The selection into {@code folder} on this computer, as Download to… does once the folder is chosen. */
    public void downloadTo(FilePaneView pane, Path folder) {
        Listing from = pane.model().listing();
        List<Endpoint> sources = endpoints(from, pane.selectedEntries());
        Optional<HostFile> target = hostFile(folder);
        if (target.isEmpty()) {
            notListed("download to", folder);
            return;
        }
        tasks.run(() -> target.get().endpoint(), endpoint -> transfers.copy(new CopyRequest(sources,
                from.place().locationOf(from.directory()), endpoint, folder.toAbsolutePath().toString(),
                () -> panes.refreshShowing(endpoint.volume()))),
                e -> notifier.failed("download to", folder.toString(), null, e));
    }

    private static List<Endpoint> endpoints(Listing from, List<FileEntry> entries) {
        return entries.stream().map(entry -> new Endpoint(from.volume(), entry.path())).toList();
    }

    /** The place of the root holding {@code file}; looked up on the FX thread, its volume opened later. */
    private Optional<HostFile> hostFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return places.find(ComputerPlaces.rootId(absolute.getRoot()))
                .map(place -> new HostFile(place, ComputerPlaces.volumePath(absolute.getRoot().relativize(absolute))));
    }

    private void notListed(String verb, Path file) {
        notifier.failed(verb, file.toString(), null,
                new FileSystemException(file.toString(), null, "not on a disk of this computer that FlashDeck lists"));
    }

    /** A host file as a place and a path on its volume. */
    private record HostFile(Place place, VolumePath path) {

        /** Opens the root's volume if needed: on a worker thread. */
        Endpoint endpoint() throws IOException {
            return new Endpoint(place.volume().get(), path);
        }
    }
}

package io.flashdeck.app.gui.browser;

import io.flashdeck.app.gui.notify.Notifier;
import io.flashdeck.app.gui.places.Place;
import io.flashdeck.app.gui.task.BackgroundTasks;
import io.flashdeck.core.volume.FileEntry;
import io.flashdeck.core.volume.SpaceInfo;
import io.flashdeck.core.volume.Volume;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One pane's state: which directory of which place it shows. Listing happens on a worker thread;
 * the pane keeps showing the old directory until the new one is there, and an answer that arrives
 * after the user moved on is dropped. Used on the FX thread.
 */
public final class FilePaneModel {

    private final String name;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<Listing> listing = new ReadOnlyObjectWrapper<>(this, "listing");
    private final ReadOnlyObjectWrapper<SpaceInfo> space = new ReadOnlyObjectWrapper<>(this, "space");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private long request;

    /** @param name "left" or "right", for the window's node ids and the settings */
    public FilePaneModel(String name, BackgroundTasks tasks, Notifier notifier) {
        this.name = name;
        this.tasks = tasks;
        this.notifier = notifier;
    }

    public String name() {
        return name;
    }

    /** Shows {@code directory} of {@code place}. */
    public void show(Place place, VolumePath directory) {
        Listing current = listing.get();
        load(place, directory, null, current == null || !current.place().equals(place), null);
    }

    /** Shows {@code directory} of {@code place}, or where the place starts when that directory is gone. */
    public void showOrStart(Place place, VolumePath directory) {
        load(place, directory, null, true, directory.equals(place.start()) ? null : () -> show(place));
    }

    /** Shows where {@code place} starts. */
    public void show(Place place) {
        show(place, place.start());
    }

    /** Goes into a directory; files open in the editor, through {@link PaneActions}. */
    public void open(FileEntry entry) {
        Listing current = listing.get();
        if (current != null && entry.isDirectory()) {
            show(current.place(), entry.path());
        }
    }

    /** Goes to the parent directory and selects the one just left. */
    public void up() {
        Listing current = listing.get();
        if (current != null && !current.directory().isRoot()) {
            load(current.place(), current.directory().parent(), current.directory().name(), false, null);
        }
    }

    /** Lists the directory and the space again, after a change or on request. */
    public void refresh() {
        refresh(null);
    }

    /** Like {@link #refresh()}, then selects the entry named {@code select}, such as a new folder. */
    public void refresh(String select) {
        Listing current = listing.get();
        if (current != null) {
            load(current.place(), current.directory(), select, true, null);
        }
    }

    /**
     * Refreshes when this pane shows a directory of {@code volume}, unless the user is already
     * moving on to another directory: that listing is newer, and a refresh would cancel it.
     */
    public void refreshIfShowing(Volume volume) {
        Listing current = listing.get();
        if (current != null && current.volume() == volume && !loading.get()) {
            refresh();
        }
    }

    /**
     * @param askSpace the space may have changed, or this is another place
     * @param fallback runs instead of a notification when the listing fails, or null
     */
    private void load(Place place, VolumePath directory, String select, boolean askSpace, Runnable fallback) {
        long mine = ++request;
        loading.set(true);
        tasks.run(() -> {
            Volume volume = place.volume().get();
            var entries = volume.list(directory);
            SpaceInfo spaceInfo = askSpace ? spaceOf(volume) : null;
            return new Listing(place, volume, directory, entries, spaceInfo, select);
        }, result -> {
            if (mine == request) {
                loading.set(false);
                if (askSpace) {
                    space.set(result.space());
                }
                listing.set(result);
            }
        }, failure -> {
            if (mine == request && fallback != null) {
                fallback.run();
            } else if (mine == request) {
                loading.set(false);
                notifier.failed("open", place.title() + (directory.isRoot() ? "" : " " + directory), directory,
                        failure);
            }
        });
    }

    /** The space, or null: a volume that cannot tell its space can still be browsed. */
    private static SpaceInfo spaceOf(Volume volume) {
        try {
            return volume.space();
        } catch (IOException unknown) {
            return null;
        }
    }

    /** What the pane shows; null until the first listing arrived. */
    public ReadOnlyObjectProperty<Listing> listingProperty() {
        return listing.getReadOnlyProperty();
    }

    public Listing listing() {
        return listing.get();
    }

    /** The shown volume's space, as of when its place was opened or refreshed. */
    public ReadOnlyObjectProperty<SpaceInfo> spaceProperty() {
        return space.getReadOnlyProperty();
    }

    /** True while a listing is under way. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}

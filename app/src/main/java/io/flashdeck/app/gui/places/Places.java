package io.flashdeck.app.gui.places;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Every place the sidebar shows, section by section, and the images opened in this run. */
public final class Places {

    private final List<PlaceProvider> providers;
    private final ImagePlaces images;

    /**
     * @param providers the sections in sidebar order, {@code images} among them
     * @param images    the images section, which the window adds to
     */
    public Places(List<PlaceProvider> providers, ImagePlaces images) {
        if (!providers.contains(images)) {
            throw new IllegalArgumentException("the images section is not among the providers");
        }
        this.providers = List.copyOf(providers);
        this.images = images;
    }

    public List<PlaceProvider> providers() {
        return providers;
    }

    public ImagePlaces images() {
        return images;
    }

    /** The listed place with this id. */
    public Optional<Place> find(String id) {
        return providers.stream().flatMap(Places::listed).filter(place -> place.id().equals(id)).findFirst();
    }

    /** The first place of the first section: where a pane goes when nothing else is known. */
    public Place first() {
        return providers.stream().flatMap(Places::listed).findFirst()
                .orElseThrow(() -> new IllegalStateException("no places at all"));
    }

    /** Every place made in this run, listed or not (a forgotten image may still be open); on the FX thread. */
    public List<Place> everyPlace() {
        Set<Place> all = new LinkedHashSet<>(images.all());
        providers.forEach(provider -> listed(provider).forEach(all::add));
        return List.copyOf(all);
    }

    /** The section's own places, then those of its groups. */
    private static Stream<Place> listed(PlaceProvider provider) {
        return Stream.concat(provider.places().stream(),
                provider.groups().stream().flatMap(group -> group.places().stream()));
    }
}

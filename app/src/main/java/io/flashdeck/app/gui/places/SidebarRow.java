package io.flashdeck.app.gui.places;

/** What one row of the sidebar shows. */
sealed interface SidebarRow {

    /** A section heading, or the hint of an empty section: not a place. */
    record Caption(String text, boolean heading) implements SidebarRow {
    }

    /** A place in its section, below its group (a camera) or, with a null group, of its own. */
    record Listed(Place place, PlaceProvider provider, PlaceGroup group) implements SidebarRow {
    }

    /** A device with places of its own. */
    record Grouped(PlaceGroup group) implements SidebarRow {
    }
}

package io.flashdeck.app.image;

import io.flashdeck.core.fat.check.ClusterState;
import java.util.Locale;

/** The colour and the name of each cluster state, the same in {@code map}'s PNG and the app's map. */
public final class ClusterPalette {

    private ClusterPalette() {
    }

    /** The colour as 0xRRGGBB. */
    public static int rgb(ClusterState state) {
        return switch (state) {
            case FREE -> 0xE4E4E4;
            case FILE -> 0x3A7BD5;
            case DIRECTORY -> 0xF2A541;
            case LOST -> 0xD64545;
            case BAD -> 0x202020;
            case RESERVED -> 0x8E5BD6;
            case CROSS_LINKED -> 0xE040A0;
        };
    }

    /** "free", "cross-linked"... */
    public static String name(ClusterState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

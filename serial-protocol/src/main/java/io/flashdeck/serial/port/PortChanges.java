package io.flashdeck.serial.port;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed between two scans. A port whose path stayed but whose identity changed (another
 * board on the same path) counts as removed and added.
 */
public record PortChanges(List<PortInfo> added, List<PortInfo> removed) {

    public PortChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static PortChanges between(List<PortInfo> before, List<PortInfo> after) {
        Set<PortInfo> old = new HashSet<>(before);
        Set<PortInfo> now = new HashSet<>(after);
        List<PortInfo> added = new ArrayList<>();
        for (PortInfo port : after) {
            if (!old.contains(port)) {
                added.add(port);
            }
        }
        List<PortInfo> removed = new ArrayList<>();
        for (PortInfo port : before) {
            if (!now.contains(port)) {
                removed.add(port);
            }
        }
        return new PortChanges(added, removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}

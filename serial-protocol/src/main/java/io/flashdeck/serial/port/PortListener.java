package io.flashdeck.serial.port;

/** Told by a {@link PortWatcher} when ports come and go; called on the watcher's thread. */
public interface PortListener {

    void plugged(PortInfo port);

    void unplugged(PortInfo port);
}

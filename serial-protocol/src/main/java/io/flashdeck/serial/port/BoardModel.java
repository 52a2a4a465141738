package io.flashdeck.serial.port;

/** A board recognised by its USB vendor and product id, with a name for people. */
public record BoardModel(String name, BoardKind kind) {

    public boolean isOpenMv() {
        return kind == BoardKind.OPENMV_CAM;
    }
}

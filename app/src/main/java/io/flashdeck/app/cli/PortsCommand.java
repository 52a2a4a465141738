package io.flashdeck.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flashdeck.serial.port.BoardModel;
import io.flashdeck.serial.port.PortInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Lists serial ports, known boards first: OpenMV Cams by name, Arduino and other MicroPython
 * boards marked. Nothing is opened: listing never disturbs a device.
 */
final class PortsCommand extends Subcommand {

    static final String NAME = "ports";

    private final Declared<Boolean> json;

    PortsCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, NAME, "List serial ports: OpenMV Cams named, other MicroPython boards marked.",
                "Columns: port, kind (openmv, arduino, micropython or -), board or description, USB id.");
        json = declaration.flag("One JSON object per port: path, kind, board, description, vid, pid, serial.",
                "--json");
    }

    @Override
    public Integer call() throws IOException {
        List<PortInfo> ports = flashdeck.environment().cameras().ports().get();
        PrintStream out = flashdeck.environment().out();
        if (json.value()) {
            printJson(out, ports);
        } else if (ports.isEmpty()) {
            out.println("no serial ports found");
        } else {
            printTable(out, ports);
        }
        return 0;
    }

    private static void printTable(PrintStream out, List<PortInfo> ports) {
        int pathWidth = ports.stream().mapToInt(port -> port.path().length()).max().orElse(0);
        int nameWidth = ports.stream().mapToInt(port -> name(port).length()).max().orElse(0);
        for (PortInfo port : ports) {
            String usb = port.vendorId() < 0 ? "" : String.format("%04X:%04X", port.vendorId(), port.productId());
            out.println(String.format("%-" + pathWidth + "s  %-11s  %-" + nameWidth + "s  %s", port.path(),
                    kind(port).orElse("-"), name(port), usb).stripTrailing());
        }
    }

    private static void printJson(PrintStream out, List<PortInfo> ports) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (PortInfo port : ports) {
            ObjectNode node = mapper.createObjectNode();
            node.put("path", port.path());
            node.put("kind", kind(port).orElse(null));
            node.put("board", port.model().map(BoardModel::name).orElse(null));
            node.put("description", port.description());
            node.put("vid", port.vendorId() < 0 ? null : port.vendorId());
            node.put("pid", port.vendorId() < 0 ? null : port.productId());
            node.put("serial", port.serialNumber());
            out.println(mapper.writeValueAsString(node));
        }
    }

    private static Optional<String> kind(PortInfo port) {
        return port.model().map(model -> switch (model.kind()) {
            case OPENMV_CAM -> "openmv";
            case ARDUINO -> "arduino";
            case MICROPYTHON_BOARD -> "micropython";
        });
    }

    /** The board's name where the USB identity is known, else what the system calls the port. */
    private static String name(PortInfo port) {
        return port.model().map(BoardModel::name).orElse(port.description());
    }
}

package io.flashdeck.serial.port;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;

/** Lists the serial ports the operating system enumerates (jSerialComm). */
public final class PortScanner {

    private PortScanner() {
    }

    /** Every port now present; boards FlashDeck knows first, then by path. */
    public static List<PortInfo> scan() {
        List<PortInfo> ports = new ArrayList<>();
        for (SerialPort port : SerialPort.getCommPorts()) {
            ports.add(new PortInfo(port.getSystemPortPath(), port.getPortDescription(),
                    port.getVendorID(), port.getProductID(), port.getSerialNumber()));
        }
        ports.sort(PortScanner::knownBoardsFirst);
        return List.copyOf(ports);
    }

    static int knownBoardsFirst(PortInfo a, PortInfo b) {
        int rankA = a.model().map(m -> m.kind().ordinal()).orElse(BoardKind.values().length);
        int rankB = b.model().map(m -> m.kind().ordinal()).orElse(BoardKind.values().length);
        return rankA != rankB ? Integer.compare(rankA, rankB) : a.path().compareTo(b.path());
    }
}

package io.flashdeck.serial.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner against this machine's ports (often none): it loads jSerialComm and lists sanely. */
class PortScannerTest {

    @Test
    void listsDistinctPortsWithPaths() {
        List<PortInfo> ports = PortScanner.scan();

        assertThat(ports).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p.path()).isNotBlank());
    }
}

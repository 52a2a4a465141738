package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.cli.location.CameraAccess;
import io.flashdeck.serial.port.PortInfo;
import io.flashdeck.serial.repl.ReplSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flashdeck ports} over the port lists discovery could report (it opens nothing). */
class PortsCommandTest {

    @TempDir
    Path dir;

    private CliRun ports(List<PortInfo> listed, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "ports";
        System.arraycopy(args, 0, all, 1, args.length);
        CliRun run = CliRun.run(dir, new CameraAccess(() -> listed, CliRun.NO_VIRTUAL_CAMERA,
                ReplSettings.defaults()), all);
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).isEmpty();
        return run;
    }

    @Test
    void noPortsIsACleanAnswer() {
        assertThat(ports(List.of()).out).isEqualTo("no serial ports found\n");
        assertThat(ports(List.of(), "--json").out).isEmpty();
    }

    @Test
    void camerasAreNamedAndOtherBoardsMarked() {
        List<PortInfo> listed = List.of(new PortInfo("/dev/ttyACM0", "OpenMV Virtual Comm Port", 0x37C5, 0x124A, "3276"),
                new PortInfo("/dev/ttyACM1", "Board in FS mode", 0x2E8A, 0x0005, "E66"),
                new PortInfo("/dev/ttyS0", "Physical Port S0", -1, -1, null));
        assertThat(ports(listed).outLines()).containsExactly(
                "/dev/ttyACM0  openmv       OpenMV Cam H7 Plus       37C5:124A",
                "/dev/ttyACM1  micropython  Raspberry Pi Pico (RP2)  2E8A:0005",
                "/dev/ttyS0    -            Physical Port S0");
        assertThat(ports(listed, "--json").outLines()).containsExactly(
                "{\"path\":\"/dev/ttyACM0\",\"kind\":\"openmv\",\"board\":\"OpenMV Cam H7 Plus\","
                        + "\"description\":\"OpenMV Virtual Comm Port\",\"vid\":14277,\"pid\":4682,\"serial\":\"3276\"}",
                "{\"path\":\"/dev/ttyACM1\",\"kind\":\"micropython\",\"board\":\"Raspberry Pi Pico (RP2)\","
                        + "\"description\":\"Board in FS mode\",\"vid\":11914,\"pid\":5,\"serial\":\"E66\"}",
                "{\"path\":\"/dev/ttyS0\",\"kind\":null,\"board\":null,\"description\":\"Physical Port S0\","
                        + "\"vid\":null,\"pid\":null,\"serial\":null}");
    }
}

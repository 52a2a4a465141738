package io.flashdeck.serial.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeviceExceptionTest {

    private static DeviceException of(String lastLine) {
        return DeviceException.fromStderr(("Traceback (most recent call last):\r\n  File \"<stdin>\", line 2, in <module>\r\n"
                + lastLine + "\r\n").getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    @Test
    void readsTypeAndDetailFromTheLastLine() {
        DeviceException e = of("ValueError: invalid literal");

        assertThat(e.exceptionType()).isEqualTo("ValueError");
        assertThat(e.detail()).isEqualTo("invalid literal");
        assertThat(e.getMessage()).isEqualTo("ValueError: invalid literal");
        assertThat(e.traceback()).contains("line 2");
    }

    @Test
    void readsErrnoInBothFormsMicroPythonPrints() {
        assertThat(of("OSError: [Errno 2] ENOENT").errno()).hasValue(2);
        assertThat(of("OSError: 28").errno()).hasValue(28);
        assertThat(of("OSError: disk full").errno()).isEmpty();
        assertThat(of("ValueError: [Errno 2] ENOENT").errno()).isEmpty();
    }

    @Test
    void copesWithBareAndOddLastLines() {
        assertThat(of("KeyboardInterrupt: ").exceptionType()).isEqualTo("KeyboardInterrupt");
        assertThat(of("StopIteration").detail()).isEmpty();
        assertThat(of("mymodule.Failure: no").exceptionType()).isEqualTo("mymodule.Failure");
        DeviceException odd = of("*** something else ***");
        assertThat(odd.exceptionType()).isEmpty();
        assertThat(odd.detail()).isEqualTo("*** something else ***");
        assertThat(DeviceException.fromStderr(new byte[0], new byte[0]).getMessage()).contains("without a traceback");
    }
}

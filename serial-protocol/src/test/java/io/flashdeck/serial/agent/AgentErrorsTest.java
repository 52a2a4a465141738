package io.flashdeck.serial.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.VolumeFullException;
import io.flashdeck.serial.repl.DeviceException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** Tracebacks in the forms MicroPython ports print them. */
class AgentErrorsTest {

    @Test
    void readsTheAgentsOwnErrorNames() {
        assertThat(map("OSError: fd:ENOENT", false)).isInstanceOf(NoSuchFileException.class).hasMessage("/flash/x");
        assertThat(map("OSError: fd:ENOTEMPTY", true)).isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(map("OSError: fd:ENOSPC", false)).isInstanceOf(VolumeFullException.class)
                .hasMessageContaining("no space").hasMessageContaining("/flash/x");
    }

    @Test
    void readsNamedAndNumberedErrnosOfMicroPythonPorts() {
        assertThat(map("OSError: [Errno 2] ENOENT", false)).isInstanceOf(NoSuchFileException.class);
        assertThat(map("OSError: [Errno 28] ENOSPC", false)).isInstanceOf(VolumeFullException.class);
        assertThat(map("OSError: 17", false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(map("OSError: [Errno 13] EACCES", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(map("OSError: [Errno 22] EINVAL", false)).hasMessageContaining("refuses this name");
        assertThat(map("OSError: fd:EINVAL", false)).hasMessageContaining("cannot move into itself");
    }

    @Test
    void readsEmscriptenNumbersOnTheWebAssemblyPortWhateverNameIsPrinted() {
        assertThat(map("OSError: 44", true)).isInstanceOf(NoSuchFileException.class);
        assertThat(map("OSError: [Errno 2] ENOENT", true)).isInstanceOf(AccessDeniedException.class);
        assertThat(map("OSError: 54", true)).isInstanceOf(NotDirectoryException.class);
        assertThat(map("OSError: 51", true)).isInstanceOf(VolumeFullException.class);
    }

    @Test
    void keepsOtherErrorsWithTheDevicesWords() {
        assertThat(map("MemoryError: memory allocation failed", false)).hasMessageContaining("MemoryError")
                .hasMessageContaining("/flash/x").hasCauseInstanceOf(DeviceException.class);
        assertThat(map("OSError: [Errno 5] EIO", false)).hasMessageContaining("EIO");
    }

    private static Exception map(String lastLine, boolean webAssembly) {
        String traceback = "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n" + lastLine + "\r\n";
        return AgentErrors.map(new DeviceException(traceback, new byte[0]), "/flash/x", null, webAssembly);
    }
}

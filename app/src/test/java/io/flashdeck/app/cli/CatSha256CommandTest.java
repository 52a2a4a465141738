package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.testing.TreeSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatSha256CommandTest {

    @TempDir
    Path dir;
    byte[] everyByte = new byte[256];

    @BeforeEach
    void setUp() throws IOException {
        for (int i = 0; i < 256; i++) {
            everyByte[i] = (byte) i;
        }
        Files.write(dir.resolve("bytes.bin"), everyByte);
        Files.writeString(dir.resolve("t.txt"), "text\n");
        Files.createDirectories(dir.resolve("d"));
    }

    @Test
    void catWritesRawBytesInOrder() {
        CliRun run = CliRun.run(dir, "cat", "bytes.bin", "t.txt");
        assertThat(run.code).isZero();
        byte[] expected = new byte[261];
        System.arraycopy(everyByte, 0, expected, 0, 256);
        System.arraycopy("text\n".getBytes(), 0, expected, 256, 5);
        assertThat(run.outBytes).isEqualTo(expected);
    }

    @Test
    void catReportsDirectoriesAndMissingFiles() {
        CliRun run = CliRun.run(dir, "cat", "d", "t.txt", "none");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).isEqualTo("text\n");
        assertThat(run.errLines()).containsExactly(
                "flashdeck: cannot read d: is a directory", "flashdeck: cannot read none: no such file");
    }

    @Test
    void sha256PrintsExactlyWhatSha256sumPrints() throws IOException, InterruptedException {
        CliRun run = CliRun.run(dir, "sha256", "bytes.bin", "t.txt", "d");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.outLines()).first().isEqualTo(TreeSnapshot.sha256(dir.resolve("bytes.bin")) + "  bytes.bin");
        assertThat(run.out).isEqualTo(sha256sum("bytes.bin", "t.txt"));
        assertThat(run.errLines()).containsExactly("flashdeck: cannot read d: is a directory");
    }

    private String sha256sum(String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}

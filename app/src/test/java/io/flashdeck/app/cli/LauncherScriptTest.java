package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users run it: through the {@code ./flashdeck} script, in its own process. */
class LauncherScriptTest {

    static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).getParent();

    static final String NULL_DEVICE = File.separatorChar == '\\' ? "NUL" : "/dev/null";

    @TempDir
    static Path dir;

    record Result(int code, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** The first run may build the application; later runs start it directly. */
    @BeforeAll
    static void build() throws Exception {
        Result version = flashdeck(TimeUnit.MINUTES.toSeconds(10), "--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.outText()).startsWith("FlashDeck ");
    }

    static Result flashdeck(long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(REPOSITORY.resolve("flashdeck").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir.getParent(), "out", ".bin");
        Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(NULL_DEVICE)))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("FLASHDECK_JAVA_OPTS", "-Dflashdeck.data=" + dataDirectory());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("flashdeck " + command + " did not finish in " + timeoutSeconds + " s");
        }
        try {
            return new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    static Path dataDirectory() {
        return dir.resolveSibling(dir.getFileName() + "-data");
    }

    static Result flashdeck(String... args) throws Exception {
        return flashdeck(60, args);
    }

    @Test
    void listsAsJsonLines() throws Exception {
        Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(dir.resolve("tree/sub/main.py"), "print('hi')\n");
        Result result = flashdeck("ls", "--json", "-R", "tree");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : result.outText().split("\n")) {
            objects.add(mapper.readTree(line));
        }
        assertThat(objects).extracting(o -> o.get("path").asText()).containsExactly(
                dir.resolve("tree/sub").toRealPath().toString(), dir.resolve("tree/sub/main.py").toRealPath().toString());
        assertThat(objects.get(1).get("size").asLong()).isEqualTo(12);
    }

    @Test
    void copiesAndCatsRawBytes() throws Exception {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        Files.write(dir.resolve("bytes.bin"), everyByte);
        assertThat(flashdeck("cp", "bytes.bin", "copy.bin").code()).isZero();
        Result cat = flashdeck("cat", "copy.bin");
        assertThat(cat.code()).isZero();
        assertThat(cat.out()).isEqualTo(everyByte);
    }

    @Test
    void aFailureIsExitOneAndOneLine() throws Exception {
        Result result = flashdeck("cp", "photos/a.jpg", "x");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("flashdeck: cannot copy photos/a.jpg: no such file\n");
        assertThat(dataDirectory().resolve("logs/flashdeck.log"))
                .content().contains("NoSuchFileException");
    }

    @Test
    void aUsageErrorIsExitTwo() throws Exception {
        Result result = flashdeck("cp", "only-one");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: flashdeck cp");
    }
}

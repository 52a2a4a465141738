package io.flashdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LsCommandTest {

    static final LocalDateTime TIME = LocalDateTime.of(2024, 3, 5, 10, 11, 12);

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("photos/sub"));
        Files.createDirectories(dir.resolve("empty"));
        Files.write(dir.resolve("photos/a.jpg"), new byte[1234]);
        Files.write(dir.resolve("photos/b.png"), new byte[3]);
        Files.writeString(dir.resolve("photos/sub/c.txt"), "c");
        for (String path : new String[] {"photos/a.jpg", "photos/b.png", "photos/sub", "photos/sub/c.txt"}) {
            Files.setLastModifiedTime(dir.resolve(path), FileTime.from(TIME.atZone(ZoneId.systemDefault()).toInstant()));
        }
    }

    @Test
    void namesSortedOneALine() {
        CliRun run = CliRun.run(dir, "ls", "photos");
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("a.jpg", "b.png", "sub");
        assertThat(run.err).isEmpty();
        assertThat(CliRun.run(dir, "ls").outLines()).containsExactly("empty", "photos");
    }

    @Test
    void fileOperandsFirstThenDirectoriesUnderHeadings() {
        CliRun run = CliRun.run(dir, "ls", "photos/sub", "photos/a.jpg", "empty");
        assertThat(run.outLines()).containsExactly("photos/a.jpg", "", "photos/sub:", "c.txt", "", "empty:");
    }

    @Test
    void recursiveListsTheWholeSubtree() {
        assertThat(CliRun.run(dir, "ls", "-R", "photos/").outLines())
                .containsExactly("photos/:", "a.jpg", "b.png", "sub", "", "photos/sub:", "c.txt");
    }

    @Test
    void longFormatAlignsColumns() {
        List<String> lines = CliRun.run(dir, "ls", "-l", "photos").outLines();
        assertThat(lines).containsExactly(
                "file  1234  2024-03-05 10:11:12  a.jpg",
                "file     3  2024-03-05 10:11:12  b.png",
                "dir      0  2024-03-05 10:11:12  sub");
    }

    @Test
    void jsonLinesParseBackWithTheExactFields() throws IOException {
        CliRun run = CliRun.run(dir, "ls", "--json", "-R", "photos");
        assertThat(run.code).isZero();
        List<JsonNode> objects = parse(run.outLines());
        assertThat(objects).hasSize(4);
        JsonNode a = objects.get(0);
        assertThat(fieldNames(a)).containsExactly("path", "name", "type", "size", "modified");
        assertThat(a.get("path").asText()).isEqualTo(dir.resolve("photos/a.jpg").toString());
        assertThat(a.get("name").asText()).isEqualTo("a.jpg");
        assertThat(a.get("type").asText()).isEqualTo("file");
        assertThat(a.get("size").asLong()).isEqualTo(1234);
        assertThat(a.get("modified").asText()).isEqualTo("2024-03-05T10:11:12");
        JsonNode sub = objects.get(2);
        assertThat(sub.get("type").asText()).isEqualTo("dir");
        assertThat(sub.get("size").asLong()).isZero();
        assertThat(objects.get(3).get("path").asText()).isEqualTo(dir.resolve("photos/sub/c.txt").toString());
        assertThat(parse(CliRun.run(dir, "ls", "--json", "photos/b.png").outLines()))
                .singleElement().satisfies(b -> assertThat(b.get("size").asLong()).isEqualTo(3));
    }

    @Test
    void jsonEscapesAnyName() throws IOException {
        String name = "we\"ird\\na\tme\n日本 ✓.txt";
        Files.writeString(dir.resolve("empty").resolve(name), "x");
        List<JsonNode> objects = parse(CliRun.run(dir, "ls", "--json", "empty").outLines());
        assertThat(objects).singleElement().satisfies(o -> assertThat(o.get("name").asText()).isEqualTo(name));
    }

    @Test
    void aMissingOperandIsOneErrorLineAndTheRestIsListed() {
        CliRun run = CliRun.run(dir, "ls", "photos/sub", "nope");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("flashdeck: cannot access nope: no such file");
        assertThat(run.outLines()).containsExactly("photos/sub:", "c.txt");
    }

    @Test
    void imagesAndCameras() throws IOException {
        Files.write(dir.resolve("flash.img"), new byte[512]);
        Files.createDirectories(dir.resolve("flash.img.d/lib"));
        Files.writeString(dir.resolve("flash.img.d/main.py"), "print(1)");
        CliRun image = CliRun.run(dir, new DirectoryImages(), "ls", "-R", "flash.img:/");
        assertThat(image.outLines()).containsExactly("flash.img:/:", "lib", "main.py", "", "flash.img:/lib:");
        CliRun camera = CliRun.run(dir, "ls", "cam:/flash");
        assertThat(camera.code).isEqualTo(1);
        assertThat(camera.errLines())
                .containsExactly("flashdeck: cannot access cam:/flash: no camera found (plugged in? on Linux, in the"
                        + " dialout group?)");
    }

    private static List<JsonNode> parse(List<String> lines) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : lines) {
            objects.add(mapper.readTree(line));
        }
        return objects;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

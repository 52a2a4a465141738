package io.flashdeck.app.gui;

import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.format.FormatOptions;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.image.ImageFormatter;
import io.flashdeck.core.volume.VolumePath;
import io.flashdeck.core.volume.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A FAT image laid out like a camera's SD card, made by FlashDeck's formatter and filled through
 * the FAT engine: scripts at the top, photos in DCIM, a library folder.
 */
final class CameraImage {

    /** Path → content of every file, in the order written. */
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Path file;

    private CameraImage(Path file) {
        this.file = file;
    }

    static CameraImage create(Path file) throws IOException {
        CameraImage image = new CameraImage(file);
        ImageFormatter.create(file, 8L << 20, FormatOptions.defaults().withLabel("OPENMV"));
        Random random = new Random(4);
        image.files.put("/main.py", text("import sensor\n\nsensor.reset()\nprint('hello from the camera')\n"));
        image.files.put("/README.txt", text("Thank you for supporting OpenMV!\n"));
        image.files.put("/settings.json", text("{\"fps\": 30}\n"));
        image.files.put("/model.tflite", bytes(random, 96_000));
        image.files.put("/DCIM/IMG_0001.JPG", bytes(random, 41_000));
        image.files.put("/DCIM/IMG_0002.JPG", bytes(random, 23_500));
        image.files.put("/DCIM/IMG_0003.JPG", bytes(random, 67_200));
        image.files.put("/lib/helpers.py", text("def blink():\n    pass\n"));
        image.files.put("/lib/vendor/tiny.py", text("X = 1\n"));
        try (FatVolume volume = DiskImage.openVolume(file, null, FatOptions.DEFAULT)) {
            LocalDateTime time = LocalDateTime.of(2024, 5, 1, 9, 30);
            for (String directory : new String[] {"/DCIM", "/lib", "/lib/vendor"}) {
                volume.mkdir(VolumePath.parse(directory));
            }
            int minutes = 0;
            for (Map.Entry<String, byte[]> entry : image.files.entrySet()) {
                byte[] content = entry.getValue();
                volume.write(VolumePath.parse(entry.getKey()), new ByteArrayInputStream(content), content.length,
                        WriteOptions.DEFAULT.withModified(time.plusMinutes(minutes += 7)));
            }
        }
        return image;
    }

    /** The id of the image's place in the sidebar and the settings. */
    String placeId() {
        try {
            return "image:" + file.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] content(String path) {
        return files.get(path);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Random random, int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }
}

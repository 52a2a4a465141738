package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.fat.name.DisplayNames;
import io.flashdeck.core.fat.name.NameStyle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the 8.3 names made here with the ones FatFs itself made for the same names
 * (fatfs-short-names.tsv: FatFs's create_name and gen_numname run on each name, see its header).
 */
class FatFsShortNameVectorsTest {

    private record Vector(NameStyle style, String name, byte[] basis, int flags, List<byte[]> numbered) {
    }

    @Test
    void basesAndNumberedNamesMatchFatFs() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        int[] sequence = read(vectors);
        assertThat(vectors).hasSizeGreaterThan(500);
        assertThat(vectors).extracting(Vector::style).contains(NameStyle.CAMERA, NameStyle.UNICODE);
        for (Vector v : vectors) {
            String stored = DisplayNames.toLongName(v.name(), v.style());
            ShortNameBasis basis = ShortNames.basisFor(stored);
            String what = v.style() + " \"" + v.name() + "\"";
            assertThat(onDisk(basis.name())).as(what).isEqualTo(v.basis());
            assertThat(basis.lossy()).as(what + " lossy").isEqualTo((v.flags() & 0x01) != 0);
            assertThat(basis.needsLongName()).as(what + " needs a long name").isEqualTo((v.flags() & 0x02) != 0);
            assertThat(basis.ntCaseFlags()).as(what + " case flags").isEqualTo(v.flags() & 0x18);
            for (int i = 0; i < sequence.length; i++) {
                assertThat(onDisk(ShortNames.numbered(basis, sequence[i], stored)))
                        .as(what + " ~" + sequence[i]).isEqualTo(v.numbered().get(i));
            }
        }
    }

    /** FatFs hands out names in disk form, a leading 0xE5 already escaped. */
    private static byte[] onDisk(ShortName name) {
        byte[] entry = new byte[ShortName.LENGTH];
        name.write(entry, 0);
        return entry;
    }

    /** Reads the vectors into {@code out}; returns the sequence numbers of the numbered columns. */
    private static int[] read(List<Vector> out) throws IOException {
        HexFormat hex = HexFormat.of();
        int[] sequence = null;
        try (InputStream in = FatFsShortNameVectorsTest.class.getResourceAsStream("fatfs-short-names.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t");
                if (line.startsWith("#")) {
                    continue;
                }
                if (f[0].equals("seq")) {
                    sequence = Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray();
                    continue;
                }
                List<byte[]> numbered = new ArrayList<>();
                for (int i = 4; i < f.length; i++) {
                    numbered.add(hex.parseHex(f[i]));
                }
                out.add(new Vector(NameStyle.valueOf(f[0]), f[1], hex.parseHex(f[2]), Integer.parseInt(f[3], 16),
                        numbered));
            }
        }
        assertThat(sequence).isNotNull();
        return sequence;
    }
}

package io.flashdeck.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Every drawn icon has its SVG and both PNG sizes, and no drawing lies in the folders unused. */
class DrawnIconsTest {

    static Stream<DrawnIcon> icons() {
        return Stream.concat(Stream.of(FileTypeIcon.values()), Stream.of(DeviceIcon.values()));
    }

    @ParameterizedTest
    @MethodSource("icons")
    void svgIsSquareAtTheIconsSize(DrawnIcon icon) throws Exception {
        Element svg;
        try (InputStream in = icon.svg().openStream()) {
            svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + icon.size() + " " + icon.size());
    }

    @ParameterizedTest
    @MethodSource("icons")
    void pngsHaveOneAndTwoTimesTheSize(DrawnIcon icon) throws IOException {
        BufferedImage one = ImageIO.read(icon.png());
        BufferedImage two = ImageIO.read(icon.png2x());
        assertThat(List.of(one.getWidth(), one.getHeight())).containsExactly(icon.size(), icon.size());
        assertThat(List.of(two.getWidth(), two.getHeight())).containsExactly(2 * icon.size(), 2 * icon.size());
        assertThat(one.getColorModel().hasAlpha()).as("transparent background").isTrue();
    }

    /** A PNG left over from an older drawing would show up as a different colour at one of the sizes. */
    @ParameterizedTest
    @MethodSource("icons")
    void bothSizesShowTheSameDrawing(DrawnIcon icon) throws IOException {
        double[] one = meanColour(ImageIO.read(icon.png()));
        double[] two = meanColour(ImageIO.read(icon.png2x()));
        for (int channel = 0; channel < 4; channel++) {
            assertThat(one[channel]).as("channel %d of %s", channel, icon).isCloseTo(two[channel], Offset.offset(12.0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"types", "devices"})
    void everyDrawingInAFolderIsAnIcon(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(DrawnIcon.class.getResource(folder).toURI());
        List<String> expected = icons().filter(icon -> icon.folder().equals(folder))
                .flatMap(icon -> Stream.of(".svg", ".png", "@2x.png").map(suffix -> icon.file() + suffix)).toList();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> folder + "/" + file.getFileName())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Alpha-weighted mean red, green, blue, and mean alpha. */
    private static double[] meanColour(BufferedImage image) {
        double[] sum = new double[4];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                for (int channel = 0; channel < 3; channel++) {
                    sum[channel] += alpha * ((argb >> (16 - 8 * channel)) & 0xff);
                }
                sum[3] += alpha;
            }
        }
        double pixels = (double) image.getWidth() * image.getHeight();
        return new double[] {sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], sum[3] / pixels};
    }
}

package io.flashdeck.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCodecTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unixTextComesBackByteForByte() throws Exception {
        byte[] file = bytes("import sensor\nprint('grüße')\n");
        DecodedText decoded = TextCodec.decode(file);
        assertThat(decoded.text()).isEqualTo("import sensor\nprint('grüße')\n");
        assertThat(decoded.format()).isEqualTo(new TextFormat(LineEnding.LF, false));
        assertThat(TextCodec.encode(decoded.text(), decoded.format())).isEqualTo(file);
    }

    @Test
    void windowsLinesAreEditedAsNewlinesAndStayWindowsLines() throws Exception {
        DecodedText decoded = TextCodec.decode(bytes("a = 1\r\nb = 2\r\n"));
        assertThat(decoded.text()).isEqualTo("a = 1\nb = 2\n");
        assertThat(decoded.format().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(TextCodec.encode(decoded.text() + "c = 3\n", decoded.format()))
                .isEqualTo(bytes("a = 1\r\nb = 2\r\nc = 3\r\n"));
    }

    @Test
    void oldMacLinesStayCarriageReturns() throws Exception {
        DecodedText decoded = TextCodec.decode(bytes("a\rb\r"));
        assertThat(decoded.text()).isEqualTo("a\nb\n");
        assertThat(TextCodec.encode(decoded.text(), decoded.format())).isEqualTo(bytes("a\rb\r"));
    }

    @Test
    void mixedEndingsBecomeTheOneMostLinesUse() throws Exception {
        DecodedText decoded = TextCodec.decode(bytes("a\r\nb\r\nc\nd\r\n"));
        assertThat(decoded.format().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(TextCodec.encode(decoded.text(), decoded.format())).isEqualTo(bytes("a\r\nb\r\nc\r\nd\r\n"));
        assertThat(LineEnding.mostUsedIn("one line, no ending")).isEqualTo(LineEnding.LF);
        assertThat(LineEnding.mostUsedIn("a\r\nb\n")).as("a tie").isEqualTo(LineEnding.LF);
    }

    @Test
    void aByteOrderMarkIsHiddenAndWrittenBack() throws Exception {
        byte[] file = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\n'};
        DecodedText decoded = TextCodec.decode(file);
        assertThat(decoded.text()).isEqualTo("hi\n");
        assertThat(decoded.format().byteOrderMark()).isTrue();
        assertThat(TextCodec.encode(decoded.text(), decoded.format())).isEqualTo(file);
    }

    @Test
    void anEmptyFileIsEmptyText() throws Exception {
        DecodedText decoded = TextCodec.decode(new byte[0]);
        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.format()).isEqualTo(TextFormat.PLAIN);
    }

    @Test
    void refusesNulBytes() {
        assertThatThrownBy(() -> TextCodec.decode(new byte[] {'a', 0, 'b'}))
                .isInstanceOf(NotTextException.class).hasMessage("it is a binary file, not text");
    }

    @Test
    void refusesBytesThatAreNotUtf8AndSaysWhere() {
        assertThatThrownBy(() -> TextCodec.decode(new byte[] {'o', 'k', (byte) 0xE9, 't', 'e'}))
                .isInstanceOf(NotTextException.class).hasMessage("it is not UTF-8 text (byte 2 does not decode)");
        assertThatThrownBy(() -> TextCodec.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .as("a sequence cut short at the end").isInstanceOf(NotTextException.class);
    }

    @Test
    void refusesFilesOverTwoMebibytes() throws Exception {
        byte[] largest = new byte[TextCodec.MAX_BYTES];
        java.util.Arrays.fill(largest, (byte) 'x');
        assertThat(TextCodec.decode(largest).text()).hasSize(TextCodec.MAX_BYTES);
        assertThatThrownBy(() -> TextCodec.decode(new byte[TextCodec.MAX_BYTES + 1]))
                .isInstanceOf(NotTextException.class).hasMessage("it is larger than the editor's limit of 2 MiB");
    }
}

package io.flashdeck.app.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The tokens become style spans that cover the text exactly, gaps unstyled. */
class SyntaxColouringTest {

    @Test
    void everyCharacterGetsItsTokensStyleClassOrNone() {
        String text = "@deco\ndef f(x=1):  # note\n    return 'a'";
        StyleSpans<Collection<String>> spans = SyntaxColouring.spans(text);
        assertThat(spans.length()).isEqualTo(text.length());
        List<String> perCharacter = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                perCharacter.add(String.join(",", span.getStyle()));
            }
        }
        assertThat(perCharacter.get(text.indexOf("@deco"))).isEqualTo("syntax-decorator");
        assertThat(perCharacter.get(text.indexOf("def"))).isEqualTo("syntax-keyword");
        assertThat(perCharacter.get(text.indexOf("f("))).isEmpty();
        assertThat(perCharacter.get(text.indexOf("1)"))).isEqualTo("syntax-number");
        assertThat(perCharacter.get(text.indexOf("note"))).isEqualTo("syntax-comment");
        assertThat(perCharacter.get(text.length() - 1)).isEqualTo("syntax-string");
    }

    @Test
    void textWithoutTokensIsOneUnstyledSpan() {
        assertThat(SyntaxColouring.spans("x = y").getSpanCount()).isEqualTo(1);
        assertThat(SyntaxColouring.spans("").length()).isZero();
    }
}

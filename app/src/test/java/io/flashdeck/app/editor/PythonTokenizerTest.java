package io.flashdeck.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PythonTokenizerTest {

    /** Each token as "KIND text", to read the expectations as source. */
    private static List<String> tokens(String source) {
        return PythonTokenizer.tokenize(source).stream()
                .map(token -> token.kind() + " " + source.substring(token.start(), token.end())).toList();
    }

    @Test
    void coloursKeywordsBuiltinsAndLeavesOtherNamesPlain() {
        assertThat(tokens("import sensor\nfor i in range(10):\n    print(sensor.width(), None)\n"))
                .containsExactly("KEYWORD import", "KEYWORD for", "KEYWORD in", "BUILTIN range", "NUMBER 10",
                        "BUILTIN print", "KEYWORD None");
    }

    @Test
    void wordsThatContainKeywordsAreNames() {
        assertThat(tokens("format_id = imported + is_on + printer")).isEmpty();
    }

    @Test
    void stringsWithPrefixesEscapesAndBothQuotes() {
        assertThat(tokens("a = 'it\\'s'; b = \"x\" + rb'\\d' + f\"{v}\" + Rb'z' + unknown'q'"))
                .containsExactly("STRING 'it\\'s'", "STRING \"x\"", "STRING rb'\\d'", "STRING f\"{v}\"",
                        "STRING Rb'z'", "STRING 'q'");
    }

    @Test
    void tripleQuotedStringsSpanLinesAndHoldSingleQuotes() {
        String source = "doc = \"\"\"first line\nsays \"hi\" and 'bye'\n\"\"\"\nx = 1\n";
        assertThat(tokens(source)).containsExactly(
                "STRING \"\"\"first line\nsays \"hi\" and 'bye'\n\"\"\"", "NUMBER 1");
        assertThat(tokens("s = '''a\n# not a comment\n'''")).containsExactly("STRING '''a\n# not a comment\n'''");
    }

    @Test
    void unclosedStringsStopAtTheLineOrTheEnd() {
        assertThat(tokens("s = 'open\nif x: pass")).containsExactly("STRING 'open", "KEYWORD if", "KEYWORD pass");
        assertThat(tokens("s = \"\"\"never closed\nif")).containsExactly("STRING \"\"\"never closed\nif");
        assertThat(tokens("s = 'ends in a backslash\\")).containsExactly("STRING 'ends in a backslash\\");
    }

    @Test
    void commentsRunToTheLineEndButNotInsideStrings() {
        assertThat(tokens("x = '#no' # yes: 'quoted' and def\ndef f(): pass"))
                .containsExactly("STRING '#no'", "COMMENT # yes: 'quoted' and def", "KEYWORD def", "KEYWORD pass");
    }

    @Test
    void numbersInEveryForm() {
        assertThat(tokens("0x1F 0o17 0b1010 1_000 3.14 .5 1e-3 2.5E+10 7j 10.")).containsExactly(
                "NUMBER 0x1F", "NUMBER 0o17", "NUMBER 0b1010", "NUMBER 1_000", "NUMBER 3.14", "NUMBER .5",
                "NUMBER 1e-3", "NUMBER 2.5E+10", "NUMBER 7j", "NUMBER 10.");
        assertThat(tokens("sensor2 = x1")).as("digits inside names").isEmpty();
    }

    @Test
    void decoratorsAtTheLineStartButNotMatrixProducts() {
        assertThat(tokens("@micropython.native\ndef f():\n    @property\n    c = a @ b\n"))
                .containsExactly("DECORATOR @micropython.native", "KEYWORD def", "DECORATOR @property");
    }

    @Test
    void tokensAreOrderedDisjointAndInsideTheTextForAnyInput() {
        Random random = new Random(20240501);
        String alphabet = "ab_01.x'\"\\#@\n\t eEjJ+-rbf()\u00e9";
        for (int round = 0; round < 2000; round++) {
            StringBuilder source = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int end = 0;
            for (Token token : PythonTokenizer.tokenize(source.toString())) {
                assertThat(token.start()).as(source.toString()).isGreaterThanOrEqualTo(end);
                assertThat(token.end()).as(source.toString()).isGreaterThan(token.start())
                        .isLessThanOrEqualTo(source.length());
                end = token.end();
            }
        }
    }

    @Test
    void aLargeFileTakesLittleTime() {
        String line = "    img = sensor.snapshot(0x10, 'frame', \"\"\"x\"\"\", 3.5)  # take one\n";
        String source = line.repeat(2 * 1024 * 1024 / line.length());
        long start = System.nanoTime();
        List<Token> tokens = PythonTokenizer.tokenize(source);
        assertThat(tokens.size()).isEqualTo(source.length() / line.length() * 5);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds for 2 MiB").isLessThan(2_000);
    }
}

package io.flashdeck.serial.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentScriptTest {

    @Test
    void minifyingDropsCommentsAndBlankLinesAndShrinksIndents() {
        String source = "# heading\n\nclass A:\n    # why\n    def f(self):\n        return '# kept'  \n";

        assertThat(AgentScript.minify(source)).isEqualTo("class A:\n def f(self):\n  return '# kept'\n");
    }

    @Test
    void theResourceIsLoadedAndNamedByItsHash() {
        AgentScript script = AgentScript.get();

        assertThat(script.code()).contains("_fdagent = _FdAgent()").doesNotContain("\n#").doesNotContain("\n\n");
        assertThat(script.version()).matches("[0-9a-f]{12}");
    }
}

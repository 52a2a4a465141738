package io.flashdeck.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.app.Launcher;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./flashdeck} without arguments is the desktop app, with arguments the command line. */
class GuiLaunchTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsChooseTheDesktopAppWithoutStartingIt() {
        Launcher.Program program = Launcher.programFor(new String[0]);
        assertThat(program.getClass().getName()).isEqualTo(Launcher.GUI_PROGRAM);
        assertThat(program).isInstanceOf(GuiProgram.class);
    }

    @Test
    void argumentsRunTheCommandLineAndGiveItsExitCode() {
        assertThat(Launcher.programFor(new String[] {"--version"}).run(new String[] {"--version"})).isZero();
        assertThat(Launcher.programFor(new String[] {"frob"}).run(new String[] {"frob"})).isEqualTo(2);
    }

    @Test
    void theCommandLineLoadsNoJavaFxClass() throws Exception {
        Result result = java(List.of("-verbose:class", Launcher.class.getName(), "--version"), true);
        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("FlashDeck ").contains(Launcher.class.getName());
        assertThat(result.output().lines().filter(line -> line.contains("javafx."))).isEmpty();
    }

    @Test
    void withoutADisplayTheDesktopAppSaysSoAndExits() throws Exception {
        Result result = java(List.of("-Dflashdeck.data=" + dir, Launcher.class.getName()), false);
        assertThat(result.code()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("flashdeck: cannot open the window")
                .contains("the command line works without one");
    }

    record Result(int code, String output) {
    }

    /** Runs a JVM on the test classpath, with no display and none of this JVM's headless GUI settings. */
    private Result java(List<String> arguments, boolean keepDisplay) throws Exception {
        Path output = dir.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")));
        if (!keepDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java " + arguments + " did not finish: " + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}

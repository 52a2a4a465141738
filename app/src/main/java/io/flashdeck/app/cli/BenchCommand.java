package io.flashdeck.app.cli;

import io.flashdeck.app.cli.location.VolumeOpener;
import io.flashdeck.core.fat.FatOptions;
import io.flashdeck.core.fat.FatVolume;
import io.flashdeck.core.image.DiskImage;
import io.flashdeck.core.transfer.TreeWalker;
import io.flashdeck.core.volume.VolumePath;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;

/**
 * In-process figures for the README's benchmark script: listing a whole image and opening one,
 * timed after the JIT has warmed up, so they show the engine rather than the JVM's start.
 */
final class BenchCommand extends VolumeCommand {

    static final String NAME = "bench";

    private final Declared<String> what;
    private final Declared<String> operand;
    private final Declared<Integer> rounds;

    BenchCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, NAME,
                "Benchmarks: 'list IMAGE' walks every directory, 'open IMAGE' opens the volume and reads its space.");
        spec().usageMessage().hidden(true);
        what = declaration.operand(0, "list|open");
        operand = declaration.operand(1, "IMAGE");
        rounds = declaration.add(OptionSpec.builder("--rounds").type(int.class).defaultValue("10"));
    }

    @FunctionalInterface
    private interface Round {
        long run(FatVolume volume) throws IOException;
    }

    @Override
    void run(VolumeOpener opener) {
        ImageArgument image = imageOperand(operand.value());
        Round round = switch (what.value()) {
            case "list" -> volume -> TreeWalker.entries(volume, volume.stat(VolumePath.ROOT)).size();
            case "open" -> volume -> volume.space().freeBytes();
            default -> throw new IllegalArgumentException("unknown benchmark " + what.value() + " (list or open)");
        };
        try {
            measure(image, round);
        } catch (IOException e) {
            failed("benchmark", operand.value(), e);
        }
    }

    private void measure(ImageArgument image, Round round) throws IOException {
        int rounds = this.rounds.value();
        double[] millis = new double[rounds];
        long result = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            try (FatVolume volume = DiskImage.openVolume(image.image(), image.partition(),
                    FatOptions.DEFAULT.withReadOnly(true))) {
                result = round.run(volume);
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out().printf(Locale.ROOT, "bench %s %s: first %.1f ms, best %.2f ms, median %.2f ms over %d rounds "
                        + "(result %d), heap in use %.1f MiB of max %.0f MiB%n",
                what.value(), operand.value(), millis[0], sorted[0], sorted[rounds / 2], rounds, result,
                heap / 1048576.0, runtime.maxMemory() / 1048576.0);
    }
}

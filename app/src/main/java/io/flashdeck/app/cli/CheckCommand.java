package io.flashdeck.app.cli;

import io.flashdeck.app.image.CheckTarget;
import io.flashdeck.app.image.ProblemText;
import io.flashdeck.app.report.ErrorLog;
import io.flashdeck.core.block.BlockDevice;
import io.flashdeck.core.fat.check.CheckReport;
import io.flashdeck.core.fat.check.FatChecker;
import io.flashdeck.core.fat.check.FatRepairer;
import io.flashdeck.core.fat.check.RepairReport;
import io.flashdeck.core.image.DiskImage;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a FAT volume and, with {@code --repair}, repairs it. Each problem is one line on standard
 * output, then a summary line. Exit codes: 0 clean (after the repair, with {@code --repair}),
 * 1 problems found (or left), 2 unreadable (one line on standard error) or a usage error.
 */
final class CheckCommand extends Subcommand {

    static final String NAME = "check";
    private static final int UNREADABLE = 2;

    private final Declared<String> operand;
    private final Declared<Boolean> repair;

    CheckCommand(FlashDeckCommand flashdeck) {
        super(flashdeck, NAME, "Check a FAT volume for damage; with --repair, repair it.");
        spec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(new TreeMap<>(Map.of(
                "0", "the volume is clean",
                "1", "problems were found (or are left after --repair)",
                "2", "the volume cannot be read, or a usage error")));
        operand = declaration.operand(0, "IMAGE", "The image: IMAGE or IMAGE@N (partition N).");
        repair = declaration.flag("Repair what is found, then check again.", "--repair");
    }

    @Override
    public Integer call() {
        ImageArgument argument = imageOperand(operand.value());
        boolean repair = this.repair.value();
        CliEnvironment environment = flashdeck.environment();
        PrintStream out = environment.out();
        try (DiskImage image = DiskImage.open(argument.image(), !repair)) {
            BlockDevice volume = CheckTarget.volume(image, argument.partition());
            CheckReport report = repair ? repair(out, volume) : FatChecker.check(volume);
            report.problems().forEach(problem -> out.println(ProblemText.line(problem)));
            out.println(argument.text() + ": " + report.summary());
            out.flush();
            return report.isClean() ? 0 : 1;
        } catch (IOException e) {
            out.flush();
            new ErrorReporter(environment.err(), new ErrorLog(environment.logDirectory()))
                    .failed(repair ? "repair" : "check", argument.text(), null, e);
            return UNREADABLE;
        }
    }

    private static CheckReport repair(PrintStream out, BlockDevice volume) throws IOException {
        RepairReport report = FatRepairer.repair(volume);
        report.actions().forEach(action -> out.println("fixed: " + action));
        report.failures().forEach(failure -> out.println("not fixed: " + failure));
        return report.after();
    }
}

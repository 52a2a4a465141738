package io.flashdeck.app.gui.image;

import io.flashdeck.app.image.ProblemText;
import io.flashdeck.core.fat.check.CheckReport;
import io.flashdeck.core.fat.check.Problem;
import io.flashdeck.core.fat.check.ProblemKind;
import io.flashdeck.core.fat.check.RepairReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A check or repair report as lines a person reads: the totals, then the problems grouped by kind
 * under a heading with their count. A volume full of garbage has thousands; each kind shows the
 * first {@link #SHOWN_PER_KIND} and says how many more there are.
 */
final class CheckReportView {

    static final int SHOWN_PER_KIND = 100;

    private CheckReportView() {
    }

    static List<Node> of(CheckReport report) {
        List<Node> lines = new ArrayList<>();
        lines.add(styled(report.summary(), "check-summary"));
        if (report.isClean()) {
            lines.add(styled("No problems found: the volume is clean.", "check-clean"));
            return lines;
        }
        Map<ProblemKind, List<Problem>> byKind = new EnumMap<>(ProblemKind.class);
        report.problems().forEach(problem -> byKind.computeIfAbsent(problem.kind(), k -> new ArrayList<>()).add(problem));
        byKind.forEach((kind, problems) -> {
            lines.add(styled(heading(kind) + " (" + problems.size() + ")", "problem-kind"));
            problems.stream().limit(SHOWN_PER_KIND).forEach(problem -> lines.add(styled(ProblemText.detail(problem),
                    "problem")));
            if (problems.size() > SHOWN_PER_KIND) {
                lines.add(styled("… and " + (problems.size() - SHOWN_PER_KIND) + " more", "problem"));
            }
        });
        return lines;
    }

    /** What a repair did, then the check made after it. */
    static List<Node> of(RepairReport repair) {
        List<Node> lines = new ArrayList<>();
        lines.add(styled(repair.isClean() ? "Repaired: the volume is clean now." : "Repaired, but problems are left.",
                "problem-kind"));
        repair.actions().forEach(action -> lines.add(styled("Fixed: " + action, "repair-action")));
        repair.failures().forEach(failure -> lines.add(styled("Not fixed: " + failure, "repair-failure")));
        lines.add(styled("Checked again after the repair:", "problem-kind"));
        lines.addAll(of(repair.after()));
        return lines;
    }

    /** "Cross-linked", "Lost clusters": the kind's label with a capital. */
    static String heading(ProblemKind kind) {
        String label = kind.label();
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static Label styled(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}

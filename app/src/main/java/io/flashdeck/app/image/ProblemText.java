package io.flashdeck.app.image;

import io.flashdeck.core.fat.check.Problem;

/** How a problem a check found is worded, in {@code check}'s output and the desktop app's report. */
public final class ProblemText {

    private ProblemText() {
    }

    /** "cross-linked: /a.txt: shares cluster 9 with /b.txt" */
    public static String line(Problem problem) {
        return problem.kind().label() + ": " + detail(problem);
    }

    /** The line without its kind, for a report that groups problems by kind. */
    public static String detail(Problem problem) {
        return problem.where() + ": " + problem.description() + (problem.repairable() ? "" : " (cannot be repaired)");
    }
}

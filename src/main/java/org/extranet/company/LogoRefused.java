package org.extranet.company;

import org.extranet.base.Refusal;

/** An upload that is not stored, with the reason to show the user. */
public final class LogoRefused extends Refusal {

    private final LogoProblem problem;

    public LogoRefused(LogoProblem problem) {
        super("logo.refused." + problem.name());
        this.problem = problem;
    }

    public LogoProblem problem() {
        return problem;
    }
}

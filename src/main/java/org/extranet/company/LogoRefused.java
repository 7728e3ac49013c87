package org.extranet.company;

/** An upload that is not stored, with the reason to show the user. */
public class LogoRefused extends RuntimeException {

    private final LogoProblem problem;

    public LogoRefused(LogoProblem problem) {
        super("Logo refused: " + problem);
        this.problem = problem;
    }

    public LogoProblem problem() {
        return problem;
    }
}

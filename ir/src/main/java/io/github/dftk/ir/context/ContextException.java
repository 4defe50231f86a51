package io.github.dftk.ir.context;

/**
 * Reading a build context failed in a way a build would fail too (an unreadable file, a
 * .dockerignore BuildKit rejects). The message is the rendered {@link ContextProblem}.
 */
public final class ContextException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ContextProblem problem;

    public ContextException(ContextProblem problem) {
        super(problem.render());
        this.problem = problem;
    }

    public ContextProblem problem() {
        return problem;
    }
}

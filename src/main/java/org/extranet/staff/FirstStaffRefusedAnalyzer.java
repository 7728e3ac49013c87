package org.extranet.staff;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator why the start stopped in plain sentences instead of a stack trace (META-INF/spring.factories). */
class FirstStaffRefusedAnalyzer extends AbstractFailureAnalyzer<FirstStaffRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstStaffRefused cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}

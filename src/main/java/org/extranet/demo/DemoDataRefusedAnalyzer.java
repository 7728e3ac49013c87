package org.extranet.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells why the start stopped in two plain sentences instead of a stack trace (META-INF/spring.factories). */
class DemoDataRefusedAnalyzer extends AbstractFailureAnalyzer<DemoDataRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoDataRefused cause) {
        return new FailureAnalysis(DemoDataRefused.DESCRIPTION, DemoDataRefused.ACTION, cause);
    }
}

package org.extranet.secondfactor;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells why the start stopped in two plain sentences instead of a stack trace (META-INF/spring.factories). */
class EncryptionKeyMissingAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyMissing cause) {
        return new FailureAnalysis(EncryptionKeyMissing.DESCRIPTION, EncryptionKeyMissing.ACTION, cause);
    }
}

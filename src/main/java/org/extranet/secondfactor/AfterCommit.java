package org.extranet.secondfactor;

import java.time.Clock;
import org.extranet.security.CurrentUser;
import org.extranet.security.SignInFactors;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completes the current sign-in with the authenticator app as its second factor, once the code's
 * use is committed: were it rolled back, the code could be used again, and the session must not
 * have counted it.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void completeSignIn(Clock clock) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                CurrentUser.addFactor(SignInFactors.AUTHENTICATOR_APP, clock.instant());
            }
        });
    }
}

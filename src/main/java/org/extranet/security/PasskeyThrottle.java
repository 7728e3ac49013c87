package org.extranet.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The sign-in limit as it applies to passkeys: counted against the client address only. */
@Service
public class PasskeyThrottle {

    private final ThrottleCounts counts;
    private final SignInThrottle.Limits limits;
    private final ApplicationEventPublisher events;

    PasskeyThrottle(ThrottleCounts counts, SignInThrottle.Limits limits, ApplicationEventPublisher events) {
        this.counts = counts;
        this.limits = limits;
        this.events = events;
    }

    /**
     * A passkey sign-in names no e-mail address before it is checked, so only the client address
     * counts it; false when that is blocked or used up. A passkey that fails keeps the attempt
     * counted ({@link #failedFromClient}), one that works gives it back ({@link #releaseForClient}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean reserveForClient(String clientAddress) {
        return counts.take(SignInThrottle.addressKey(clientAddress), limits.failuresPerAddress());
    }

    /** A passkey was not accepted: the client's attempt stays counted, and the client is blocked at its limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failedFromClient(String clientAddress) {
        counts.block(SignInThrottle.addressKey(clientAddress), limits.failuresPerAddress()).ifPresent(until ->
                events.publishEvent(new SignInBlocked(SignInBlocked.Scope.CLIENT_ADDRESS, "", clientAddress, until)));
    }

    /** A passkey was accepted (whatever the account's state): the client's attempt is given back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void releaseForClient(String clientAddress) {
        counts.giveBack(SignInThrottle.addressKey(clientAddress));
    }
}

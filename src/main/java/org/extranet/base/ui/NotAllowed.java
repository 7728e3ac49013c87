package org.extranet.base.ui;

import org.extranet.base.Refusal;

/**
 * A service's access denial as a page shows it: the thing acted on is gone, or the user's right
 * to act on it was taken away since the page was opened. Services throw Spring Security's
 * exception; {@link Refusals} turns it into this.
 */
public final class NotAllowed extends Refusal {

    NotAllowed() {
        super("refusal.not-allowed");
    }
}

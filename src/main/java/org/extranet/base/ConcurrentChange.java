package org.extranet.base;

/**
 * Refused because someone else changed, decided or removed the thing meanwhile: the user's view of
 * it is out of date, so the page offers to show it as it is now.
 */
public final class ConcurrentChange extends Refusal {

    public ConcurrentChange(String messageKey) {
        super(messageKey);
    }
}

package org.extranet.password;

/** A set-password link that cannot be used (any more); nothing was changed. */
public class LinkUnusable extends RuntimeException {

    private final LinkState state;

    LinkUnusable(LinkState state) {
        super("The link cannot be used: " + state);
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}

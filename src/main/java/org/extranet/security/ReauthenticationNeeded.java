package org.extranet.security;

import org.extranet.base.Refusal;

/**
 * Refused until the user confirms who they are: the change is one to how they sign in, and the
 * last factor they gave is older than the session settings allow for it. The page asks for the
 * password ({@link ConfirmItIsYouDialog}) and then tries again.
 */
public final class ReauthenticationNeeded extends Refusal {

    ReauthenticationNeeded() {
        super("reauthenticate.needed");
    }
}

package org.extranet.secondfactor;

import java.util.List;

/**
 * What the second-factor step asks of the user after their password: one of the ways they have,
 * the first being the one offered first; none means they must set up an authenticator app now.
 */
public record SignInStep(List<SecondFactorMethod> methods) {

    public boolean mustEnrol() {
        return methods.isEmpty();
    }
}

package org.extranet.secondfactor;

import java.util.List;

/** Recovery codes just made: shown this once, each good for one sign-in without the app. */
public record IssuedRecoveryCodes(List<String> codes) {
}

package org.extranet.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may last ({@code extranet.session.*}): at most the absolute
 * lifetime after signing in, however busy it is, and no longer than the idle timeout after the
 * user last did something. Vaadin's heartbeat does not count as doing something: an open tab
 * alone keeps no one signed in. The record of a session is kept for a while after its last
 * activity: a browser and system seen within that time is known, one not seen is new. A change to
 * how one signs in (a new factor) asks again who it is when the last factor given is older than
 * {@code reauthenticateAfter}.
 */
@ConfigurationProperties("extranet.session")
public record SessionSettings(@DefaultValue("12h") Duration absoluteLifetime,
                              @DefaultValue("30m") Duration idleTimeout,
                              @DefaultValue("90d") Duration recordsKeptFor,
                              @DefaultValue("5m") Duration reauthenticateAfter) {

    /** A session's record notes its activity at most this often, so that requests do not each write. */
    public static final Duration ACTIVITY_NOTED_EVERY = Duration.ofMinutes(1);
}

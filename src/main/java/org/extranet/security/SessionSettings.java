package org.extranet.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may last ({@code extranet.session.*}): at most the absolute
 * lifetime after signing in, however busy it is, and no longer than the idle timeout after the
 * user last did something. Vaadin's heartbeat does not count as doing something: an open tab
 * alone keeps no one signed in.
 */
@ConfigurationProperties("extranet.session")
public record SessionSettings(@DefaultValue("12h") Duration absoluteLifetime,
                              @DefaultValue("30m") Duration idleTimeout) {
}

package org.extranet.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many "Forgot password?" requests are answered with a mail ({@code extranet.password-reset.*}):
 * per e-mail address and per client address within the window.
 */
@ConfigurationProperties("extranet.password-reset")
public record ResetLimits(@DefaultValue("3") int requestsPerEmail,
                          @DefaultValue("20") int requestsPerClient,
                          @DefaultValue("1h") Duration window) {
}

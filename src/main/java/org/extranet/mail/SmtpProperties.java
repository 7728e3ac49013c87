package org.extranet.mail;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server, under Simple Java Mail's own property names ({@code simplejavamail.smtp.host},
 * {@code SIMPLEJAVAMAIL_SMTP_HOST} in the environment, ...). No host: nothing is sent.
 */
@ConfigurationProperties("simplejavamail")
public record SmtpProperties(@DefaultValue Smtp smtp, @DefaultValue("SMTP") String transportstrategy) {

    public record Smtp(@Nullable String host, @Nullable Integer port, @Nullable String username,
                       @Nullable String password) {
    }
}

package org.extranet.mail;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.extranet.password.PasswordLinks;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.mailer.MailerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The sender exists only when an SMTP host is configured; without one (the default run) mail
 * stays in the outbox, where staff read it on the "Sent mail" page and give a user who needs one a
 * new set-password link there (mail in the outbox never holds a usable link).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);
    /**
     * Jakarta Mail 2.1 looks its stream provider up through the ServiceLoader, scanning the whole class
     * path, for every message, body part and multipart it creates (jakartaee/mail-api#699, #861): more
     * than half of the sender's CPU. Named here, it is one class look-up; an operator's own choice stays.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    /**
     * Simple Java Mail with its connection pool (the batch module): up to {@code extranet.mail.connections}
     * SMTP connections, each reused from mail to mail and closed once idle; closed with the application.
     */
    @Bean(destroyMethod = "shutdownConnectionPool")
    @Conditional(SmtpConfigured.class)
    Mailer mailer(SmtpProperties smtp, MailProperties mail) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        var strategy = TransportStrategy.valueOf(smtp.transportstrategy().strip().toUpperCase(Locale.ROOT));
        var server = smtp.smtp();
        int port = server.port() != null ? server.port() : strategy.getDefaultServerPort();
        return MailerBuilder
                .withSMTPServer(server.host(), port, blankToNull(server.username()), blankToNull(server.password()))
                .withTransportStrategy(strategy)
                .withSessionTimeout(Math.toIntExact(mail.smtpTimeout().toMillis()))
                .withConnectionPoolCoreSize(0)
                .withConnectionPoolMaxSize(mail.connections())
                .buildMailer();
    }

    @Bean
    @Conditional(SmtpConfigured.class)
    OutboxSender outboxSender(DSLContext db, TransactionTemplate transactions, Mailer mailer, MailProperties mail,
                              PasswordLinks links, MeterRegistry registry) {
        return new OutboxSender(db, transactions, mailer, mail, links, registry);
    }

    @Bean
    @Conditional(SmtpConfigured.class)
    OutboxTask outboxTask(OutboxSender sender, MailProperties mail) {
        return new OutboxTask(sender, mail);
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellWhereMailGoes(ApplicationReadyEvent event) {
        ObjectProvider<OutboxSender> sender = event.getApplicationContext().getBeanProvider(OutboxSender.class);
        if (sender.getIfAvailable() == null) {
            log.info("No SMTP server configured (simplejavamail.smtp.host): mail stays in the outbox; "
                    + "staff can read it on the Sent mail page");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return StringUtils.hasText(value) ? value : null;
    }

    static final class SmtpConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("simplejavamail.smtp.host"));
        }
    }
}

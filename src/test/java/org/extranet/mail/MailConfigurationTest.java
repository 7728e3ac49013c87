package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With an SMTP host the sender runs as a recurring task at the configured interval. (Scheduled
 * work is off in tests on the shared database; the two-node test runs it.)
 */
@SpringBootTest(properties = {
        "simplejavamail.smtp.host=127.0.0.1",
        "simplejavamail.smtp.port=2525",
        "extranet.mail.poll-interval=1h"})
class MailConfigurationTest {

    @Autowired OutboxTask task;
    @Autowired OutboxSender sender;

    @Test
    void an_smtp_host_starts_the_background_sender_at_the_configured_interval() {
        assertThat(sender).isNotNull();
        assertThat(task.getName()).isEqualTo("mail-outbox");
        assertThat(task.interval()).isEqualTo(Duration.ofHours(1));
    }
}

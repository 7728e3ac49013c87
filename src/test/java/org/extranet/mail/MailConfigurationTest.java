package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * With an SMTP host the sender runs on a schedule. The interval is an hour here so that this
 * context never actually polls: it would otherwise send other tests' mail from the shared database.
 */
@SpringBootTest(properties = {
        "simplejavamail.smtp.host=127.0.0.1",
        "simplejavamail.smtp.port=2525",
        "extranet.mail.poll-interval=1h"})
class MailConfigurationTest {

    @Autowired List<ScheduledTaskHolder> schedulers;
    @Autowired OutboxSender sender;

    @Test
    void an_smtp_host_starts_the_background_sender_at_the_configured_interval() {
        var task = schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(scheduled -> scheduled.getTask())
                // The task runs a method of the sender; what it runs says so by its name.
                .filter(candidate -> candidate.toString().startsWith(OutboxSender.class.getName()))
                .findFirst().orElseThrow();

        assertThat(sender).isNotNull();
        assertThat(task).isInstanceOf(IntervalTask.class);
        assertThat(((IntervalTask) task).getIntervalDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(((IntervalTask) task).getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
    }
}

package org.extranet.staff;

import org.extranet.mail.OutboxSender;
import org.extranet.staff.FirstStaffSettings.FirstStaff;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The way in to an external database, which gets no demo data: with {@code extranet.first-staff.email}
 * set and no staff account yet, the start makes that staff member's account, invited, and mails them
 * a link to set their password. Once any staff account exists the setting does nothing, so it may
 * stay set. A setting that cannot be used as it is stops the start ({@link FirstStaffRefused}).
 */
@Component
class FirstStaffAccount {

    private static final Logger log = LoggerFactory.getLogger(FirstStaffAccount.class);

    private final FirstStaffCreation creation;
    private final @Nullable FirstStaff wanted;
    /** Present only when an SMTP server is configured: the mail configuration decides that, once. */
    private final ObjectProvider<OutboxSender> sender;

    FirstStaffAccount(FirstStaffCreation creation, FirstStaffSettings settings, ObjectProvider<OutboxSender> sender) {
        this.creation = creation;
        // Checked while the context starts: a mistyped setting stops the start before any traffic.
        this.wanted = settings.wanted();
        this.sender = sender;
    }

    /** After the runners, so demo data (whose staff account makes this one unneeded) is in first. */
    @EventListener(ApplicationReadyEvent.class)
    void createIfNoStaff() {
        if (wanted == null) {
            return;
        }
        if (creation.createIfNoStaff(wanted) == FirstStaffCreation.Outcome.STAFF_EXISTS) {
            log.info("A staff account exists already, so {} ({}) makes none; the setting may stay or go",
                    FirstStaffCreation.SETTING, wanted.email());
            return;
        }
        log.info("First staff account made for {} (invited): the invitation to set a password is in the outbox",
                wanted.email());
        if (sender.getIfAvailable() == null) {
            log.warn("No SMTP server is configured (SIMPLEJAVAMAIL_SMTP_HOST): the first staff member's invitation "
                    + "waits in the outbox and cannot be delivered until one is. Its link works for "
                    + "EXTRANET_LINKS_INVITATION_VALIDITY from now; later, \"Forgot password?\" on the sign-in page sends a new one");
        }
    }
}

package org.extranet.session;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_SESSION;

import org.extranet.base.Language;
import org.extranet.mail.NewBrowserMail;
import org.extranet.mail.Outbox;
import org.extranet.security.SessionStarted;
import org.jooq.DSLContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the user, in their language, when their account is signed in to from a browser and system
 * not seen with it before (within the time records are kept). Not when there is nothing to compare
 * with: a user's very first sign-in, and the first of each user after sessions began to be recorded.
 */
@Component
class NewBrowserMails {

    private final DSLContext db;
    private final Outbox outbox;

    NewBrowserMails(DSLContext db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional
    void sessionStarted(SessionStarted started) {
        var earlier = USER_SESSION.USER_ID.eq(started.userId()).and(USER_SESSION.ID.ne(started.sessionId()));
        boolean seenBefore = db.fetchExists(USER_SESSION, earlier
                .and(USER_SESSION.BROWSER.isNotDistinctFrom(started.browser()))
                .and(USER_SESSION.SYSTEM.isNotDistinctFrom(started.system())));
        if (seenBefore || !db.fetchExists(USER_SESSION, earlier)) {
            return;
        }
        var user = db.fetchSingle(APP_USER, APP_USER.ID.eq(started.userId()));
        outbox.queue(new NewBrowserMail(user.getEmail(), Language.of(user.getLanguage()), user.getFirstName(),
                started.signedInAt(), started.browser(), started.system(), started.clientAddress()));
    }
}

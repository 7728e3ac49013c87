package org.extranet.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Duration;
import org.extranet.Fixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Records of sessions unused for longer than they are kept (90 days by default) go; the rest stay. */
@SpringBootTest
class SessionCleanupTest {

    @Autowired SessionCleanup cleanup;
    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @Test
    void records_unused_for_longer_than_they_are_kept_are_deleted() {
        String email = fixtures.user(fixtures.company());
        long old = fixtures.session(email, "Firefox", "Windows", "192.0.2.1", Duration.ofDays(91), Duration.ofDays(90).plusMinutes(1));
        long kept = fixtures.session(email, "Firefox", "Windows", "192.0.2.1", Duration.ofDays(91), Duration.ofDays(89));
        long current = fixtures.session(email, "Chrome", "Linux", "192.0.2.2");

        assertThat(cleanup.deleteOld()).isPositive();

        assertThat(db.fetchExists(USER_SESSION, USER_SESSION.ID.eq(old))).isFalse();
        assertThat(db.fetchExists(USER_SESSION, USER_SESSION.ID.eq(kept))).isTrue();
        assertThat(db.fetchExists(USER_SESSION, USER_SESSION.ID.eq(current))).isTrue();
    }
}

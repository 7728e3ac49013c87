package org.extranet.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Duration;
import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.PasswordChange;
import org.extranet.base.Language;
import org.extranet.mail.Outbox;
import org.extranet.mail.PasswordChangedMail;
import org.extranet.security.WebClient;
import org.extranet.session.MySessions;
import org.extranet.session.UserSessions;
import org.extranet.user.SignInSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on random ports against one PostgreSQL, as behind a sticky load balancer:
 * what one node does to a user's sessions holds on the other at its next request, the sign-in limit
 * counts both nodes' failures, scheduled work runs once per period across both, and the outbox goes
 * out once per mail while one node is stopped halfway through.
 */
@Tag("nodes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final String NEW_PASSWORD = "lantern orchard velvet compass 42";

    private final RecordedRuns runs = new RecordedRuns();
    private CaughtMail smtp;
    private Node a;
    private Node b;
    private Fixtures fixtures;

    @BeforeAll
    void startNodes() {
        smtp = new CaughtMail();
        a = Node.start("node-a", smtp.port(), runs);
        b = Node.start("node-b", smtp.port(), runs);
        fixtures = a.bean(Fixtures.class);
    }

    @AfterAll
    void stopNodes() {
        b.close();
        a.close();
        smtp.close();
    }

    @AfterEach
    void signOut() {
        if (a.isRunning()) {
            a.bean(SignIn.class).out();
        }
    }

    private static WebClient signedIn(Node node, String email, String password) {
        var browser = node.browser();
        browser.signIn(email, password);
        assertThat(browser.isSignedIn()).as("signed in on " + node.name()).isTrue();
        return browser;
    }

    @Test
    @Order(1)
    void locking_a_user_on_one_node_ends_their_session_on_the_other() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS");
        String user = fixtures.user(company);
        var onB = signedIn(b, user, Fixtures.PASSWORD);

        a.bean(SignIn.class).as(administrator);
        a.bean(SignInSupport.class).lockUser(fixtures.userId(user));

        assertThat(onB.isSignedIn()).as("B's session at its next request").isFalse();
        assertThat(onB.signIn(user, Fixtures.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error=locked"));
    }

    @Test
    @Order(2)
    void signing_out_everywhere_on_one_node_ends_the_sessions_on_the_other() {
        long company = fixtures.company();
        String administrator = fixtures.user(company, "MANAGE_USERS");
        String user = fixtures.user(company);
        var onA = signedIn(a, user, Fixtures.PASSWORD);
        var onB = signedIn(b, user, Fixtures.PASSWORD);
        long sessionOnA = a.bean(DSLContext.class).select(USER_SESSION.ID).from(USER_SESSION)
                .where(USER_SESSION.USER_ID.eq(fixtures.userId(user))).orderBy(USER_SESSION.ID).limit(1)
                .fetchSingle(USER_SESSION.ID);

        // The user's own "Sign out everywhere else", in the session on A.
        a.bean(SignIn.class).as(user);
        a.bean(SignIn.class).inSession(sessionOnA);
        assertThat(a.bean(MySessions.class).signOutEverywhereElse()).isEqualTo(1);
        assertThat(onB.isSignedIn()).as("the session on B").isFalse();
        assertThat(onA.isSignedIn()).as("the session it was done in, on A").isTrue();

        // An administrator's "Sign out everywhere" in the user edit window, on A.
        var again = signedIn(b, user, Fixtures.PASSWORD);
        a.bean(SignIn.class).out();
        a.bean(SignIn.class).as(administrator);
        a.bean(UserSessions.class).signOutEverywhere(fixtures.userId(user));
        assertThat(again.isSignedIn()).as("the new session on B").isFalse();
        assertThat(onA.isSignedIn()).as("the session on A").isFalse();
    }

    @Test
    @Order(3)
    void a_password_change_on_one_node_ends_the_session_on_the_other() {
        String user = fixtures.user(fixtures.company());
        var onB = signedIn(b, user, Fixtures.PASSWORD);

        a.bean(SignIn.class).as(user);
        a.bean(PasswordChange.class).changePassword(Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(onB.isSignedIn()).isFalse();
        signedIn(b, user, NEW_PASSWORD);
    }

    @Test
    @Order(4)
    void the_sign_in_limit_counts_failures_on_both_nodes() {
        String user = fixtures.user(fixtures.company());
        // Five failures (the limit per account), taking turns between the nodes.
        for (int attempt = 1; attempt <= 5; attempt++) {
            Node node = attempt % 2 == 1 ? a : b;
            assertThat(node.browser().signIn(user, "wrong guess " + attempt).headers().firstValue("Location"))
                    .as("attempt %d on %s", attempt, node.name())
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=credentials"));
        }

        for (Node node : List.of(a, b)) {
            assertThat(node.browser().signIn(user, Fixtures.PASSWORD).headers().firstValue("Location"))
                    .as("the right password on %s", node.name())
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=blocked"));
        }
    }

    @Test
    @Order(5)
    void scheduled_work_runs_once_per_period_across_both_nodes() {
        await().atMost(Duration.ofSeconds(20)).until(() -> runs.of("back-channel-logout").size() >= 6);

        for (String frequent : List.of("back-channel-logout", "mail-outbox")) {
            var taskRuns = runs.of(frequent);
            assertThat(RecordedRuns.shortestGap(taskRuns)).as("%s: from the end of one run to the start of the next, "
                    + "whichever node ran them (every 500 ms)", frequent).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        }
        for (String rare : List.of("session-cleanup", "sign-in-count-cleanup", "signing-key-rotation")) {
            assertThat(runs.of(rare)).as("%s: run once at the start, next in an hour or more", rare).hasSize(1);
        }
    }

    @Test
    @Order(6)
    void every_mail_goes_out_once_with_senders_on_both_nodes_and_one_stopped_halfway() {
        String domain = Fixtures.unique("nodes") + ".example";
        int count = 1000;
        a.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                a.bean(Outbox.class).queue(new PasswordChangedMail("user" + i + "@" + domain, Language.EN, "User " + i));
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.recipients(domain).size() >= 100);
        Node sending = runs.isRunning("mail-outbox", a.name()) ? a : b;
        Node other = sending == a ? b : a;
        int beforeStop = smtp.recipients(domain).size();
        sending.close();

        await().atMost(Duration.ofSeconds(60)).until(() -> other.bean(DSLContext.class).fetchCount(MAIL_OUTBOX,
                MAIL_OUTBOX.RECIPIENT.endsWith("@" + domain).and(MAIL_OUTBOX.STATUS.eq("SENT"))) == count);

        var recipients = smtp.recipients(domain);
        assertThat(beforeStop).as("sent before the node stopped").isLessThan(count);
        assertThat(recipients).as("every mail once").hasSize(count).doesNotHaveDuplicates();
        assertThat(runs.of("mail-outbox").stream().filter(run -> run.node().equals(other.name())))
                .as("the other node took over").isNotEmpty();
    }
}

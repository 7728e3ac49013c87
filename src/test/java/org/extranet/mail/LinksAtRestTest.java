package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.PasswordReset;
import org.extranet.base.Language;
import org.extranet.password.LinkState;
import org.extranet.password.PasswordLinks;
import org.extranet.password.TokenPurpose;
import org.extranet.user.UserAdministration;
import org.extranet.user.UserData;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The attack on stored mail: whoever can read the outbox (staff on "Sent mail", a database copy, a
 * backup) must find no link that opens an account. Here with a real SMTP server (GreenMail on
 * loopback), as the product runs with one configured: the welcome and reset mails arrive with
 * working links, and afterwards no column of any outbox row holds a token, or anything whose hash
 * is a token hash on record.
 */
@SpringBootTest(properties = {"simplejavamail.smtp.host=127.0.0.1",
        // The test sends the outbox itself.
        "extranet.mail.poll-interval=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksAtRestTest {

    private static final int SMTP_PORT = OutboxSenderTest.freePort();
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/set-password\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]{16,}");

    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private String domain = "";
    private Condition mine = DSL.noCondition();

    @Autowired OutboxSender sender;
    @Autowired UserAdministration users;
    @Autowired PasswordReset reset;
    @Autowired PasswordLinks links;
    @Autowired LinkHelp help;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("simplejavamail.smtp.port", () -> SMTP_PORT);
    }

    @BeforeAll
    void startSmtp() {
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void ownDomain() {
        domain = Fixtures.unique("rest") + ".example";
        mine = MAIL_OUTBOX.RECIPIENT.endsWith("@" + domain);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_welcome_and_a_reset_mail_arrive_with_working_links_and_the_outbox_keeps_none() throws Exception {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        String invited = "ewa@" + domain;
        users.createUser(company, new UserData(invited, "Ewa", "Lis", null, Language.EN, Set.of()), true);
        String active = "adam@" + domain;
        users.createUser(company, new UserData(active, "Adam", "Nowak", null, Language.PL, Set.of()), false);
        reset.requestPasswordReset(active, Fixtures.unique("client"));

        assertThat(sender.sendDue(mine)).isEqualTo(2);

        String welcome = tokenIn(received(invited));
        String resetLink = tokenIn(received(active));
        assertThat(links.check(welcome)).isInstanceOfSatisfying(LinkState.Valid.class,
                valid -> assertThat(valid.purpose()).isEqualTo(TokenPurpose.INVITATION));
        assertThat(links.check(resetLink)).isInstanceOfSatisfying(LinkState.Valid.class,
                valid -> assertThat(valid.purpose()).isEqualTo(TokenPurpose.PASSWORD_RESET));
        assertThat(db.fetchCount(MAIL_OUTBOX, mine.and(MAIL_OUTBOX.STATUS.eq("SENT")))).isEqualTo(2);
        assertNoUsableLinkAtRest(List.of(welcome, resetLink));
    }

    @Test
    void staff_send_a_user_a_new_link_by_mail_the_old_one_dies_and_the_outbox_keeps_none() throws Exception {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        String invited = "iga@" + domain;
        long userId = users.createUser(company, new UserData(invited, "Iga", "Lis", null, Language.EN, Set.of()), true);
        sender.sendDue(mine);
        String first = tokenIn(received(invited));
        long welcome = db.fetchValue(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT.eq(invited));
        String staff = fixtures.staff();
        signIn.as(staff);
        assertThat(help.delivery()).isEqualTo(LinkHelp.Delivery.MAIL);

        var result = help.newLink(welcome);

        assertThat(result).isInstanceOfSatisfying(NewLink.Mailed.class,
                mailed -> assertThat(mailed.recipient()).isEqualTo(invited));
        assertThat(links.check(first)).isEqualTo(new LinkState.Unknown());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))
                .and(AUDIT_EVENT.ACTION.eq("NEW_LINK_SENT")).and(AUDIT_EVENT.SUBJECT_USER_ID.eq(userId))
                .and(AUDIT_EVENT.ON_BEHALF.isTrue()))).isOne();
        assertThat(sender.sendDue(mine)).isOne();
        var mails = Arrays.stream(smtp.getReceivedMessages()).filter(message -> invited.equals(OutboxSenderTest.recipient(message)))
                .toList();
        assertThat(mails).hasSize(2);
        String second = tokenIn(mails.get(1));
        assertThat(links.check(second)).isInstanceOf(LinkState.Valid.class);
        assertNoUsableLinkAtRest(List.of(first, second));
    }

    private MimeMessage received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient.equals(OutboxSenderTest.recipient(message)))
                .reduce((earlier, later) -> later).orElseThrow();
    }

    private static String tokenIn(MimeMessage message) throws Exception {
        var link = LINK.matcher(OutboxSenderTest.parts(message).get("text/plain"));
        assertThat(link.find()).as("the mail as sent carries a link").isTrue();
        return link.group(1);
    }

    /** Every column of every outbox row, as text: no token, and no word whose SHA-256 is a token hash on record. */
    private void assertNoUsableLinkAtRest(List<String> tokens) throws Exception {
        Set<String> hashesOnRecord = db.select(ONE_TIME_TOKEN.TOKEN_HASH).from(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.TOKEN_HASH.isNotNull())
                .fetch(ONE_TIME_TOKEN.TOKEN_HASH).stream().map(HexFormat.of()::formatHex).collect(Collectors.toSet());
        var live = tokens.stream().filter(token -> links.check(token) instanceof LinkState.Valid).toList();
        assertThat(live).isNotEmpty();
        assertThat(hashesOnRecord).as("the links that work are on record, so the scan would find them")
                .contains(live.stream().map(LinksAtRestTest::sha256).toArray(String[]::new));
        var digest = MessageDigest.getInstance("SHA-256");
        int columns = 0;
        for (var row : db.selectFrom(MAIL_OUTBOX).fetch()) {
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                if (value == null) {
                    continue;
                }
                String text = value.toString();
                columns++;
                assertThat(text).doesNotContain(tokens);
                var words = WORD.matcher(text);
                while (words.find()) {
                    String hash = HexFormat.of().formatHex(digest.digest(words.group().getBytes(StandardCharsets.UTF_8)));
                    assertThat(hashesOnRecord).as("mail %s holds a usable token", row.getId()).doesNotContain(hash);
                }
            }
        }
        assertThat(columns).isPositive();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

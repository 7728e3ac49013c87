package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.MailedLinks;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ViewTest;
import org.extranet.password.LinkState;
import org.extranet.password.PasswordLinks;
import org.extranet.password.PendingLink;
import org.extranet.ui.NotFoundPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class SentMailViewTest extends ViewTest {

    private static final String LINK = "https://extranet.example/set-password?token=" + PendingLink.TOKEN_PLACEHOLDER;

    @Autowired Outbox outbox;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired LinkMails linkMails;
    @Autowired MailedLinks mailedLinks;
    @Autowired PasswordLinks links;

    private final String recipient = Fixtures.unique("welcome") + "@view-test.example";

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_find_a_welcome_mail_and_read_its_link_and_html_safely() {
        long id = queueWelcome();
        openAsStaff();

        assertThat(find(H1.class).single().getText()).isEqualTo("Sent mail");
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).contains("Sent mail");
        var grid = find(Grid.class).single();
        assertThat(grid.getAriaLabel()).contains("Sent mail");
        assertThat(rowCount().count()).as("every mail, counted in the database").isEqualTo(db.fetchCount(MAIL_OUTBOX));
        test(find(TextField.class).withCaption("Search").single()).setValue(recipient);
        assertThat(rowCount().getText()).as("the count follows the search").isEqualTo("1 message");

        @SuppressWarnings("unchecked")
        var rows = test((Grid<OutboxEntry>) grid);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 1)).isEqualTo(recipient);
        assertThat(rows.getCellText(0, 2)).isEqualTo("Your Extranet account for Hydro-Tech");
        assertThat(rows.getCellText(0, 3)).isEqualTo("Waiting");
        rows.select(0);

        assertThat(find(H2.class).single().getText()).isEqualTo("Your Extranet account for Hydro-Tech");
        assertThat(find(Pre.class).single().getText()).contains("Set your password:\n" + LINK);
        var frame = find(IFrame.class).single();
        assertThat(frame.getSrcdoc()).contains(db.fetchValue(MAIL_OUTBOX.HTML_BODY, MAIL_OUTBOX.ID.eq(id)));
        assertThat(frame.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(frame.getElement().getAttribute("title")).isNotBlank();
        assertThat(find(Button.class).withText("Send again").all()).as("only for failed mail").isEmpty();
    }

    @Test
    void staff_send_a_failed_mail_again() {
        long id = queueWelcome();
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, "FAILED").set(MAIL_OUTBOX.ATTEMPTS, 10)
                .set(MAIL_OUTBOX.LAST_ERROR, "Connection refused").where(MAIL_OUTBOX.ID.eq(id)).execute();
        openAsStaff();
        test(find(TextField.class).withCaption("Search").single()).setValue(recipient);
        @SuppressWarnings("unchecked")
        var rows = test((Grid<OutboxEntry>) find(Grid.class).single());
        assertThat(rows.getCellText(0, 3)).isEqualTo("Failed");
        assertThat(rows.getCellText(0, 5)).isEqualTo("Connection refused");
        rows.select(0);

        var again = find(Button.class).withText("Send again").single();
        assertThat(again.getTooltip().getText()).isNotBlank();
        test(again).click();

        assertThat(db.fetchValue(MAIL_OUTBOX.STATUS, MAIL_OUTBOX.ID.eq(id))).isEqualTo("PENDING");
        assertThat(db.fetchValue(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ID.eq(id))).isEqualTo(10);
        assertThat(rows.getCellText(0, 3)).isEqualTo("Waiting");
        assertThat(find(Button.class).withText("Send again").all()).isEmpty();
    }

    @Test
    void staff_read_a_welcome_mail_with_its_link_redacted_and_give_the_user_a_new_link_shown_once() {
        String invited = fixtures.userWithStatus(fixtures.company(), UserStatus.INVITED);
        long userId = fixtures.userId(invited);
        transactions.executeWithoutResult(status -> linkMails.invitation(userId, invited, "Test", Language.EN, "Hydro-Tech"));
        String mailed = mailedLinks.token(invited, "INVITATION");
        String staff = fixtures.staff();
        signIn.as(staff);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SentMailView.class);
        test(find(TextField.class).withCaption("Search").single()).setValue(invited);
        @SuppressWarnings("unchecked")
        var rows = test((Grid<OutboxEntry>) find(Grid.class).single());
        rows.select(0);

        assertThat(events(staff, "MAIL_READ")).isOne();
        assertThat(find(Pre.class).single().getText()).contains("Set your password:\nhttp://localhost:8080/set-password?token=[one-time-token]")
                .doesNotContain(mailed);
        assertThat(find(IFrame.class).single().getSrcdoc().orElseThrow()).doesNotContain(mailed);
        var newLink = find(Button.class).withText("Show a new link").single();
        assertThat(newLink.getTooltip().getText()).isNotBlank();
        test(newLink).click();

        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("New link for " + invited);
        var field = find(TextField.class).withCaption("Set-password link").single();
        assertThat(field.isReadOnly()).isTrue();
        String token = field.getValue().substring(field.getValue().indexOf("?token=") + "?token=".length());
        assertThat(links.check(token)).isInstanceOf(LinkState.Valid.class);
        assertThat(links.check(mailed)).isEqualTo(new LinkState.Unknown());
        assertThat(events(staff, "NEW_LINK_SHOWN")).isOne();
        test(find(Button.class).withText("Close").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();
    }

    @Test
    void a_distributor_administrator_cannot_open_the_page() {
        signIn.as(fixtures.user(fixtures.company(), "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getText).doesNotContain("Sent mail");

        // Vaadin answers a page the user may not open as if it did not exist.
        assertThatThrownBy(() -> navigate(SentMailView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected class " + NotFoundPage.class.getName());
        assertThat(getCurrentView()).isNotInstanceOf(SentMailView.class);
    }

    @Test
    void the_count_speaks_polish() {
        queueWelcome();
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(SentMailView.class);

        test(find(TextField.class).withCaption("Szukaj").single()).setValue(recipient);
        assertThat(rowCount().getText()).isEqualTo("1 wiadomość");
        queueWelcome();
        queueWelcome();
        find(Grid.class).single().getDataProvider().refreshAll();
        assertThat(rowCount().getText()).isEqualTo("3 wiadomości");
        test(find(TextField.class).withCaption("Szukaj").single()).setValue("nobody-" + recipient);
        assertThat(rowCount().getText()).isEqualTo("0 wiadomości");
    }

    /** The row count above the grid, as the browser gets it after the round trip. */
    private RowCount rowCount() {
        roundTrip();
        return find(RowCount.class).single();
    }

    private int events(String actor, String action) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(actor)).and(AUDIT_EVENT.ACTION.eq(action)));
    }

    private long queueWelcome() {
        // No token row 0 exists: the mail only stands in the list.
        return transactions.execute(status -> outbox.queue(new InvitationMail(recipient, Language.EN, "Emma",
                "Hydro-Tech", new PendingLink(0, LINK, OffsetDateTime.now(clock).plusHours(72)))));
    }

    private void openAsStaff() {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SentMailView.class);
    }
}

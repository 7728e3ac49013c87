package org.extranet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class RefusalsTest extends ViewTest {

    enum Field { NAME }

    /** A part that notes what it was asked to show, and says whether it showed it. */
    static final class Part extends Div implements ShowsRefusals {
        final List<Refusal> asked = new ArrayList<>();
        final boolean shows;

        Part(boolean shows) {
            this.shows = shows;
        }

        @Override
        public boolean show(Refusal refusal) {
            asked.add(refusal);
            return shows;
        }
    }

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void every_session_handles_errors_this_way() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(Refusals.class);
    }

    @Test
    void a_refusal_no_part_shows_is_a_notice_in_the_users_language_with_its_arguments() {
        click(throwing(new FieldRefusal(Field.NAME, "quote.error.too-long", 200)));

        assertThat(notices()).containsExactly("Use at most 200 characters.");
    }

    @Test
    void the_innermost_part_that_shows_refusals_is_asked_first_and_the_next_one_when_it_declines() {
        var outer = new Part(true);
        var inner = new Part(false);
        var button = throwing(new ConcurrentChange("user.error.changed-meanwhile"));
        inner.add(button);
        outer.add(inner);
        UI.getCurrent().add(outer);

        test(button).click();

        assertThat(inner.asked).singleElement().isInstanceOf(ConcurrentChange.class);
        assertThat(outer.asked).singleElement().isInstanceOf(ConcurrentChange.class);
        assertThat(notices()).isEmpty();
    }

    @Test
    void an_access_denial_is_told_as_no_longer_allowed_never_as_its_internal_message() {
        click(throwing(new AccessDeniedException("Not allowed to act on user 42")));

        assertThat(notices()).containsExactly(
                "You may no longer do this, or what it concerns no longer exists. Reload the page to see things as they are now.");
    }

    @Test
    void a_window_gets_its_refusals_shown_by_the_part_set_for_it() {
        var part = new Part(true);
        var dialog = new Dialog();
        var button = throwing(new Refusal("user.error.cannot-lock-self"));
        dialog.add(button);
        ShowsRefusals.at(dialog, part);
        UI.getCurrent().add(dialog);
        dialog.open();

        test(button).click();

        assertThat(part.asked).extracting(Refusal::messageKey).containsExactly("user.error.cannot-lock-self");
        assertThat(notices()).isEmpty();
    }

    @Test
    void a_refusal_wrapped_by_a_listener_is_found_and_other_errors_are_not_refusals() {
        assertThat(Refusals.refusalIn(new IllegalStateException(new Refusal("user.error.not-invited"))))
                .get().extracting(Refusal::messageKey).isEqualTo("user.error.not-invited");
        assertThat(Refusals.refusalIn(new IllegalStateException("a bug"))).isEmpty();
    }

    private static Button throwing(RuntimeException thrown) {
        return new Button("Act", click -> {
            throw thrown;
        });
    }

    private void click(Button button) {
        UI.getCurrent().add(button);
        test(button).click();
    }

    private List<String> notices() {
        return find(Notification.class).all().stream().map(NoticesShown::text).toList();
    }
}

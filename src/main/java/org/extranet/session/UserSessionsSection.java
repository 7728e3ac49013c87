package org.extranet.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.extranet.base.ui.Plural;
import org.jspecify.annotations.Nullable;

/**
 * The user edit window's "Sessions" part: where the user is signed in, and "Sign out everywhere".
 * Like the window's "Sign-in" part, what happened is announced in the part (role status) and the
 * focus goes to its heading; refusals go to the window's message.
 */
public final class UserSessionsSection extends Section {

    private final UserSessions sessions;
    private final long userId;
    private final String name;
    private final Runnable actionStarts;
    private final H3 heading = new H3();
    private final Div status = new Div();
    private final Div list = new Div();
    private final Button signOutEverywhere = new Button();

    /**
     * @param name         the user's name, as the window shows it
     * @param actionStarts clears the window's earlier message
     */
    public UserSessionsSection(UserSessions sessions, long userId, String name, Runnable actionStarts) {
        this.sessions = sessions;
        this.userId = userId;
        this.name = name;
        this.actionStarts = actionStarts;
        addClassName("user-sessions");
        heading.setText(getTranslation("user-sessions.title"));
        heading.setId("user-sessions-" + userId);
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        status.getElement().setAttribute("role", "status");
        signOutEverywhere.setText(getTranslation("user-sessions.sign-out-everywhere"));
        signOutEverywhere.addClickListener(click -> signOutEverywhere());
        add(heading, status, list, signOutEverywhere);
        show(null);
    }

    private void show(@Nullable String outcome) {
        var now = sessions.sessionsOf(userId);
        status.removeAll();
        if (outcome != null) {
            status.add(new Paragraph(outcome));
        }
        list.removeAll();
        if (now.isEmpty()) {
            status.add(new Paragraph(getTranslation("user-sessions.none", name)));
        } else {
            list.add(new SessionList(now, heading.getId().orElseThrow(), null));
        }
        signOutEverywhere.setVisible(!now.isEmpty());
    }

    private void signOutEverywhere() {
        actionStarts.run();
        int ended = sessions.signOutEverywhere(userId);
        show(getTranslation(Plural.of(ended, getLocale()).key("user-sessions.signed-out"), name, ended));
        heading.getElement().callJsFunction("focus");
    }
}

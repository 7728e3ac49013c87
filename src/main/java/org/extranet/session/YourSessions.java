package org.extranet.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.Plural;

/**
 * "Your sessions" on Account information: where the user is signed in, this session marked, with
 * "Sign out" beside each other one and "Sign out everywhere else". After a sign-out the list is
 * read again and the focus goes to its heading, since the button that was pressed may be gone.
 */
public final class YourSessions extends Section {

    private static final String HEADING_ID = "your-sessions";

    private final MySessions sessions;
    private final H2 heading = new H2();
    private final Div list = new Div();
    private final Paragraph onlyThis = new Paragraph();
    private final Button signOutElse = new Button();

    public YourSessions(MySessions sessions) {
        this.sessions = sessions;
        addClassName("your-sessions");
        heading.setText(getTranslation("sessions.title"));
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
        onlyThis.setText(getTranslation("sessions.only-this"));
        signOutElse.setText(getTranslation("sessions.sign-out-else"));
        signOutElse.addClassName("sign-out-everywhere-else");
        signOutElse.addClickListener(click -> signOutEverywhereElse());
        add(heading, new Paragraph(getTranslation("sessions.intro")), list, onlyThis, signOutElse);
        show(sessions.mySessions());
    }

    private void show(List<SignedInSession> now) {
        list.removeAll();
        list.add(new SessionList(now, HEADING_ID, this::signOut));
        boolean others = now.stream().anyMatch(session -> !session.current());
        onlyThis.setVisible(!others);
        signOutElse.setVisible(others);
    }

    private void signOut(SignedInSession session) {
        sessions.signOutSession(session.id());
        afterwards(getTranslation("sessions.signed-out", SessionList.device(this, session)));
    }

    private void signOutEverywhereElse() {
        int ended = sessions.signOutEverywhereElse();
        afterwards(getTranslation(Plural.of(ended, getLocale()).key("sessions.signed-out-else"), ended));
    }

    private void afterwards(String notice) {
        show(sessions.mySessions());
        heading.getElement().callJsFunction("focus");
        Notices.done(notice);
    }
}

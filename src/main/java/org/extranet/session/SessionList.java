package org.extranet.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.extranet.base.ui.Times;
import org.jspecify.annotations.Nullable;

/**
 * Sessions as a plain list, which reads well aloud and fits any width: each one's browser and
 * system, where from, when signed in and last active, this session marked, and, where the list
 * offers it, a "Sign out" beside every other one, named after the session it ends.
 */
final class SessionList extends UnorderedList {

    /**
     * @param labelledBy the id of the heading that names the list
     * @param signOut    what "Sign out" beside a session does; null for a list without
     */
    SessionList(List<SignedInSession> sessions, String labelledBy, @Nullable Consumer<SignedInSession> signOut) {
        addClassName("session-list");
        getElement().setAttribute("aria-labelledby", labelledBy);
        sessions.forEach(session -> add(item(session, signOut)));
    }

    private ListItem item(SignedInSession session, @Nullable Consumer<SignedInSession> signOut) {
        var device = new Span(device(this, session));
        device.addClassName("session-device");
        var head = new Div(device);
        if (session.current()) {
            var mark = new Span(getTranslation("sessions.this-session"));
            mark.addClassName("session-current");
            head.add(mark);
        }
        var facts = new DescriptionList();
        facts.addClassName("session-facts");
        fact(facts, "sessions.client-address", session.clientAddress() == null
                ? getTranslation("sessions.client-address.unknown") : session.clientAddress());
        fact(facts, "sessions.signed-in-at", time(session.signedInAt()));
        fact(facts, "sessions.last-active", session.current()
                ? getTranslation("sessions.last-active.now") : time(session.lastActiveAt()));
        var text = new Div(head, facts);
        text.addClassName("session-text");
        var item = new ListItem(text);
        item.addClassName("session");
        if (signOut != null && !session.current()) {
            var button = new Button(getTranslation("sessions.sign-out"), click -> signOut.accept(session));
            button.setAriaLabel(getTranslation("sessions.sign-out.name", device(this, session), session.clientAddress() == null
                    ? getTranslation("sessions.client-address.unknown") : session.clientAddress()));
            button.addClassName("session-sign-out");
            item.add(button);
        }
        return item;
    }

    private void fact(DescriptionList facts, String termKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private String time(OffsetDateTime moment) {
        return Times.dateTime(getLocale()).format(moment);
    }

    /** "Firefox on Windows", in the viewer's language, whatever the User-Agent left unnamed. */
    static String device(Component in, SignedInSession session) {
        String browser = session.browser() == null ? in.getTranslation("sessions.unknown-browser") : session.browser();
        return session.system() == null
                ? in.getTranslation("sessions.device.unknown-system", browser)
                : in.getTranslation("sessions.device", browser, session.system());
    }
}

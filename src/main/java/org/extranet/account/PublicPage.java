package org.extranet.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.extranet.security.SecurityConfiguration;

/**
 * A page reached without signing in (a link from an e-mail, "Forgot password?"): the product's
 * top bar, drawn here because the main layout is for signed-in users, and one narrow column below.
 */
abstract class PublicPage extends Div {

    private final Main content = new Main();

    PublicPage() {
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var topBar = new Header(brand);
        topBar.addClassName("top-bar");
        content.addClassName("login-main");
        add(topBar, content);
    }

    /** Replaces what the page shows with a form made of the given parts, one below the other. */
    void showForm(Component... parts) {
        content.removeAll();
        content.add(column(parts));
    }

    /**
     * A page that only tells something and leads to the sign-in page. Focus goes to the new
     * heading, so that screen readers announce what happened; the heading is not in the tab order,
     * so it needs no focus ring.
     */
    void showMessage(String heading, String... paragraphs) {
        var title = new H1(heading);
        title.getElement().setAttribute("tabindex", "-1");
        title.getStyle().set("outline", "none");
        var message = new Div(title);
        for (String text : paragraphs) {
            message.add(new Paragraph(text));
        }
        message.add(signInLink());
        message.getStyle().set("max-width", "40rem");
        content.removeAll();
        content.add(message);
        title.getElement().callJsFunction("focus");
    }

    Anchor signInLink() {
        return new Anchor(SecurityConfiguration.LOGIN_PATH, getTranslation("set-password.sign-in"));
    }

    /** Parts of a form one below the other, as wide as a password field wants to be. */
    static Div column(Component... parts) {
        var column = new Div(parts);
        column.getStyle().set("max-width", "28rem").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        return column;
    }
}

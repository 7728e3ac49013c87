package org.extranet.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What an error page shows: the product's bar, what happened in plain words and the way back to
 * the start page; never the exception, whose text is for the log. Drawn without the main layout,
 * which needs a signed-in user and the database, either of which may be what went wrong.
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private static final int LONGEST_LOGGED_ADDRESS = 300;

    private final Div message = new Div();
    private String title = "";

    ErrorPage() {
        var brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        var topBar = new Header(brand);
        topBar.addClassName("top-bar");
        message.getStyle().set("max-width", "40rem");
        var content = new Main(message);
        content.addClassName("login-main");
        add(topBar, content);
    }

    void show(String headingKey, String textKey) {
        title = getTranslation(headingKey);
        message.removeAll();
        message.add(new H1(title), new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("error.start-page")));
    }

    /** The address asked for, fit for one log line: it comes from outside, so no control characters. */
    static String address(BeforeEnterEvent event) {
        String address = event.getLocation().getPathWithQueryParameters().replaceAll("\\p{Cntrl}", "?");
        return address.length() > LONGEST_LOGGED_ADDRESS
                ? address.substring(0, LONGEST_LOGGED_ADDRESS) + "…"
                : address;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}

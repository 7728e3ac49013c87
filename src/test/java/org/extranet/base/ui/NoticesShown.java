package org.extranet.base.ui;

import com.vaadin.flow.component.notification.Notification;

/** What a notice says, as a user reads it, whether it holds a text or components. */
public final class NoticesShown {

    private NoticesShown() {
    }

    public static String text(Notification notice) {
        return notice.getElement().getProperty("text", "")
                + notice.getChildren().map(child -> child.getElement().getTextRecursively())
                        .reduce("", String::concat);
    }
}

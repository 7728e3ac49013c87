package org.extranet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import org.extranet.base.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A part of a page that shows a service's refusal itself (at the field it concerns, in the form's
 * own message area) instead of as a notice. {@link Refusals} asks the parts around the control the
 * user acted on, innermost first. A window or section built from plain components gets its
 * refusals shown by another part through {@link #at}.
 */
public interface ShowsRefusals {

    /**
     * Shows the refusal here and returns true, or returns false to leave it to the part around
     * this one and finally to a notice. Either way the part may bring itself up to date first
     * (refresh a list, close a window whose subject is gone).
     */
    boolean show(Refusal refusal);

    /** Refusals from within the component (a dialog, say, whose parent is the page) are shown by the given part. */
    static void at(Component component, ShowsRefusals shows) {
        ComponentUtil.setData(component, ShowsRefusals.class, shows);
    }

    /** The component itself, or the part set for it with {@link #at}; null when neither. */
    static @Nullable ShowsRefusals of(Component component) {
        return component instanceof ShowsRefusals shows ? shows : ComponentUtil.getData(component, ShowsRefusals.class);
    }
}

package org.extranet.passkey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Confirmation;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.base.ui.Times;
import org.extranet.base.ui.WebAuthnCeremonies;
import org.extranet.security.ConfirmItIsYouDialog;
import org.extranet.security.ReauthenticationNeeded;
import org.extranet.security.RecentSignIn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Passkeys" on Account information: the user's passkeys with when each was added and last used,
 * "Rename" and "Remove" beside each, named after it, and "Add a passkey", which asks for a name and
 * then lets the browser make the passkey. After a change the list is read again; the focus goes back
 * to the button that opened the window, or to the heading when that button is gone.
 */
public final class YourPasskeys extends Section implements ShowsRefusals {

    private static final String HEADING_ID = "your-passkeys";
    private static final Logger log = LoggerFactory.getLogger(YourPasskeys.class);

    private final MyPasskeys passkeys;
    private final RecentSignIn recentSignIn;
    private final H2 heading = new H2();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final Button add = new Button();
    private final Map<Long, Button> renameButtons = new HashMap<>();
    /** What "Confirm it's you" goes on with: adding a passkey, or removing the one chosen. */
    private Runnable afterConfirming = this::addPasskey;

    public YourPasskeys(MyPasskeys passkeys, RecentSignIn recentSignIn) {
        this.passkeys = passkeys;
        this.recentSignIn = recentSignIn;
        addClassName("your-passkeys");
        heading.setText(getTranslation("passkeys.title"));
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
        list.addClassName("passkey-list");
        list.getElement().setAttribute("aria-labelledby", HEADING_ID);
        none.setText(getTranslation("passkeys.none"));
        add.setText(getTranslation("passkeys.add"));
        add.addClassName("add-passkey");
        add.addClickListener(click -> {
            recentSignIn.require();
            addPasskey();
        });
        add(heading, new Paragraph(getTranslation("passkeys.intro")), list, none, add);
        show(passkeys.myPasskeys());
    }

    private void show(List<Passkey> now) {
        list.removeAll();
        renameButtons.clear();
        now.forEach(passkey -> list.add(item(passkey)));
        list.setVisible(!now.isEmpty());
        none.setVisible(now.isEmpty());
    }

    private ListItem item(Passkey passkey) {
        var name = new Span(passkey.name());
        name.addClassName("passkey-name");
        var facts = new DescriptionList();
        facts.addClassName("passkey-facts");
        fact(facts, "passkeys.created", time(passkey.createdAt()));
        fact(facts, "passkeys.last-used", passkey.lastUsedAt() == null
                ? getTranslation("passkeys.never-used") : time(passkey.lastUsedAt()));
        var text = new Div(name, facts);
        text.addClassName("passkey-text");
        var rename = new Button(getTranslation("passkeys.rename"), click -> rename(passkey));
        rename.setAriaLabel(getTranslation("passkeys.rename.name", passkey.name()));
        rename.addClassName("rename-passkey");
        renameButtons.put(passkey.id(), rename);
        var remove = new Button(getTranslation("passkeys.remove"), click -> confirmRemoval(passkey));
        remove.setAriaLabel(getTranslation("passkeys.remove.name", passkey.name()));
        remove.addClassName("remove-passkey");
        var actions = new Div(rename, remove);
        actions.addClassName("passkey-actions");
        var item = new ListItem(text, actions);
        item.addClassName("passkey");
        return item;
    }

    private void fact(DescriptionList facts, String termKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private String time(@Nullable OffsetDateTime moment) {
        return moment == null ? "" : Times.dateTime(getLocale()).format(moment);
    }

    private void addPasskey() {
        afterConfirming = this::addPasskey;
        var dialog = new PasskeyNameDialog("passkeys.add.title", "passkeys.add.save", "", (window, typed) -> {
            String name = passkeys.nameForNewPasskey(typed);
            window.busy();
            getElement().executeJs(WebAuthnCeremonies.REGISTER, name).then(String.class,
                    outcome -> added(window, name, outcome), problem -> added(window, name, "failed: " + problem));
        });
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                add.focus();
            }
        });
        dialog.open();
    }

    /** What the browser said after making the passkey, or why it did not. */
    void added(PasskeyNameDialog dialog, String name, String outcome) {
        if ("added".equals(outcome)) {
            show(passkeys.myPasskeys());
            dialog.close();
            Notices.done(getTranslation("passkeys.added", name));
            return;
        }
        String reason = switch (outcome) {
            case "cancelled", "exists", "unsupported" -> outcome;
            default -> {
                // The browser's own words, for whoever looks into it; the page says only that it did not work.
                log.warn("Adding a passkey did not work in the browser: {}", outcome);
                yield "failed";
            }
        };
        Notices.refused(getTranslation("passkeys.not-added." + reason));
        dialog.again();
    }

    /** The list is read again as the window closes, renamed or not: it may be gone meanwhile. */
    private void rename(Passkey passkey) {
        var dialog = new PasskeyNameDialog("passkeys.rename.title", "passkeys.rename.save", passkey.name(),
                (window, typed) -> {
                    var renamed = passkeys.renamePasskey(passkey.id(), typed);
                    window.close();
                    Notices.done(getTranslation("passkeys.renamed", renamed.name()));
                });
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                show(passkeys.myPasskeys());
                var button = renameButtons.get(passkey.id());
                if (button != null) {
                    button.focus();
                } else {
                    heading.getElement().callJsFunction("focus");
                }
            }
        });
        dialog.open();
    }

    private void confirmRemoval(Passkey passkey) {
        var confirmation = new Confirmation("remove-passkey", getTranslation("passkeys.remove.title"),
                getTranslation("passkeys.remove.question", passkey.name()), getTranslation("passkeys.cancel"),
                getTranslation("passkeys.remove"), () -> remove(passkey));
        ShowsRefusals.at(confirmation, this);
        confirmation.open();
    }

    private void remove(Passkey passkey) {
        afterConfirming = () -> remove(passkey);
        passkeys.removePasskey(passkey.id());
        show(passkeys.myPasskeys());
        heading.getElement().callJsFunction("focus");
        Notices.done(getTranslation("passkeys.removed", passkey.name()));
    }

    /** Removed meanwhile (in another tab): the list shows what there is now, the notice says why. */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof ReauthenticationNeeded) {
            // Signed in a while ago: the password first, then adding or removing goes on.
            new ConfirmItIsYouDialog(recentSignIn, afterConfirming).open();
            return true;
        }
        show(passkeys.myPasskeys());
        heading.getElement().callJsFunction("focus");
        return false;
    }
}

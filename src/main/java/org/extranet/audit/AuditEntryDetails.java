package org.extranet.audit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.stream.Collectors;
import org.extranet.audit.AuditEntry.Change;
import org.jspecify.annotations.Nullable;

/** An event in full below its row: who exactly, and both states exactly as recorded. */
class AuditEntryDetails extends Div {

    AuditEntryDetails(AuditEntry entry) {
        addClassName("audit-entry-details");
        add(new Paragraph(getTranslation("audit.details.actor", entry.actorLabel())));
        add(state("audit.details.before", entry.before()));
        add(state("audit.details.after", entry.after()));
    }

    private Div state(String key, @Nullable String json) {
        var text = new Pre(json == null ? getTranslation("audit.details.none") : json);
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0")
                .set("font-size", "var(--lumo-font-size-s)");
        return new Div(new Paragraph(getTranslation(key)), text);
    }

    /** "status: ACTIVE → LOCKED; permissions: [VIEW_ORDERS] → [MANAGE_USERS, VIEW_ORDERS]". */
    static String summary(AuditEntry entry) {
        return entry.changes().stream().map(AuditEntryDetails::change).collect(Collectors.joining("; "));
    }

    private static String change(Change change) {
        if (change.before() == null) {
            return change.field() + ": " + change.after();
        }
        return change.field() + ": " + change.before() + " → " + (change.after() == null ? "–" : change.after());
    }
}

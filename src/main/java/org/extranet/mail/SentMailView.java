package org.extranet.mail;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ProductTime;
import org.extranet.base.ui.FilterBar;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.Paging;
import org.extranet.base.ui.RowCount;
import org.jspecify.annotations.Nullable;

/**
 * "Sent mail" for staff: everything the product mails, with its status, and each message readable
 * in full (each reading audited). Set-password links are not kept in stored mail; a user who needs
 * one gets a new one from here: mailed, or without an SMTP server shown to the staff member once.
 */
@Route("sent-mail")
@RolesAllowed(PermissionCodes.SERVICE_STAFF)
@Menu(order = 50, title = "nav.sent-mail")
public class SentMailView extends Div implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ProductTime.ZONE);

    private final SentMailService mail;
    private final LinkHelp linkHelp;
    private final FilterBar<MailStatus> filters;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final MailMessagePanel message;

    SentMailView(SentMailService mail, LinkHelp linkHelp) {
        this.mail = mail;
        this.linkHelp = linkHelp;
        this.message = new MailMessagePanel(this::sendAgain, this::newLink, linkHelp.delivery());
        addClassName("page");
        add(new H1(getTranslation("sent-mail.title")), new Paragraph(getTranslation("sent-mail.intro")));

        filters = new FilterBar<>("sent-mail", List.of(MailStatus.values()), "mail.status.",
                () -> grid.getDataProvider().refreshAll());
        add(filters, new RowCount(grid(), "sent-mail.count"), grid, message);
    }

    private Grid<OutboxEntry> grid() {
        grid.setAriaLabel(getTranslation("sent-mail.grid"));
        grid.addColumn(entry -> TIME.format(entry.createdAt())).setHeader(getTranslation("sent-mail.created"))
                .setSortProperty(SentMailSort.CREATED.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("sent-mail.recipient"))
                .setSortProperty(SentMailSort.RECIPIENT.name()).setWidth("15rem");
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("sent-mail.subject"))
                .setSortProperty(SentMailSort.SUBJECT.name()).setWidth("15rem").setFlexGrow(2);
        // Widths of their own: with auto width these two headers broke in the middle of the word.
        grid.addColumn(entry -> filters.statusLabel(entry.status())).setHeader(getTranslation("sent-mail.status"))
                .setSortProperty(SentMailSort.STATUS.name()).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("sent-mail.attempts"))
                .setSortProperty(SentMailSort.ATTEMPTS.name()).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(entry -> entry.lastError() == null ? "" : entry.lastError())
                .setHeader(getTranslation("sent-mail.last-error")).setWidth("12rem")
                .setTooltipGenerator(entry -> entry.lastError() == null ? "" : entry.lastError());
        // Long addresses, subjects and errors wrap rather than being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("sent-mail.empty"));
        grid.setItems(query -> mail.list(filters.searchText(), filters.status(), Paging.of(query, SentMailSort.class)).stream(),
                query -> mail.count(filters.searchText(), filters.status()));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        return grid;
    }

    private void show(@Nullable OutboxEntry entry) {
        message.show(entry == null ? null : mail.message(entry.id()).orElse(null));
    }

    private void sendAgain(MailMessage failed) {
        boolean queued = mail.sendAgain(failed.id());
        if (queued) {
            Notices.done(getTranslation("sent-mail.queued-again"));
        } else {
            Notices.refused(getTranslation("sent-mail.not-failed"));
        }
        grid.getDataProvider().refreshAll();
        message.show(mail.message(failed.id()).orElse(null));
    }

    private void newLink(MailMessage linkMail) {
        switch (linkHelp.newLink(linkMail.id())) {
            case NewLink.Mailed mailed -> {
                Notices.done(getTranslation("sent-mail.new-link.mailed", mailed.recipient()));
                grid.getDataProvider().refreshAll();
            }
            case NewLink.Shown shown -> new NewLinkDialog(shown).open();
            case NewLink.Refused refused -> Notices.refused(getTranslation(refused.messageKey()));
        }
    }

    static String time(@Nullable OffsetDateTime value) {
        return value == null ? "" : TIME.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sent-mail.page-title");
    }
}

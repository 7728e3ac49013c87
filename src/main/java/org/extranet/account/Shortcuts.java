package org.extranet.account;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The start page's shortcuts to the user's tasks: each a link, with a number where one helps (as
 * a number beside its name, so no plural forms are needed), and a line saying what is there, which
 * also describes the link. The other features' pages are found as the top bar finds them,
 * by the {@code @Menu} entries this user may open (those features build on this one, so it cannot
 * name their classes): a page the user may not open is no shortcut either.
 */
final class Shortcuts extends Section {

    /** The admin panel's status filter in its address ({@code ?status=invited}). */
    private static final String STATUS_PARAMETER = "status";

    private final Map<String, MenuEntry> pages = MenuConfiguration.getMenuEntries().stream()
            .collect(Collectors.toMap(MenuEntry::title, Function.identity(), (first, second) -> first));
    private final UnorderedList list = new UnorderedList();

    Shortcuts(TaskCounts counts) {
        var heading = new H2(getTranslation("start.tasks"));
        heading.setId("start-tasks");
        getElement().setAttribute("aria-labelledby", "start-tasks");
        addClassName("shortcuts");
        list.addClassName("shortcut-list");
        add(heading, list);

        var users = counts.companyUsers();
        if (users != null) {
            page("nav.admin-panel", null, "users", users.all());
            page("nav.admin-panel", "invited", "invited", users.invited());
            page("nav.admin-panel", "locked", "locked", users.locked());
        }
        if (counts.openAddressRequests() != null) {
            page("nav.address-requests", null, "address-requests", counts.openAddressRequests());
        }
        page("nav.back-office", null, "back-office", null);
        page("nav.delivery-addresses", null, "delivery-addresses", null);
        page("nav.quotes", null, "quotes", null);
        shortcut(new RouterLink("", AccountView.class), "account", null);
        // The account page holds "Change password"; its button there opens the form.
        shortcut(new RouterLink("", AccountView.class), "change-password", null);
    }

    /** A shortcut to another feature's page, if the user may open it; {@code status} filters the admin panel. */
    private void page(String menuTitle, @Nullable String status, String task, @Nullable Integer count) {
        MenuEntry page = pages.get(menuTitle);
        if (page == null) {
            return;
        }
        var link = new RouterLink("", page.menuClass());
        if (status != null) {
            link.setQueryParameters(QueryParameters.of(STATUS_PARAMETER, status));
        }
        shortcut(link, task, count);
    }

    /** A shortcut named {@code start.task.<task>}, described by {@code start.task.<task>.hint}. */
    private void shortcut(RouterLink link, String task, @Nullable Integer count) {
        var label = new Span(getTranslation("start.task." + task));
        label.addClassName("shortcut-label");
        link.add(label);
        if (count != null) {
            var number = new Span(String.valueOf(count));
            number.addClassName("shortcut-count");
            link.add(number);
        }
        link.addClassName("shortcut-link");
        String hintId = "start-task-" + task + "-hint";
        var hint = new Span(getTranslation("start.task." + task + ".hint"));
        hint.setId(hintId);
        hint.addClassName("shortcut-hint");
        link.getElement().setAttribute("aria-describedby", hintId);
        list.add(new ListItem(link, hint));
    }
}

package org.extranet.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.extranet.account.AccountService;
import org.extranet.account.ColorSchemes;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every signed-in page: the blue bar at the top with the product name, the
 * entries the user may use (from the views' {@code @Menu}, filtered by access), the language
 * switch and sign-out (behind a "Menu" button on phones); below it the page itself in the main
 * landmark. The page takes the user's own colour scheme.
 */
@Layout
@PermitAll
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private final List<RouterLink> entries;
    private final TopBarMenu menu;
    private @Nullable String shownPath;

    MainLayout(AccountService accounts, AuthenticationContext authentication) {
        addClassName("main-layout");
        var skipLink = new Anchor("#content", getTranslation("layout.skip-to-content"));
        skipLink.addClassName("skip-link");
        KeyboardAndNames.skipsTo(skipLink.getElement(), "content");

        var brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");

        entries = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.path().isEmpty())
                .map(this::link)
                .toList();
        var nav = new Nav();
        nav.setAriaLabel(getTranslation("layout.navigation"));
        entries.forEach(nav::add);

        var account = accounts.myAccount();
        ColorSchemes.apply(UI.getCurrent().getPage(), account.colorScheme());
        var userName = new Span(account.fullName());
        userName.addClassName("user-name");

        var signOut = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");

        var tools = new Div(userName, new LanguageSwitch(accounts::changeLanguage), signOut);
        tools.addClassName("top-bar-tools");

        menu = new TopBarMenu(getTranslation("layout.menu"), nav, tools);
        var topBar = new Header(brand, menu.button(), menu.panel());
        topBar.addClassName("top-bar");
        menu.closesOnEscapeIn(topBar.getElement());

        content.setId("content");
        content.getElement().setAttribute("tabindex", "-1");
        KeyboardAndNames.namesSortButtons(content.getElement(), getTranslation("grid.sort-by"));
        KeyboardAndNames.radioGroupsAreOneTabStop(getElement());
        add(skipLink, topBar, content);
    }

    private RouterLink link(MenuEntry entry) {
        var link = new RouterLink(getTranslation(entry.title()), entry.menuClass());
        link.addClassName("nav-entry");
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The entry whose path is the longest prefix of the page's is the current one, so that
        // a page below an entry (a company of the back office, say) still marks it.
        String path = event.getLocation().getPath();
        RouterLink current = entries.stream()
                .filter(link -> path.equals(link.getHref()) || path.startsWith(link.getHref() + "/"))
                .max(Comparator.comparingInt(link -> link.getHref().length()))
                .orElse(null);
        entries.forEach(link -> {
            if (link == current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
        // A move to another page does not reload, so the focus would stay in the top bar. A freshly
        // loaded page (after signing in, a reload, a language switch) starts at the top as every
        // page does, skip link first; and a page that only changes its parameters (a company chosen
        // in the admin panel) leaves the focus where the user works. An entry chosen in the open
        // menu closes it, and its link goes out of sight: the focus starts at the heading then too.
        boolean fromMenu = menu.isOpen();
        menu.setOpen(false);
        if (fromMenu || shownPath != null && !shownPath.equals(path)) {
            KeyboardAndNames.focusHeading(content.getElement());
        }
        shownPath = path;
    }
}

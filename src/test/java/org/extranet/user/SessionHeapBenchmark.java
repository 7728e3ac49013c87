package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.extranet.Fixtures;
import org.extranet.benchmark.BenchmarkReport;
import org.extranet.browser.BrowserTest;
import org.extranet.ui.LoginPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * Live heap per signed-in session with the users view open: N distributor administrators, each of
 * a company of 60 users, sign in one after another in one browser (cookies cleared in between, so
 * each is a session of its own) and leave the admin panel open. The server then holds N sessions
 * with one UI each; live heap after a full collection, less the same before they were made, over N.
 * Run on demand: {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=SessionHeapBenchmark}.
 */
@Tag("benchmark")
@Isolated
// Development mode's component tracker keeps two stack traces per component, which production
// (where the figure matters) never does; the rest of development mode is per application, not per UI.
@TestPropertySource(properties = "vaadin.devmode.componentTracker.enabled=false")
class SessionHeapBenchmark extends BrowserTest {

    private static final int SESSIONS = 40;
    private static final int WARM_UP = 3;
    private static final int USERS_PER_COMPANY = 60;
    /** Leaving a page sends Vaadin's unload beacon, which closes the page's UI: the users' tabs stay open. */
    private static final Path HISTOGRAMS = Path.of("target", "session-heap");
    private static final String KEEP_UI_OPEN = "navigator.sendBeacon = () => true;";

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;
    @Autowired VaadinSessions vaadinSessions;

    @Test
    void heap_per_signed_in_session_with_the_users_view_open() {
        var admins = new ArrayList<Admin>();
        for (int i = 0; i < WARM_UP + SESSIONS; i++) {
            admins.add(company());
        }
        // Classes, caches and the first pages' one-off work, then gone: they are no session's.
        admins.subList(0, WARM_UP).forEach(this::openUsersView);
        vaadinSessions.endAll();
        long before = HeapHistogram.take(HISTOGRAMS.resolve("before.txt"));
        int sessionsBefore = vaadinSessions.usersViewsOpen();

        admins.subList(WARM_UP, admins.size()).forEach(this::openUsersView);
        long during = HeapHistogram.take(HISTOGRAMS.resolve("with-sessions.txt"));
        int sessionsDuring = vaadinSessions.usersViewsOpen();

        vaadinSessions.endAll();
        long after = HeapHistogram.take(HISTOGRAMS.resolve("after.txt"));

        long perSession = (during - before) / SESSIONS;
        System.out.printf(Locale.ROOT, "%nLive heap: %,d bytes before, %,d with %d sessions (%d users views open), %,d after they ended%n",
                before, during, SESSIONS, sessionsDuring, after);
        System.out.printf(Locale.ROOT, "Per session: %,d bytes against before, %,d against after%n",
                perSession, (during - after) / SESSIONS);
        System.out.println("What the sessions hold, per session (bytes, instances), largest first:");
        HeapHistogram.read(HISTOGRAMS.resolve("with-sessions.txt")).minus(HeapHistogram.read(HISTOGRAMS.resolve("before.txt")))
                .limit(40).forEach(line -> System.out.printf(Locale.ROOT,
                "  %,9d  %,7.1f  %s%n", line.bytes() / SESSIONS, line.instances() / (double) SESSIONS, line.name()));
        BenchmarkReport.record("Memory", "live heap per signed-in session with the users view open (" + SESSIONS + " sessions)",
                String.format(Locale.ROOT, "%.0f kB", perSession / 1000.0), "≤ 200 kB", "224 kB (issue 13)");

        assertThat(sessionsBefore).isZero();
        assertThat(sessionsDuring).as("signed-in sessions with the users view open").isEqualTo(SESSIONS);
    }

    private record Admin(String email, String firstUser) {}

    /** A company of 60 users, one of them its administrator; the first name the list shows sorts first. */
    private Admin company() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS", "VIEW_ORDERS");
        db.execute("""
                insert into app_user (kind, company_id, email, first_name, last_name, language, status, locked_at,
                                      password_hash, last_sign_in_at)
                select 'DISTRIBUTOR_USER', ?, 'heap' || g || '.' || ? || '@example.com',
                       (array['Anna','Piotr','Katarzyna','Tomasz','Magdalena','Paweł','Agnieszka','Michał'])[1 + g % 8],
                       'Aa' || (array['Nowak','Kowalski','Wiśniewska','Wójcik','Kowalczyk','Kamiński'])[1 + g % 6] || '-' || lpad(g::text, 2, '0'),
                       'pl',
                       case when g % 20 = 0 then 'LOCKED' when g % 7 = 0 then 'INVITED' else 'ACTIVE' end,
                       case when g % 20 = 0 then now() end,
                       case when g % 7 <> 0 then '{noop}x' end,
                       case when g % 3 = 0 then now() - (g || ' minutes')::interval end
                from generate_series(1, ?) g
                """, company, company, USERS_PER_COMPANY - 1);
        db.execute("""
                insert into user_permission (user_id, company_id, permission_code)
                select id, company_id, code from app_user, unnest(array['VIEW_ORDERS', 'VIEW_PRICES']) code
                where company_id = ? and email like 'heap%' and id % 2 = 0
                """, company);
        // Last names sort by lower case: 'aakamiński-05' is the first of the list.
        return new Admin(admin, "heap5." + company + "@example.com");
    }

    /** A session of its own (no cookies), signed in, the users view open and left open. */
    private void openUsersView(Admin admin) {
        driver.get("about:blank");
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open("/login");
        new LoginPage(driver).signIn(admin.email(), Fixtures.PASSWORD);
        open("/admin");
        var panel = new AdminPanelPage(driver);
        panel.waitForRow(admin.firstUser());
        ((JavascriptExecutor) driver).executeScript(KEEP_UI_OPEN);
    }

    /** The Vaadin sessions the server made, weakly: the count must not keep any alive. */
    static final class VaadinSessions {

        private final Set<VaadinSession> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

        void add(VaadinSession session) {
            sessions.add(session);
        }

        private List<VaadinSession> all() {
            synchronized (sessions) {
                return new ArrayList<>(sessions);
            }
        }

        /** Sessions whose only open UI shows the admin panel, signed in. */
        int usersViewsOpen() {
            int open = 0;
            for (VaadinSession session : all()) {
                boolean[] showsPanel = {false};
                session.accessSynchronously(() -> {
                    var uis = session.getUIs().stream().filter(ui -> !ui.isClosing()).toList();
                    showsPanel[0] = uis.size() == 1 && uis.getFirst().getInternals().getActiveRouterTargetsChain()
                            .stream().anyMatch(AdminPanelView.class::isInstance)
                            && session.getSession() != null
                            && session.getSession().getAttribute("SPRING_SECURITY_CONTEXT") != null;
                });
                open += showsPanel[0] ? 1 : 0;
            }
            return open;
        }

        /** Ends every session, as its timeout would. */
        void endAll() {
            for (VaadinSession session : all()) {
                var http = session.getSession();
                if (http != null) {
                    try {
                        http.invalidate();
                    } catch (IllegalStateException alreadyEnded) {
                        // Ended meanwhile (the sign-in page's session, say): nothing left to do.
                    }
                }
            }
        }
    }

    @TestConfiguration
    static class CountSessions {

        @Bean
        VaadinSessions vaadinSessions() {
            return new VaadinSessions();
        }

        @Bean
        VaadinServiceInitListener recordSessions(VaadinSessions sessions) {
            return init -> init.getSource().addSessionInitListener(started -> sessions.add(started.getSession()));
        }
    }
}

package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.base.UserStatus;
import org.extranet.user.UserListQuery.SortKey;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The admin panel's list at the size a large distributor reaches: 100,000 users in one company
 * (among the rest of the test data). Prints the median time of each query the grid makes and
 * the plan PostgreSQL chose for the contains-search. Run on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=UserListBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
class UserListBenchmark {

    private static final int USERS = 100_000;
    private static final int RUNS = 25;

    @Autowired UserDirectory userDirectory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @Test
    void the_admin_panel_list_over_one_hundred_thousand_users() {
        long company = fixtures.company();
        long started = System.nanoTime();
        db.execute("""
                insert into app_user (kind, company_id, email, first_name, last_name, language, status, locked_at,
                                      password_hash, last_sign_in_at)
                select 'DISTRIBUTOR_USER', ?, 'bench' || g || '.' || ? || '@example.com',
                       (array['Anna','Piotr','Katarzyna','Tomasz','Magdalena','Paweł','Agnieszka','Michał'])[1 + g % 8],
                       (array['Nowak','Kowalski','Wiśniewska','Wójcik','Kowalczyk','Kamiński','Lewandowska','Zieliński',
                              'Szymański','Woźniak','Dąbrowski','Kozłowska'])[1 + g % 12] || '-' || (g % 997),
                       'pl',
                       case when g % 20 = 0 then 'LOCKED' when g % 7 = 0 then 'INVITED' else 'ACTIVE' end,
                       case when g % 20 = 0 then now() end,
                       case when g % 7 <> 0 then '{noop}x' end,
                       case when g % 3 = 0 then now() - (g || ' minutes')::interval end
                from generate_series(1, ?) g
                """, company, company, USERS);
        db.execute("""
                insert into user_permission (user_id, company_id, permission_code)
                select id, company_id, 'VIEW_PRICES' from app_user where company_id = ? and id % 2 = 0
                """, company);
        db.execute("analyze app_user");
        db.execute("analyze user_permission");
        System.out.printf("%nSeeded %,d users in %d ms%n", USERS, (System.nanoTime() - started) / 1_000_000);

        signIn.as(fixtures.staff());
        var byName = List.of(new SortOrder<>(SortKey.NAME, false));
        var results = new ArrayList<String>();
        results.add(time("count, no filter", () -> userDirectory.countUsers(query(company, null, null, byName, 0))));
        results.add(time("first page (50) by name", () -> userDirectory.listUsers(query(company, null, null, byName, 0))));
        results.add(time("page 1000 (offset 49,950) by name", () -> userDirectory.listUsers(query(company, null, null, byName, 49_950))));
        results.add(time("first page by e-mail, descending",
                () -> userDirectory.listUsers(query(company, null, null, List.of(new SortOrder<>(SortKey.EMAIL, true)), 0))));
        results.add(time("first page by last sign-in, newest first",
                () -> userDirectory.listUsers(query(company, null, null, List.of(new SortOrder<>(SortKey.LAST_SIGN_IN, true)), 0))));
        results.add(time("search 'wiśniewska-12' (contains), first page",
                () -> userDirectory.listUsers(query(company, "wiśniewska-12", null, byName, 0))));
        results.add(time("search 'wiśniewska-12', count",
                () -> userDirectory.countUsers(query(company, "wiśniewska-12", null, byName, 0))));
        results.add(time("search 'bench4242.' (e-mail part), first page",
                () -> userDirectory.listUsers(query(company, "bench4242.", null, byName, 0))));
        results.add(time("status Locked, first page", () -> userDirectory.listUsers(query(company, null, UserStatus.LOCKED, byName, 0))));
        results.add(time("status Locked, count", () -> userDirectory.countUsers(query(company, null, UserStatus.LOCKED, byName, 0))));

        System.out.println("\nAdmin panel list, " + USERS + " users in the company, median of " + RUNS + " runs:");
        results.forEach(line -> System.out.println("  " + line));
        System.out.println("\nPlan of the contains-search:");
        db.fetch("explain (analyze, costs off) select id from app_user where company_id = ? and search_text like ? "
                + "order by lower(last_name), lower(first_name), id limit 50", company, "%wiśniewska-12%")
                .forEach(row -> System.out.println("  " + row.get(0)));
        assertThat(userDirectory.countUsers(query(company, null, null, byName, 0))).isEqualTo(USERS);
    }

    private static UserListQuery query(long company, String search, UserStatus status, List<SortOrder<SortKey>> sort, int offset) {
        return new UserListQuery(company, search, status, new PageRequest<>(offset, 50, sort));
    }

    private static String time(String what, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return String.format("%-48s %8.2f ms (min %.2f, max %.2f)", what, millis.get(RUNS / 2), millis.getFirst(),
                millis.getLast());
    }
}

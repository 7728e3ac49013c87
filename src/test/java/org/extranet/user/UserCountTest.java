package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;

import java.util.List;
import java.util.Set;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.base.UserStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The count above the admin panel's list, which the database keeps per company (V23), stays the true count. */
@SpringBootTest
class UserCountTest {

    @Autowired UserAdministration users;
    @Autowired UserDirectory userDirectory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;

    @BeforeEach
    void administrator() {
        company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
    }

    @Test
    void users_created_imported_in_bulk_and_deleted_are_counted_and_a_search_or_status_counts_the_rows() {
        long created = users.createUser(company, new UserData(Fixtures.unique("count") + "@example.com", "Jan", "Kowalski",
                null, Language.PL, Set.of()), false);
        db.execute("""
                insert into app_user (kind, company_id, email, first_name, last_name, status, locked_at)
                select 'DISTRIBUTOR_USER', ?, 'counted' || g || '.' || ? || '@example.com', 'Anna', 'Nowak', 'LOCKED', now()
                from generate_series(1, 25) g
                """, company, company);
        assertThat(count(null, null)).isEqualTo(27).isEqualTo(rows());

        users.deleteUser(created);
        db.deleteFrom(APP_USER).where(APP_USER.COMPANY_ID.eq(company).and(APP_USER.EMAIL.like("counted1%"))).execute();

        assertThat(count(null, null)).isEqualTo(26 - 11).isEqualTo(rows());
        assertThat(count(null, UserStatus.LOCKED)).isEqualTo(14);
        assertThat(count("nowak", null)).isEqualTo(14);
    }

    @Test
    void a_user_never_moves_to_another_company_so_the_counts_cannot_drift() {
        long other = fixtures.company();
        long userId = fixtures.userId(fixtures.user(company));

        assertThatThrownBy(() -> db.update(APP_USER).set(APP_USER.COMPANY_ID, other).where(APP_USER.ID.eq(userId)).execute())
                .hasMessageContaining("company does not change");
        assertThat(count(null, null)).isEqualTo(rows());
    }

    private int count(String search, UserStatus status) {
        return userDirectory.countUsers(new UserListQuery(company, search, status, new PageRequest<>(0, 50, List.of())));
    }

    private int rows() {
        return db.fetchCount(APP_USER, APP_USER.COMPANY_ID.eq(company));
    }
}

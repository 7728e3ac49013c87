package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

/** A user's colour scheme is kept with their account, audited like the language. */
@SpringBootTest
class ColorSchemeChoiceTest {

    @Autowired AccountService accounts;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_new_account_follows_the_system_until_its_user_chooses() {
        signIn.as(fixtures.user(fixtures.company()));

        assertThat(accounts.myAccount().colorScheme()).isEqualTo(ColorSchemeChoice.SYSTEM);
    }

    @Test
    void the_choice_is_stored_for_the_user_alone_and_audited_with_before_and_after() {
        long company = fixtures.company();
        String email = fixtures.user(company);
        String colleague = fixtures.user(company);
        signIn.as(email);

        accounts.changeColorScheme(ColorSchemeChoice.DARK);

        assertThat(accounts.myAccount().colorScheme()).isEqualTo(ColorSchemeChoice.DARK);
        assertThat(stored(colleague)).isEqualTo("system");
        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email))
                .and(AUDIT_EVENT.ACTION.eq("COLOR_SCHEME_CHANGED"))).fetchSingle();
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getBeforeState().data()).isEqualTo("{\"colorScheme\": \"system\"}");
        assertThat(event.getAfterState().data()).isEqualTo("{\"colorScheme\": \"dark\"}");
    }

    @Test
    void choosing_the_scheme_one_already_has_records_nothing() {
        String staff = fixtures.staff();
        signIn.as(staff);
        accounts.changeColorScheme(ColorSchemeChoice.LIGHT);

        accounts.changeColorScheme(ColorSchemeChoice.LIGHT);

        assertThat(stored(staff)).isEqualTo("light");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))
                .and(AUDIT_EVENT.ACTION.eq("COLOR_SCHEME_CHANGED")))).isOne();
    }

    @Test
    void the_database_holds_no_other_scheme() {
        String email = fixtures.user(fixtures.company());

        assertThatThrownBy(() -> db.update(APP_USER).set(APP_USER.COLOR_SCHEME, "sepia")
                .where(APP_USER.EMAIL.eq(email)).execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("app_user_color_scheme_check");
    }

    private String stored(String email) {
        return db.fetchValue(APP_USER.COLOR_SCHEME, APP_USER.EMAIL.eq(email));
    }
}

package org.extranet.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.util.List;
import org.extranet.Fixtures;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

/** The rules the data carries itself, whatever code writes it. */
@SpringBootTest
class SchemaTest {

    @Autowired DSLContext db;
    @Autowired Fixtures fixtures;

    @Test
    void an_email_address_belongs_to_one_user_in_any_letter_case() {
        String email = fixtures.user(fixtures.company());
        long otherCompany = fixtures.company();

        assertThatThrownBy(() -> db.insertInto(APP_USER)
                .set(APP_USER.KIND, "DISTRIBUTOR_USER")
                .set(APP_USER.COMPANY_ID, otherCompany)
                .set(APP_USER.EMAIL, email.toUpperCase())
                .set(APP_USER.FIRST_NAME, "Copy")
                .set(APP_USER.LAST_NAME, "Cat")
                .execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("app_user_email_key");
    }

    @Test
    void a_user_cannot_hold_a_permission_their_company_is_not_entitled_to() {
        long company = fixtures.company(List.of("MANAGE_USERS"));
        long user = fixtures.userId(fixtures.user(company));

        assertThatThrownBy(() -> db.insertInto(USER_PERMISSION)
                .set(USER_PERMISSION.USER_ID, user)
                .set(USER_PERMISSION.COMPANY_ID, company)
                .set(USER_PERMISSION.PERMISSION_CODE, "PLACE_ORDERS")
                .execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_permission_cannot_be_filed_under_another_company_than_the_users() {
        long company = fixtures.company();
        long otherCompany = fixtures.company();
        long user = fixtures.userId(fixtures.user(company));

        assertThatThrownBy(() -> db.insertInto(USER_PERMISSION)
                .set(USER_PERMISSION.USER_ID, user)
                .set(USER_PERMISSION.COMPANY_ID, otherCompany)
                .set(USER_PERMISSION.PERMISSION_CODE, "PLACE_ORDERS")
                .execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void staff_belong_to_no_company_and_distributor_users_to_one() {
        long company = fixtures.company();

        assertThatThrownBy(() -> db.insertInto(APP_USER)
                .set(APP_USER.KIND, "SERVICE_STAFF")
                .set(APP_USER.COMPANY_ID, company)
                .set(APP_USER.EMAIL, Fixtures.unique("staff") + "@example.com")
                .set(APP_USER.FIRST_NAME, "A")
                .set(APP_USER.LAST_NAME, "B")
                .execute())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> db.insertInto(APP_USER)
                .set(APP_USER.KIND, "DISTRIBUTOR_USER")
                .set(APP_USER.EMAIL, Fixtures.unique("user") + "@example.com")
                .set(APP_USER.FIRST_NAME, "A")
                .set(APP_USER.LAST_NAME, "B")
                .execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_status_outside_the_known_ones_is_refused() {
        long user = fixtures.userId(fixtures.user(fixtures.company()));

        assertThatThrownBy(() -> db.update(APP_USER).set(DSL.field(APP_USER.STATUS.getUnqualifiedName(), String.class), "SUSPENDED").where(APP_USER.ID.eq(user)).execute())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}

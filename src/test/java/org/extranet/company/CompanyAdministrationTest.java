package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class CompanyAdministrationTest {

    @Autowired CompanyAdministration companies;
    @Autowired CompanyEntitlements entitlements;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static CompanyData data(String customerNumber) {
        return new CompanyData("Instal-Serwis Sp. z o.o.", customerNumber, "PL1234567890", "ul. Długa 5", "31-147",
                "Kraków", "pl");
    }

    @Test
    void staff_register_a_company_and_edit_it_and_both_are_on_record() {
        signIn.as(fixtures.staff());
        String number = Fixtures.unique("D");

        long id = companies.createCompany(data(number));
        var opened = companies.companyForEdit(id);
        assertThat(opened.data().countryCode()).isEqualTo("PL");
        assertThat(opened.entitlements()).isEmpty();

        companies.updateCompany(id, opened.version(), new CompanyData("Instal-Serwis S.A.", number, null,
                "ul. Długa 7", "31-147", "Kraków", "PL"));

        assertThat(db.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(id)).fetchSingle(COMPANY.NAME))
                .isEqualTo("Instal-Serwis S.A.");
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.COMPANY_ID.eq(id))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION)).containsExactly("COMPANY_CREATED", "COMPANY_UPDATED");
        assertThatThrownBy(() -> companies.updateCompany(id, opened.version(), data(number)))
                .isInstanceOfSatisfying(ConcurrentChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("company.error.changed-meanwhile"));
    }

    @Test
    void a_customer_number_is_one_companys_in_any_letter_case() {
        signIn.as(fixtures.staff());
        String number = Fixtures.unique("d");
        companies.createCompany(data(number));

        assertThatThrownBy(() -> companies.createCompany(data(number.toUpperCase())))
                .isInstanceOfSatisfying(FieldRefusal.class,
                        e -> assertThat(e.field()).isEqualTo(CompanyField.CUSTOMER_NUMBER));
        assertThatThrownBy(() -> companies.createCompany(new CompanyData(" ", Fixtures.unique("D"), null, "a", "b", "c", "PL")))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(CompanyField.NAME));
        assertThatThrownBy(() -> companies.createCompany(new CompanyData("A", Fixtures.unique("D"), null, "a", "b", "c", "Poland")))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(CompanyField.COUNTRY));
    }

    @Test
    void taking_an_entitlement_away_takes_it_from_every_user_in_one_go_and_on_record() {
        long company = fixtures.company(List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_PRICES"));
        String buyer = fixtures.user(company, "PLACE_ORDERS", "VIEW_PRICES");
        String otherBuyer = fixtures.user(company, "PLACE_ORDERS");
        signIn.as(fixtures.staff());

        entitlements.revokeEntitlement(company, "PLACE_ORDERS");

        assertThat(companies.companyForEdit(company).entitlements()).containsExactly("MANAGE_USERS", "VIEW_PRICES");
        assertThat(db.fetchCount(USER_PERMISSION, USER_PERMISSION.COMPANY_ID.eq(company)
                .and(USER_PERMISSION.PERMISSION_CODE.eq("PLACE_ORDERS")))).isZero();
        assertThat(db.select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(fixtures.userId(buyer))).fetch(USER_PERMISSION.PERMISSION_CODE))
                .containsExactly("VIEW_PRICES");
        assertThat(db.select(AUDIT_EVENT.SUBJECT_LABEL).from(AUDIT_EVENT).where(AUDIT_EVENT.COMPANY_ID.eq(company)
                .and(AUDIT_EVENT.ACTION.eq("USER_UPDATED"))).fetch(AUDIT_EVENT.SUBJECT_LABEL))
                .containsExactlyInAnyOrder(buyer, otherBuyer);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(company)
                .and(AUDIT_EVENT.ACTION.eq("ENTITLEMENT_REVOKED")).and(AUDIT_EVENT.ON_BEHALF))).isEqualTo(1);

        entitlements.grantEntitlement(company, "PLACE_ORDERS");
        assertThat(companies.companyForEdit(company).entitlements()).contains("PLACE_ORDERS");
    }

    @Test
    void managing_users_stays_with_every_company() {
        long company = fixtures.company();
        signIn.as(fixtures.staff());

        assertThatThrownBy(() -> entitlements.revokeEntitlement(company, "MANAGE_USERS")).isInstanceOf(Refusal.class);
        assertThat(companies.companyForEdit(company).entitlements()).contains("MANAGE_USERS");
    }

    @Test
    void distributors_cannot_touch_companies_or_entitlements_and_are_audited() {
        long company = fixtures.company(List.of("MANAGE_USERS"));
        String admin = fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);

        assertThatThrownBy(() -> entitlements.grantEntitlement(company, "PLACE_ORDERS")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.createCompany(data(Fixtures.unique("D")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.companyForEdit(company)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.updateCompany(company, 0, data(Fixtures.unique("D")))).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))).isEqualTo(4);
        assertThat(db.fetchCount(COMPANY_PERMISSION,
                COMPANY_PERMISSION.COMPANY_ID.eq(company))).isEqualTo(1);
    }
}

package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.PageRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class CompanyDirectoryTest {

    @Autowired CompanyDirectory directory;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_find_companies_by_name_or_customer_number_in_any_letter_case() {
        long company = fixtures.company();
        String name = fixtures.companyName(company);
        signIn.as(fixtures.staff());

        assertThat(directory.findCompanies(name.toUpperCase(), PageRequest.of(0, 10))).extracting(CompanySummary::id)
                .containsExactly(company);
        assertThat(directory.findCompanies("d-10001", PageRequest.of(0, 10))).extracting(CompanySummary::name)
                .containsExactly("Hydro-Tech Dystrybucja Sp. z o.o.");
        assertThat(directory.findCompanies("%", PageRequest.of(0, 10))).as("the filter is matched literally").isEmpty();
        assertThat(directory.findCompanies("", PageRequest.of(0, 2))).hasSize(2);
        assertThat(directory.company(company)).map(CompanySummary::name).contains(name);
        assertThat(directory.company(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void an_administrator_may_not_browse_companies_and_the_attempt_is_audited() {
        String admin = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(admin);

        assertThatThrownBy(() -> directory.findCompanies("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.company(1)).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))).isEqualTo(2);
    }
}

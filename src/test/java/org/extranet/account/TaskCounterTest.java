package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.ADDRESS_REQUEST;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.TaskCounts.CompanyUsers;
import org.extranet.address.AddressRequestData;
import org.extranet.address.DeliveryAddresses;
import org.extranet.base.UserStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class TaskCounterTest {

    @Autowired TaskCounter tasks;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired DeliveryAddresses addresses;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void an_administrator_counts_the_users_of_their_own_company_by_status() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        fixtures.user(company, "VIEW_PRICES");
        fixtures.userWithStatus(company, UserStatus.INVITED);
        fixtures.userWithStatus(company, UserStatus.INVITED);
        fixtures.userWithStatus(company, UserStatus.LOCKED);
        signIn.as(admin);

        var counts = tasks.myTaskCounts();

        assertThat(counts.companyUsers()).isEqualTo(new CompanyUsers(5, 2, 1));
        assertThat(counts.openAddressRequests()).as("address requests are the department's task").isNull();
    }

    @Test
    void another_companys_users_and_requests_never_count_for_an_administrator() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        long otherCompany = fixtures.company();
        String otherAdmin = fixtures.user(otherCompany, "MANAGE_USERS");
        fixtures.userWithStatus(otherCompany, UserStatus.INVITED);
        fixtures.userWithStatus(otherCompany, UserStatus.LOCKED);
        signIn.as(otherAdmin);
        addresses.requestAddress(otherCompany, warehouse());
        signIn.as(admin);

        var counts = tasks.myTaskCounts();

        assertThat(counts.companyUsers()).isEqualTo(new CompanyUsers(1, 0, 0));
        assertThat(counts.openAddressRequests()).isNull();
    }

    @Test
    void staff_count_the_open_address_requests_of_every_company() {
        signIn.as(fixtures.staff());
        int before = openRequests();
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        addresses.requestAddress(company, warehouse());
        signIn.as(fixtures.staff());

        var counts = tasks.myTaskCounts();

        assertThat(counts.openAddressRequests()).isEqualTo(before + 1).isEqualTo(openRequests());
        assertThat(counts.companyUsers()).as("staff belong to no company").isNull();
    }

    @Test
    void a_user_without_rights_gets_no_numbers() {
        long company = fixtures.company();
        fixtures.userWithStatus(company, UserStatus.INVITED);
        signIn.as(fixtures.user(company, "VIEW_PRICES", "PREPARE_QUOTES"));

        assertThat(tasks.myTaskCounts()).isEqualTo(new TaskCounts(null, null));
    }

    @Test
    void nobody_signed_in_is_refused() {
        assertThatThrownBy(() -> tasks.myTaskCounts()).isInstanceOf(AccessDeniedException.class);
    }

    private int openRequests() {
        return db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.STATUS.eq("OPEN"));
    }

    private static AddressRequestData warehouse() {
        return new AddressRequestData("Magazyn", "ul. Składowa 5", "90-001", "Łódź", "PL", null);
    }
}

package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.db.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class AddressRegistryTest {

    private static final PostalAddress WAREHOUSE = new PostalAddress("Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź", "PL");

    @Autowired AddressRegistry registry;
    @Autowired DeliveryAddresses addresses;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String staff;

    @BeforeEach
    void aCompanyAndAStaffMember() {
        company = fixtures.company();
        staff = fixtures.staff();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void staff_add_an_address_which_the_companys_administrator_then_sees_after_the_head_office() {
        signIn.as(staff);

        long id = registry.addAddress(company, new PostalAddress(" Magazyn Łódź ", "ul. Składowa 5", "90-001", "Łódź", "PL"));

        var listed = registry.companyAddresses(company);
        assertThat(listed.companyName()).isEqualTo(fixtures.companyName(company));
        assertThat(listed.headOffice())
                .isEqualTo(new PostalAddress(fixtures.companyName(company), "ul. Testowa 1", "00-001", "Warszawa", "PL"));
        assertThat(listed.deliveryAddresses()).containsExactly(new RegisteredAddress(id, WAREHOUSE));
        var event = events("DELIVERY_ADDRESS_ADDED").getFirst();
        assertThat(event.getOnBehalf()).isTrue();
        assertThat(event.getActorId()).isEqualTo(fixtures.userId(staff));
        assertThat(event.getBeforeState()).isNull();
        assertThat(event.getAfterState().data()).contains("\"addressId\": " + id, "\"name\": \"Magazyn Łódź\"");

        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThat(addresses.myAddressBook().deliveryAddresses()).containsExactly(WAREHOUSE);
    }

    @Test
    void staff_edit_an_address_with_before_and_after_on_record() {
        signIn.as(staff);
        long id = registry.addAddress(company, WAREHOUSE);

        registry.updateAddress(id, new PostalAddress("Magazyn Łódź", "ul. Składowa 7", "90-002", "Łódź", "PL"));

        assertThat(registry.companyAddresses(company).deliveryAddresses()).containsExactly(new RegisteredAddress(id,
                new PostalAddress("Magazyn Łódź", "ul. Składowa 7", "90-002", "Łódź", "PL")));
        var event = events("DELIVERY_ADDRESS_CHANGED").getFirst();
        assertThat(event.getOnBehalf()).isTrue();
        assertThat(event.getBeforeState().data()).contains("\"street\": \"ul. Składowa 5\"", "\"postalCode\": \"90-001\"");
        assertThat(event.getAfterState().data()).contains("\"street\": \"ul. Składowa 7\"", "\"postalCode\": \"90-002\"");
    }

    @Test
    void saving_an_address_unchanged_records_nothing() {
        signIn.as(staff);
        long id = registry.addAddress(company, WAREHOUSE);

        registry.updateAddress(id, new PostalAddress("Magazyn Łódź ", " ul. Składowa 5", "90-001", "Łódź", "PL"));

        assertThat(events("DELIVERY_ADDRESS_CHANGED")).isEmpty();
    }

    @Test
    void staff_remove_an_address_and_the_head_office_stays() {
        signIn.as(staff);
        long id = registry.addAddress(company, WAREHOUSE);

        registry.removeAddress(id);

        var listed = registry.companyAddresses(company);
        assertThat(listed.deliveryAddresses()).isEmpty();
        assertThat(listed.headOffice().name()).isEqualTo(fixtures.companyName(company));
        var event = events("DELIVERY_ADDRESS_REMOVED").getFirst();
        assertThat(event.getOnBehalf()).isTrue();
        assertThat(event.getBeforeState().data()).contains("\"addressId\": " + id, "\"city\": \"Łódź\"");
        assertThat(event.getAfterState()).isNull();
    }

    @Test
    void an_address_that_no_longer_exists_is_refused_with_a_clear_message() {
        signIn.as(staff);
        long id = registry.addAddress(company, WAREHOUSE);
        registry.removeAddress(id);

        assertThatThrownBy(() -> registry.updateAddress(id, WAREHOUSE)).isInstanceOfSatisfying(ConcurrentChange.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("registry.error.gone"));
        assertThatThrownBy(() -> registry.removeAddress(id)).isInstanceOf(ConcurrentChange.class);
        assertThat(events("DELIVERY_ADDRESS_CHANGED")).isEmpty();
        assertThat(events("DELIVERY_ADDRESS_REMOVED")).hasSize(1);
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_changes() {
        signIn.as(staff);
        long id = registry.addAddress(company, WAREHOUSE);

        assertThatThrownBy(() -> registry.addAddress(company, new PostalAddress("Magazyn", "ul. Polna 1", "90001", "Łódź", "PL")))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(AddressField.POSTAL_CODE);
                    assertThat(refused.messageKey()).isEqualTo("addresses.error.postal-code-pl");
                });
        assertThatThrownBy(() -> registry.updateAddress(id, new PostalAddress(" ", "ul. Polna 1", "90-001", "Łódź", "PL")))
                .isInstanceOfSatisfying(FieldRefusal.class,
                        refused -> assertThat(refused.field()).isEqualTo(AddressField.NAME));

        assertThat(registry.companyAddresses(company).deliveryAddresses()).containsExactly(new RegisteredAddress(id, WAREHOUSE));
        assertThat(events("DELIVERY_ADDRESS_ADDED")).hasSize(1);
    }

    @Test
    void the_head_office_is_the_companys_own_address_and_not_in_the_register() {
        signIn.as(staff);
        registry.addAddress(company, WAREHOUSE);
        db.update(COMPANY).set(COMPANY.CITY, "Kraków").where(COMPANY.ID.eq(company)).execute();

        var listed = registry.companyAddresses(company);

        assertThat(listed.headOffice().city()).isEqualTo("Kraków");
        assertThat(listed.deliveryAddresses()).extracting(row -> row.address().name()).containsExactly("Magazyn Łódź");
    }

    @Test
    void a_distributor_administrator_is_refused_for_their_own_and_another_company_and_each_attempt_audited() {
        signIn.as(staff);
        long ours = registry.addAddress(company, WAREHOUSE);
        long other = fixtures.company();
        long theirs = registry.addAddress(other, WAREHOUSE);
        String admin = fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);

        for (long target : List.of(company, other)) {
            assertThatThrownBy(() -> registry.companyAddresses(target)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registry.addAddress(target, WAREHOUSE)).isInstanceOf(AccessDeniedException.class);
        }
        for (long address : List.of(ours, theirs)) {
            assertThatThrownBy(() -> registry.updateAddress(address, new PostalAddress("Mine now", "ul. Polna 1",
                    "90-001", "Łódź", "PL"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> registry.removeAddress(address)).isInstanceOf(AccessDeniedException.class);
        }

        var refusals = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED"))).fetch();
        assertThat(refusals).extracting(event -> event.getAfterState().data()).containsExactlyInAnyOrder(
                "{\"attempted\": \"companyAddresses\"}", "{\"attempted\": \"companyAddresses\"}",
                "{\"attempted\": \"addAddress\"}", "{\"attempted\": \"addAddress\"}",
                "{\"attempted\": \"updateAddress\"}", "{\"attempted\": \"updateAddress\"}",
                "{\"attempted\": \"removeAddress\"}", "{\"attempted\": \"removeAddress\"}");
        assertThat(refusals).extracting(AuditEventRecord::getCompanyId)
                .containsOnly(company, other).filteredOn(id -> id == other).hasSize(4);
        assertThat(db.fetchCount(DELIVERY_ADDRESS, DELIVERY_ADDRESS.COMPANY_ID.in(company, other))).isEqualTo(2);
        assertThat(db.fetch(DELIVERY_ADDRESS, DELIVERY_ADDRESS.COMPANY_ID.in(company, other)))
                .extracting(row -> row.getName()).containsOnly("Magazyn Łódź");
    }

    private List<AuditEventRecord> events(String action) {
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.COMPANY_ID.eq(company).and(AUDIT_EVENT.ACTION.eq(action)))
                .orderBy(AUDIT_EVENT.ID).fetch();
    }
}

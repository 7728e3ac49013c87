package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.address.AddressTestData.warehouse;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import org.extranet.Fixtures;
import org.extranet.SignIn;
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
class DeliveryAddressesTest {

    private static final String DEPARTMENT = "dystrybutorzy@manufacturer.example";

    @Autowired DeliveryAddresses addresses;
    @Autowired AddressTestData data;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;
    String admin;

    @BeforeEach
    void aCompanyWithAnAdministrator() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_head_office_comes_first_then_the_registered_addresses_by_name() {
        data.register(company, "Oddział Gdańsk", "ul. Portowa 27", "80-601", "Gdańsk");
        data.register(company, "Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław");
        signIn.as(admin);

        var book = addresses.myAddressBook();

        assertThat(book.companyId()).isEqualTo(company);
        assertThat(book.headOffice())
                .isEqualTo(new PostalAddress(fixtures.companyName(company), "ul. Testowa 1", "00-001", "Warszawa", "PL"));
        assertThat(book.deliveryAddresses()).extracting(PostalAddress::name)
                .containsExactly("Magazyn Wrocław", "Oddział Gdańsk");
        assertThat(book.deliveryAddresses().getFirst())
                .isEqualTo(new PostalAddress("Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław", "PL"));
        assertThat(book.requests()).isEmpty();
    }

    @Test
    void another_companys_addresses_and_requests_are_never_shown() {
        long other = fixtures.company();
        data.register(other, "Other's warehouse", "ul. Obca 1", "00-950", "Warszawa");
        signIn.as(fixtures.user(other, "MANAGE_USERS"));
        addresses.requestAddress(other, new AddressRequestData("Other's new place", "ul. Obca 2", "00-950",
                "Warszawa", "PL", null));
        data.register(company, "Our warehouse", "ul. Nasza 1", "00-950", "Warszawa");
        signIn.as(admin);

        var book = addresses.myAddressBook();

        assertThat(book.headOffice().name()).isEqualTo(fixtures.companyName(company));
        assertThat(book.deliveryAddresses()).extracting(PostalAddress::name).containsExactly("Our warehouse");
        assertThat(book.requests()).isEmpty();
    }

    @Test
    void a_user_without_manage_users_is_refused_and_the_attempt_audited() {
        String user = fixtures.user(company, "VIEW_PRICES", "PLACE_ORDERS");
        signIn.as(user);

        assertThatThrownBy(() -> addresses.myAddressBook()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> addresses.requestAddress(company, warehouse())).isInstanceOf(AccessDeniedException.class);

        assertThat(refusals(user)).extracting(event -> event.getAfterState().data())
                .containsExactlyInAnyOrder("{\"attempted\": \"addressBook\"}", "{\"attempted\": \"requestAddress\"}");
        assertThat(refusals(user)).allSatisfy(event -> assertThat(event.getCompanyId()).isEqualTo(company));
        assertNothingRequested(company);
    }

    @Test
    void an_administrator_of_another_company_is_refused_and_the_attempt_audited() {
        String stranger = fixtures.user(fixtures.company(), "MANAGE_USERS");
        signIn.as(stranger);

        assertThatThrownBy(() -> addresses.addressBook(company)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> addresses.requestAddress(company, warehouse())).isInstanceOf(AccessDeniedException.class);

        assertThat(refusals(stranger)).hasSize(2)
                .allSatisfy(event -> assertThat(event.getCompanyId()).isEqualTo(company));
        assertNothingRequested(company);
    }

    @Test
    void staff_have_no_company_of_their_own_but_may_open_any_companys_addresses() {
        String staff = fixtures.staff();
        signIn.as(staff);

        assertThatThrownBy(() -> addresses.myAddressBook()).isInstanceOf(AccessDeniedException.class);
        assertThat(refusals(staff)).hasSize(1);
        assertThat(addresses.addressBook(company).headOffice().name()).isEqualTo(fixtures.companyName(company));
    }

    @Test
    void a_request_is_stored_open_mailed_to_the_department_and_audited() {
        signIn.as(admin);
        String companyName = fixtures.companyName(company);

        long id = addresses.requestAddress(company, new AddressRequestData("  Magazyn Łódź ", "ul. Składowa 5",
                "90-001", "Łódź", "PL", " Rozładunek od 7:00 do 15:00 "));

        var request = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(id)).fetchSingle();
        assertThat(request.getCompanyId()).isEqualTo(company);
        assertThat(request.getRequestedBy()).isEqualTo(fixtures.userId(admin));
        assertThat(request.getRequesterEmail()).isEqualTo(admin);
        assertThat(request.getName()).isEqualTo("Magazyn Łódź");
        assertThat(request.getPostalCode()).isEqualTo("90-001");
        assertThat(request.getCountryCode()).isEqualTo("PL");
        assertThat(request.getNote()).isEqualTo("Rozładunek od 7:00 do 15:00");
        assertThat(request.getStatus()).isEqualTo("OPEN");

        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.SUBJECT.contains(companyName)).fetchSingle();
        assertThat(mail.getRecipient()).isEqualTo(DEPARTMENT);
        assertThat(mail.getKind()).isEqualTo("ADDRESS_REQUEST");
        assertThat(mail.getLanguage()).isEqualTo("pl");
        assertThat(mail.getSubject()).isEqualTo("Prośba o adres dostawy od firmy " + companyName + " ("
                + db.fetchValue(COMPANY.CUSTOMER_NUMBER, COMPANY.ID.eq(company)) + ")");
        assertThat(mail.getTextBody()).startsWith("Dzień dobry,\n\n")
                .contains("(" + admin + ")", "Magazyn Łódź\nul. Składowa 5\n90-001 Łódź\nPolska (PL)",
                        "Uwagi: Rozładunek od 7:00 do 15:00", "Numer prośby: " + id);

        var event = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))
                .and(AUDIT_EVENT.ACTION.eq("ADDRESS_REQUESTED"))).fetchSingle();
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(event.getOnBehalf()).isFalse();
        assertThat(event.getAfterState().data()).contains("\"requestId\": " + id, "\"city\": \"Łódź\"");

        var row = addresses.myAddressBook().requests().getFirst();
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.status()).isEqualTo(AddressRequestStatus.OPEN);
        assertThat(row.requester()).startsWith("Test User-");
        assertThat(row.address()).isEqualTo(new PostalAddress("Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź", "PL"));
        assertThat(row.decisionReason()).isNull();
    }

    @Test
    void staff_request_on_the_companys_behalf() {
        String staff = fixtures.staff();
        signIn.as(staff);

        long id = addresses.requestAddress(company, warehouse());

        assertThat(db.fetchValue(ADDRESS_REQUEST.REQUESTED_BY, ADDRESS_REQUEST.ID.eq(id))).isEqualTo(fixtures.userId(staff));
        assertThat(db.fetchValue(AUDIT_EVENT.ON_BEHALF, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(staff))
                .and(AUDIT_EVENT.ACTION.eq("ADDRESS_REQUESTED")))).isTrue();
    }

    @Test
    void a_foreign_address_keeps_its_own_postal_code_and_an_empty_note_is_no_note() {
        signIn.as(admin);

        long id = addresses.requestAddress(company, new AddressRequestData("Lager Berlin", "Hafenstraße 3", "10115",
                "Berlin", "DE", "   "));

        var request = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(id)).fetchSingle();
        assertThat(request.getCountryCode()).isEqualTo("DE");
        assertThat(request.getNote()).isNull();
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_is_written() {
        signIn.as(admin);

        assertRefused(new AddressRequestData(" ", "ul. Składowa 5", "90-001", "Łódź", "PL", null),
                AddressField.NAME, "addresses.error.required");
        assertRefused(new AddressRequestData("x".repeat(201), "ul. Składowa 5", "90-001", "Łódź", "PL", null),
                AddressField.NAME, "addresses.error.too-long");
        assertRefused(new AddressRequestData("Magazyn", "ul. Składowa 5\nBCC: x", "90-001", "Łódź", "PL", null),
                AddressField.STREET, "addresses.error.characters");
        assertRefused(new AddressRequestData("Magazyn", "ul. Składowa 5", "90001", "Łódź", "PL", null),
                AddressField.POSTAL_CODE, "addresses.error.postal-code-pl");
        assertRefused(new AddressRequestData("Magazyn", "Main St 1", "<b>", "Springfield", "US", null),
                AddressField.POSTAL_CODE, "addresses.error.postal-code");
        assertRefused(new AddressRequestData("Magazyn", "ul. Składowa 5", "90-001", "", "PL", null),
                AddressField.CITY, "addresses.error.required");
        assertRefused(new AddressRequestData("Magazyn", "ul. Składowa 5", "90-001", "Łódź", "XX", null),
                AddressField.COUNTRY, "addresses.error.country");
        assertRefused(new AddressRequestData("Magazyn", "ul. Składowa 5", "90-001", "Łódź", "pl", null),
                AddressField.COUNTRY, "addresses.error.country");
        assertRefused(new AddressRequestData("Magazyn", "ul. Składowa 5", "90-001", "Łódź", "PL", "n".repeat(2001)),
                AddressField.NOTE, "addresses.error.too-long");

        assertNothingRequested(company);
    }

    private void assertRefused(AddressRequestData request, AddressField field, String messageKey) {
        assertThatThrownBy(() -> addresses.requestAddress(company, request))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                });
    }

    private void assertNothingRequested(long companyId) {
        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(companyId))).isZero();
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SUBJECT.contains(fixtures.companyName(companyId)))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(companyId)
                .and(AUDIT_EVENT.ACTION.eq("ADDRESS_REQUESTED")))).isZero();
    }

    private List<AuditEventRecord> refusals(String email) {
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED"))).fetch();
    }
}

package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.address.AddressTestData.warehouse;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.base.PageRequest;
import org.extranet.base.Refusal;
import org.extranet.db.tables.records.AuditEventRecord;
import org.extranet.db.tables.records.MailOutboxRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class AddressRequestInboxTest {

    @Autowired AddressRequestInbox inbox;
    @Autowired DeliveryAddresses addresses;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transaction;

    long company;
    String admin;
    String staff;

    @BeforeEach
    void anAdministratorAndAStaffMember() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS");
        staff = fixtures.staff();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long requested(String requester, AddressRequestData data) {
        signIn.as(requester);
        long id = addresses.requestAddress(company, data);
        signIn.as(staff);
        return id;
    }

    @Test
    void open_requests_of_all_companies_are_listed_oldest_first_with_company_and_requester() {
        long first = requested(admin, warehouse());
        long otherCompany = fixtures.company();
        signIn.as(fixtures.user(otherCompany, "MANAGE_USERS"));
        long second = addresses.requestAddress(otherCompany, new AddressRequestData("Lager Berlin", "Hafenstraße 3",
                "10115", "Berlin", "DE", null));
        signIn.as(staff);

        List<OpenAddressRequest> open = inbox.listOpenRequests(PageRequest.of(0, Integer.MAX_VALUE));

        assertThat(open).extracting(OpenAddressRequest::id).containsSubsequence(first, second);
        var mine = open.stream().filter(row -> row.id() == first).findFirst().orElseThrow();
        assertThat(mine.companyId()).isEqualTo(company);
        assertThat(mine.companyName()).isEqualTo(fixtures.companyName(company));
        assertThat(mine.requester()).startsWith("Test User-");
        assertThat(mine.address()).isEqualTo(new PostalAddress("Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź", "PL"));
        assertThat(mine.note()).isEqualTo("Rozładunek od 7:00 do 15:00");
        assertThat(inbox.countOpenRequests()).isEqualTo(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.STATUS.eq("OPEN")));
        int index = open.indexOf(mine);
        assertThat(inbox.listOpenRequests(PageRequest.of(index, 1))).containsExactly(mine);
    }

    @Test
    void accepting_registers_the_edited_address_and_mails_the_requester_in_their_language() {
        db.update(APP_USER).set(APP_USER.LANGUAGE, "pl").where(APP_USER.EMAIL.eq(admin)).execute();
        long id = requested(admin, warehouse());

        long addressId = inbox.acceptRequest(id, new PostalAddress("Magazyn Łódź", "ul. Składowa 5", "90-001",
                "Łódź-Widzew", "PL"));

        var request = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(id)).fetchSingle();
        assertThat(request.getStatus()).isEqualTo("ACCEPTED");
        assertThat(request.getDeliveryAddressId()).isEqualTo(addressId);
        assertThat(request.getDecidedBy()).isEqualTo(fixtures.userId(staff));
        assertThat(request.getDecidedAt()).isNotNull();
        assertThat(request.getCity()).as("the request keeps what was asked for").isEqualTo("Łódź");
        assertThat(inbox.listOpenRequests(PageRequest.of(0, Integer.MAX_VALUE))).extracting(OpenAddressRequest::id).doesNotContain(id);

        var mail = mailTo(admin);
        assertThat(mail.getKind()).isEqualTo("ADDRESS_REQUEST_ACCEPTED");
        assertThat(mail.getLanguage()).isEqualTo("pl");
        assertThat(mail.getSubject()).isEqualTo("Zarejestrowano adres dostawy: Magazyn Łódź");
        assertThat(mail.getTextBody()).startsWith("Dzień dobry Test,\n\n")
                .contains("Magazyn Łódź\nul. Składowa 5\n90-001 Łódź-Widzew\nPolska");
        assertThat(events("ADDRESS_REQUEST_ACCEPTED")).singleElement().satisfies(event -> {
            assertThat(event.getOnBehalf()).isTrue();
            assertThat(event.getBeforeState().data()).contains("\"status\": \"OPEN\"");
            assertThat(event.getAfterState().data()).contains("\"status\": \"ACCEPTED\"", "\"addressId\": " + addressId);
        });
        assertThat(events("DELIVERY_ADDRESS_ADDED")).hasSize(1);

        signIn.as(admin);
        var book = addresses.myAddressBook();
        assertThat(book.deliveryAddresses()).containsExactly(
                new PostalAddress("Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź-Widzew", "PL"));
        assertThat(book.requests()).singleElement().extracting(AddressRequestRow::status)
                .isEqualTo(AddressRequestStatus.ACCEPTED);
    }

    @Test
    void an_english_requester_is_mailed_in_english() {
        long id = requested(admin, warehouse());

        inbox.acceptRequest(id, warehouse().address());

        var mail = mailTo(admin);
        assertThat(mail.getLanguage()).isEqualTo("en");
        assertThat(mail.getSubject()).isEqualTo("Delivery address registered: Magazyn Łódź");
        assertThat(mail.getTextBody()).startsWith("Hello Test,\n\n").contains("90-001 Łódź\nPoland");
    }

    @Test
    void rejecting_needs_a_reason_which_the_requester_reads_in_the_mail_and_on_the_page() {
        long id = requested(admin, warehouse());

        assertThatThrownBy(() -> inbox.rejectRequest(id, "  ")).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("addresses.error.required"));
        assertThatThrownBy(() -> inbox.rejectRequest(id, "x".repeat(2001))).isInstanceOfSatisfying(
                Refusal.class, refused -> assertThat(refused.messageKey()).isEqualTo("addresses.error.too-long"));
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(id))).isEqualTo("OPEN");
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(admin))).isZero();

        inbox.rejectRequest(id, " We do not deliver to Łódź. ");

        var request = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(id)).fetchSingle();
        assertThat(request.getStatus()).isEqualTo("REJECTED");
        assertThat(request.getDecisionReason()).isEqualTo("We do not deliver to Łódź.");
        assertThat(request.getDeliveryAddressId()).isNull();
        var mail = mailTo(admin);
        assertThat(mail.getKind()).isEqualTo("ADDRESS_REQUEST_REJECTED");
        assertThat(mail.getSubject()).isEqualTo("Delivery address request rejected: Magazyn Łódź");
        assertThat(mail.getTextBody()).contains("Reason: We do not deliver to Łódź.");
        assertThat(events("ADDRESS_REQUEST_REJECTED")).singleElement()
                .satisfies(event -> assertThat(event.getAfterState().data()).contains("\"reason\": \"We do not deliver to Łódź.\""));
        assertThat(events("DELIVERY_ADDRESS_ADDED")).isEmpty();

        signIn.as(admin);
        var row = addresses.myAddressBook().requests().getFirst();
        assertThat(row.status()).isEqualTo(AddressRequestStatus.REJECTED);
        assertThat(row.decisionReason()).isEqualTo("We do not deliver to Łódź.");
    }

    @Test
    void a_bad_address_on_accepting_is_refused_at_its_field_and_the_request_stays_open() {
        long id = requested(admin, warehouse());

        assertThatThrownBy(() -> inbox.acceptRequest(id, new PostalAddress("Magazyn Łódź", "ul. Składowa 5", "90001",
                "Łódź", "PL"))).isInstanceOfSatisfying(FieldRefusal.class,
                refused -> assertThat(refused.field()).isEqualTo(AddressField.POSTAL_CODE));

        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(id))).isEqualTo("OPEN");
        assertThat(events("DELIVERY_ADDRESS_ADDED")).isEmpty();
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(admin))).isZero();
    }

    @Test
    void a_request_is_decided_once() {
        long accepted = requested(admin, warehouse());
        long rejected = requested(admin, warehouse());
        inbox.acceptRequest(accepted, warehouse().address());
        inbox.rejectRequest(rejected, "Duplicate.");

        for (long id : List.of(accepted, rejected)) {
            assertThatThrownBy(() -> inbox.acceptRequest(id, warehouse().address()))
                    .isInstanceOfSatisfying(ConcurrentChange.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("inbox.error.already-decided"));
            assertThatThrownBy(() -> inbox.rejectRequest(id, "Changed my mind."))
                    .isInstanceOf(ConcurrentChange.class);
        }

        assertThat(events("DELIVERY_ADDRESS_ADDED")).hasSize(1);
        assertThat(db.fetchValue(ADDRESS_REQUEST.DECISION_REASON, ADDRESS_REQUEST.ID.eq(rejected))).isEqualTo("Duplicate.");
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(admin))).isEqualTo(2);
    }

    @Test
    void when_two_staff_decide_at_once_the_second_waits_and_is_told_it_was_decided() throws Exception {
        long id = requested(admin, warehouse());
        String colleague = fixtures.staff();
        var started = new CompletableFuture<Void>();

        CompletableFuture<Object> second = transaction.execute(status -> {
            inbox.acceptRequest(id, warehouse().address());
            // The colleague rejects while this acceptance is still uncommitted: their call must wait for it.
            var rejecting = CompletableFuture.supplyAsync(() -> {
                signIn.as(colleague);
                started.complete(null);
                try {
                    inbox.rejectRequest(id, "Too far.");
                    return (Object) "rejected";
                } catch (RuntimeException refused) {
                    return refused;
                } finally {
                    signIn.out();
                }
            });
            started.join();
            waitUntilSomeoneWaitsForALock();
            assertThat(rejecting).as("the colleague waits for this transaction to end").isNotDone();
            return rejecting;
        });

        assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ConcurrentChange.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("inbox.error.already-decided"));
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(id))).isEqualTo("ACCEPTED");
        assertThat(events("ADDRESS_REQUEST_REJECTED")).isEmpty();
    }

    @Test
    void a_request_whose_requester_was_deleted_can_still_be_decided_without_mail() {
        String formerAdmin = fixtures.user(company, "MANAGE_USERS");
        long accepted = requested(formerAdmin, warehouse());
        long rejected = requested(formerAdmin, warehouse());
        db.deleteFrom(APP_USER).where(APP_USER.EMAIL.eq(formerAdmin)).execute();

        assertThat(inbox.listOpenRequests(PageRequest.of(0, Integer.MAX_VALUE))).filteredOn(row -> row.id() == accepted)
                .singleElement().extracting(OpenAddressRequest::requester).isEqualTo(formerAdmin);
        inbox.acceptRequest(accepted, warehouse().address());
        inbox.rejectRequest(rejected, "Duplicate.");

        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(accepted))).isEqualTo("ACCEPTED");
        assertThat(db.fetchValue(ADDRESS_REQUEST.STATUS, ADDRESS_REQUEST.ID.eq(rejected))).isEqualTo("REJECTED");
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(formerAdmin)
                .and(MAIL_OUTBOX.KIND.like("ADDRESS_REQUEST_%")))).isZero();
    }

    @Test
    void a_distributor_administrator_cannot_use_the_inbox_for_their_own_or_another_companys_request() {
        long ours = requested(admin, warehouse());
        long other = fixtures.company();
        signIn.as(fixtures.user(other, "MANAGE_USERS"));
        long theirs = addresses.requestAddress(other, warehouse());
        signIn.as(admin);

        assertThatThrownBy(() -> inbox.listOpenRequests(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.countOpenRequests()).isInstanceOf(AccessDeniedException.class);
        for (long id : List.of(ours, theirs)) {
            assertThatThrownBy(() -> inbox.acceptRequest(id, warehouse().address())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inbox.rejectRequest(id, "No.")).isInstanceOf(AccessDeniedException.class);
        }

        var refusals = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(admin))
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED"))).orderBy(AUDIT_EVENT.ID).fetch();
        assertThat(refusals).extracting(event -> event.getAfterState().data()).containsExactly(
                "{\"attempted\": \"listOpenRequests\"}", "{\"attempted\": \"countOpenRequests\"}",
                "{\"attempted\": \"acceptRequest\"}", "{\"attempted\": \"rejectRequest\"}",
                "{\"attempted\": \"acceptRequest\"}", "{\"attempted\": \"rejectRequest\"}");
        assertThat(refusals).extracting(AuditEventRecord::getCompanyId).containsExactly(null, null, company, company,
                other, other);
        assertThat(db.fetch(ADDRESS_REQUEST, ADDRESS_REQUEST.ID.in(ours, theirs)))
                .extracting(request -> request.getStatus()).containsOnly("OPEN");
    }

    /** Until PostgreSQL shows a session waiting for a lock another one holds (pg_locks is live, not a snapshot). */
    private void waitUntilSomeoneWaitsForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (db.fetchCount(DSL.table("pg_locks"), DSL.field("granted").isFalse()) == 0) {
            assertThat(System.nanoTime()).as("a session waits for the lock within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private MailOutboxRecord mailTo(String email) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(email)).fetchSingle();
    }

    private List<AuditEventRecord> events(String action) {
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.COMPANY_ID.eq(company).and(AUDIT_EVENT.ACTION.eq(action)))
                .orderBy(AUDIT_EVENT.ID).fetch();
    }
}

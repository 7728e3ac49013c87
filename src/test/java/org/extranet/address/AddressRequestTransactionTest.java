package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.address.AddressTestData.warehouse;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog;
import org.extranet.mail.Outbox;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

/** A request, its mail and its audit event exist together or not at all. */
@SpringBootTest
class AddressRequestTransactionTest {

    @MockitoSpyBean Outbox outbox;
    @MockitoSpyBean AuditLog audit;
    @Autowired DeliveryAddresses addresses;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;

    @BeforeEach
    void anAdministratorSignedIn() {
        company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** The spy behind the transactional proxy: stubbing through the proxy would start its transaction rules. */
    private static <T> T spied(T proxy) {
        return AopTestUtils.getUltimateTargetObject(proxy);
    }

    @Test
    void when_the_mail_cannot_be_queued_no_request_is_stored() {
        doThrow(new IllegalStateException("outbox unavailable")).when(spied(outbox)).queue(any());

        assertThatThrownBy(() -> addresses.requestAddress(company, warehouse())).hasMessage("outbox unavailable");

        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isZero();
    }

    @Test
    void when_the_audit_event_cannot_be_written_neither_request_nor_mail_remain() {
        doThrow(new IllegalStateException("audit unavailable")).when(spied(audit))
                .record(any(), eq(AuditAction.ADDRESS_REQUESTED), any(), any(), any(), any());

        assertThatThrownBy(() -> addresses.requestAddress(company, warehouse())).hasMessage("audit unavailable");

        assertThat(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.COMPANY_ID.eq(company))).isZero();
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SUBJECT.contains(fixtures.companyName(company)))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(company)
                .and(AUDIT_EVENT.ACTION.eq("ADDRESS_REQUESTED")))).isZero();
    }
}

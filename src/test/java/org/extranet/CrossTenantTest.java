package org.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.extranet.account.Language;
import org.extranet.address.AddressRequestData;
import org.extranet.address.DeliveryAddresses;
import org.extranet.audit.AuditQuery;
import org.extranet.audit.AuditTrail;
import org.extranet.company.CompanyAdministration;
import org.extranet.company.CompanyData;
import org.extranet.company.CompanyDirectory;
import org.extranet.company.CompanyLogoService;
import org.extranet.mail.SentMailService;
import org.extranet.quote.QuoteDraft;
import org.extranet.quote.QuoteService;
import org.extranet.quote.VatRate;
import org.extranet.user.UserAdministration;
import org.extranet.user.UserData;
import org.extranet.user.UserListQuery;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cross-tenant matrix: a distributor administrator with every permission calls every service
 * action with another company's ids (and every staff-only action at all). Each call must be
 * refused, change nothing, and leave a refusal in the audit log.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired UserAdministration users;
    @Autowired CompanyAdministration companies;
    @Autowired CompanyDirectory directory;
    @Autowired CompanyLogoService logos;
    @Autowired DeliveryAddresses addresses;
    @Autowired QuoteService quotes;
    @Autowired AuditTrail auditTrail;
    @Autowired SentMailService sentMail;

    long ownCompany;
    String intruder;
    long otherCompany;
    long otherUser;
    long otherQuote;
    String otherCompanyState;

    @BeforeAll
    void twoCompanies() {
        ownCompany = fixtures.company();
        intruder = fixtures.user(ownCompany, Fixtures.ALL_PERMISSIONS.toArray(String[]::new));
        otherCompany = fixtures.company();
        otherUser = fixtures.userId(fixtures.user(otherCompany, "VIEW_PRICES"));
        String otherQuoter = fixtures.user(otherCompany, "PREPARE_QUOTES");
        signIn.as(otherQuoter);
        otherQuote = quotes.create(new QuoteDraft("Klient Końcowy", "ul. Krótka 1", "00-950", "Warszawa",
                List.of(new QuoteDraft.Line("Pompa", BigDecimal.ONE, new BigDecimal("100.00"), VatRate.RATE_23))));
        signIn.out();
        otherCompanyState = state();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Everything about the other company a refused call could have changed. */
    private String state() {
        return db.select(APP_USER.STATUS, APP_USER.VERSION, APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.COMPANY_ID.eq(otherCompany)).orderBy(APP_USER.ID).fetch().formatJSON()
                + db.selectFrom(COMPANY).where(COMPANY.ID.eq(otherCompany)).fetch().formatJSON()
                + db.selectFrom(COMPANY_PERMISSION).where(COMPANY_PERMISSION.COMPANY_ID.eq(otherCompany))
                .orderBy(COMPANY_PERMISSION.PERMISSION_CODE).fetch().formatJSON();
    }

    private int refusalsOf(long actorId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(actorId).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")));
    }

    @TestFactory
    Stream<DynamicTest> an_administrator_reaching_into_another_company_is_refused_and_audited_every_time() {
        var userData = new UserData(Fixtures.unique("x") + "@example.com", "Jan", "Obcy", null, Language.PL, Set.of());
        var companyData = new CompanyData("Przejęta", Fixtures.unique("D"), null, "ul. Obca 1", "00-001", "Warszawa", "PL");
        var addressData = new AddressRequestData("Magazyn", "ul. Obca 2", "00-001", "Warszawa", "PL", null);
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("list another company's users", () -> users.listUsers(
                new UserListQuery(otherCompany, null, null, List.of(), 0, 10)));
        calls.put("count another company's users", () -> users.countUsers(
                new UserListQuery(otherCompany, null, null, List.of(), 0, 10)));
        calls.put("see what another company may grant", () -> users.grantablePermissions(otherCompany));
        calls.put("open another company's user", () -> users.userForEdit(otherUser));
        calls.put("create a user in another company", () -> users.createUser(otherCompany, userData, true));
        calls.put("edit another company's user", () -> users.updateUser(otherUser, 0, userData));
        calls.put("lock another company's user", () -> users.lockUser(otherUser));
        calls.put("unlock another company's user", () -> users.unlockUser(otherUser));
        calls.put("delete another company's user", () -> users.deleteUser(otherUser));
        calls.put("invite another company's user", () -> users.sendInvitation(otherUser));
        calls.put("open another company for editing", () -> companies.companyForEdit(otherCompany));
        calls.put("edit another company", () -> companies.updateCompany(otherCompany, 0, companyData));
        calls.put("grant an entitlement", () -> companies.grantEntitlement(ownCompany, "PLACE_ORDERS"));
        calls.put("revoke another company's entitlement", () -> companies.revokeEntitlement(otherCompany, "VIEW_PRICES"));
        calls.put("count holders of a permission", () -> companies.holdersOf(otherCompany, "VIEW_PRICES"));
        calls.put("register a company", () -> companies.createCompany(companyData));
        calls.put("read the permission catalogue as staff", () -> companies.permissionCatalogue());
        calls.put("browse companies", () -> directory.findCompanies("", 0, 10));
        calls.put("count companies", () -> directory.countCompanies(""));
        calls.put("look up another company", () -> directory.company(otherCompany));
        calls.put("see another company's logo", () -> logos.logo(otherCompany));
        calls.put("replace another company's logo", () -> logos.replaceLogo(otherCompany, "logo.png", "image/png", new byte[] {1}));
        calls.put("remove another company's logo", () -> logos.removeLogo(otherCompany));
        calls.put("read another company's addresses", () -> addresses.addressBook(otherCompany));
        calls.put("request an address for another company", () -> addresses.requestAddress(otherCompany, addressData));
        calls.put("open another company's quote", () -> quotes.quote(otherQuote));
        calls.put("download another company's quote", () -> quotes.pdf(otherQuote, Locale.ENGLISH));
        calls.put("read another company's audit log", () -> auditTrail.list(AuditQuery.of(otherCompany)));
        calls.put("count another company's audit log", () -> auditTrail.count(AuditQuery.of(otherCompany)));
        calls.put("read every company's audit log", () -> auditTrail.list(AuditQuery.of(null)));
        calls.put("read the outbox", () -> sentMail.list("", null, 0, 10, List.of()));
        calls.put("read a mail", () -> sentMail.message(1));
        calls.put("send a mail again", () -> sentMail.sendAgain(1));
        return calls.entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey(), () -> {
            signIn.as(intruder);
            int before = refusalsOf(fixtures.userId(intruder));

            assertThatThrownBy(call.getValue()::run).isInstanceOf(AccessDeniedException.class);

            assertThat(refusalsOf(fixtures.userId(intruder))).isEqualTo(before + 1);
            assertThat(state()).isEqualTo(otherCompanyState);
        }));
    }
}

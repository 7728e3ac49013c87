package org.extranet;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;
import static org.extranet.db.Tables.PASSKEY;
import static org.extranet.db.Tables.QUOTE;
import static org.extranet.db.Tables.USER_SESSION;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.extranet.account.TaskCounter;
import org.extranet.account.TaskCounts;
import org.extranet.address.AddressRegistry;
import org.extranet.address.AddressRequestData;
import org.extranet.address.AddressRequestInbox;
import org.extranet.address.DeliveryAddresses;
import org.extranet.address.PostalAddress;
import org.extranet.audit.AuditQuery;
import org.extranet.audit.AuditTrail;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.company.CompanyAdministration;
import org.extranet.company.CompanyData;
import org.extranet.company.CompanyDirectory;
import org.extranet.company.CompanyEntitlements;
import org.extranet.company.CompanyLogoService;
import org.extranet.mail.LinkHelp;
import org.extranet.mail.SentMailService;
import org.extranet.passkey.MyPasskeys;
import org.extranet.quote.QuoteDraft;
import org.extranet.quote.QuoteService;
import org.extranet.quote.VatRate;
import org.extranet.secondfactor.SecondFactorPolicy;
import org.extranet.session.MySessions;
import org.extranet.session.UserSessions;
import org.extranet.staff.StaffAccounts;
import org.extranet.user.BulkAction;
import org.extranet.user.BulkOutcome;
import org.extranet.user.BulkProgress;
import org.extranet.user.BulkTarget;
import org.extranet.user.BulkUserActions;
import org.extranet.user.PermissionChanges;
import org.extranet.user.SignInSupport;
import org.extranet.user.UserAdministration;
import org.extranet.user.UserData;
import org.extranet.user.UserDirectory;
import org.extranet.user.UserExport;
import org.extranet.user.UserListQuery;
import org.extranet.user.csv.ImportChoices;
import org.extranet.user.csv.ImportFile;
import org.extranet.user.csv.ImportRow;
import org.extranet.user.csv.UserImport;
import org.extranet.user.csv.UserImportCheck;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.extranet.application.ApplicationData;
import org.extranet.application.Applications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cross-tenant matrix: a distributor administrator with every permission calls every service
 * action with another company's ids (and every staff-only action at all). Each call must be
 * refused, change nothing, and leave a refusal in the audit log. "Every" is checked: the public
 * methods of the service beans are found by reflection ({@link ServiceActions}), and each must be
 * reached by a case here or be on {@link #ALLOWED} with the reason it takes no company's ids.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTest {

    /**
     * Public service methods with no case here, because they take no id of a company's data: the
     * acting user's own account and company, a one-time link's token, sign-in, start-up, and the
     * building blocks other services call inside their own transaction after their own checks.
     */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            entry("AccountService.myAccount()", "the acting user's own account"),
            entry("AccountService.myLanguage()", "the acting user's own language"),
            entry("AccountService.changeLanguage(Language)", "the acting user's own language"),
            entry("AccountService.changeColorScheme(ColorSchemeChoice)", "the acting user's own colour scheme"),
            entry("MySessions.mySessions()", "the acting user's own sessions"),
            entry("MySessions.signOutEverywhereElse()", "the acting user's own sessions"),
            entry("RecentSignIn.require()", "the acting user's own sign-in, as kept in their session"),
            entry("RecentSignIn.confirmWithPassword(String)", "the acting user's own password"),
            entry("MyPasskeys.myPasskeys()", "the acting user's own passkeys"),
            entry("MyPasskeys.nameForNewPasskey(String)", "checks a name only; the passkey is made for the acting user"),
            entry("PasskeyUsers.findById(Bytes)", "Spring Security's WebAuthn ceremonies: the passkey itself proves the user"),
            entry("PasskeyUsers.findByUsername(String)", "Spring Security's WebAuthn ceremonies, for the signed-in user"),
            entry("PasskeyUsers.save(PublicKeyCredentialUserEntity)",
                    "Spring Security's WebAuthn ceremonies: the signed-in user's handle, made at their first passkey"),
            entry("PasskeyUsers.delete(Bytes)", "Spring Security's storage interface; no endpoint or action calls it"),
            entry("PasskeyCredentials.save(CredentialRecord)",
                    "Spring Security's WebAuthn ceremonies: a passkey registered by the signed-in user, or just used to sign in"),
            entry("PasskeyCredentials.findByCredentialId(Bytes)", "Spring Security's WebAuthn ceremonies"),
            entry("PasskeyCredentials.findByUserId(Bytes)", "Spring Security's WebAuthn ceremonies, for the signed-in user"),
            entry("PasskeyCredentials.delete(Bytes)",
                    "Spring Security's storage interface; its DELETE endpoint is closed (passkeys go through MyPasskeys)"),
            entry("PasswordChange.changePassword(String,String,String)", "the acting user's own password"),
            entry("PasswordReset.linkValidity()", "a setting"),
            entry("PasswordReset.requestPasswordReset(String,String)",
                    "signed out, by e-mail address, with the same answer whether it has an account or not"),
            entry("PasswordLinks.check(String)", "the one-time link's token is the right to use it"),
            entry("PasswordLinks.setPassword(String,String,String)", "the one-time link's token is the right to use it"),
            entry("PasswordLinks.issue(long,TokenPurpose)",
                    "Propagation.MANDATORY: only inside the transaction of an action that checked the rights"),
            entry("PasswordLinks.reserve(long,TokenPurpose)",
                    "Propagation.MANDATORY: only inside the transaction of an action that checked the rights"),
            entry("PasswordLinks.voidUnused(long)",
                    "Propagation.MANDATORY: only inside the transaction of an action that checked the rights"),
            entry("PasswordLinks.activate(long)",
                    "the outbox sender's, as a mail goes out: the token of a link an action reserved goes into that mail only"),
            entry("LinkHelp.delivery()", "a setting"),
            entry("UserDirectory.myCompany()", "the acting administrator's own company"),
            entry("TaskCounter.myTaskCounts()",
                    "the acting administrator's own company, or every company's requests for staff (the case below)"),
            entry("CompanyLogoService.myCompanyId()", "the acting user's own company"),
            entry("DeliveryAddresses.myAddressBook()", "the acting user's own company"),
            entry("QuoteService.list(PageRequest)", "the acting user's own company's quotes"),
            entry("QuoteService.count()", "the acting user's own company's quotes"),
            entry("QuoteService.create(QuoteDraft)", "always in the acting user's own company"),
            entry("AuditTrail.scope(Long)",
                    "an administrator always gets their own company, whatever id is asked for (AuditTrailTest)"),
            entry("AuditLog.record(Actor,AuditAction,Long,Subject,Map,Map)",
                    "Propagation.MANDATORY: written by an action, after its checks, in its transaction"),
            entry("AuditLog.refused(Actor,String,Long,Subject)", "written by the checks themselves"),
            entry("Outbox.queue(Mail)", "Propagation.MANDATORY: mail queued by an action in its transaction"),
            entry("OutboxBacklog.health()", "counts of the whole outbox for operators, no company's data; details for staff only"),
            entry("OutboxBacklog.bindTo(MeterRegistry)", "counts of the whole outbox as Prometheus gauges, no company's data"),
            entry("Actors.current()", "the signed-in user"),
            entry("Actors.byId(long)", "the user a one-time link proved; called by the link and reset services"),
            entry("SignInAccounts.loadUserByUsername(String)", "Spring Security's look-up when signing in"),
            entry("SignInThrottle.reserve(String,String)", "sign-in, before anyone is signed in"),
            entry("SignInThrottle.release(String,String)", "sign-in, before anyone is signed in"),
            entry("SignInThrottle.blockedUntil(String)", "sign-in, before anyone is signed in"),
            entry("SignInThrottle.failed(String,String)", "sign-in, before anyone is signed in"),
            entry("SignInThrottle.succeeded(String,String)", "sign-in, before anyone is signed in"),
            entry("SignInThrottle.clear(String)",
                    "called by SignInSupport.liftSignInBlock after its check, which a case here tries"),
            entry("DemoData.run(ApplicationArguments)", "start-up of the zero-setup run"),
            entry("FirstStaffCreation.createIfNoStaff(FirstStaff)",
                    "start-up, on the operator's setting: a staff account with no company, only while there is no staff"),
            entry("AuditLog.recordBySetting(String,AuditAction,Subject,Map)",
                    "Propagation.MANDATORY: written by a start-up change an operator's setting asked for, in its transaction"),
            entry("Actors.find(long)", "the actor behind a security event, read by the event's listener"),
            entry("Actors.withEmail(String)", "the account a sign-in event names, read by the event's listener"),
            entry("AuditLog.signIn(AuditAction,Long,String,Long,Subject,String,Map)",
                    "written by the sign-in event listeners, for the account the event names"),
            entry("Actors.signingIn()", "the signed-in user, in the second step of signing in"),
            entry("SignInThrottle.reserveCode(long)", "called by the second-factor actions for the acting user's own account"),
            entry("SignInThrottle.codeFailed(long,String)", "called by the second-factor actions for the acting user's own account"),
            entry("SignInThrottle.codeAccepted(long)", "called by the second-factor actions for the acting user's own account"),
            entry("SecondFactors.authenticatorSince(long)",
                    "Propagation.MANDATORY: read inside SignInSupport.signInHelp after its check, which a case here tries"),
            entry("SecondFactors.hasPasskey(long)",
                    "Propagation.MANDATORY: read inside SecondFactorSignIn.signInStep, for the acting user's own sign-in"),
            entry("SecondFactors.secondFactorSince(long)",
                    "Propagation.MANDATORY: read inside SignInSupport.signInHelp after its check, which a case here tries"),
            entry("SecondFactors.removeAll(long)",
                    "Propagation.MANDATORY: called by SignInSupport.removeSecondFactor after its check, which a case here tries"),
            entry("AuthenticatorEnrolment.startEnrolment()", "the acting user's own authenticator app"),
            entry("AuthenticatorEnrolment.confirmEnrolment(String)", "the acting user's own authenticator app"),
            entry("SecondFactorSignIn.signInStep()", "the acting user's own second step of signing in"),
            entry("SecondFactorSignIn.verifyCode(String)", "the acting user's own second step of signing in"),
            entry("SecondFactorSignIn.useRecoveryCode(String)", "the acting user's own second step of signing in"),
            entry("SecondFactorAccount.mySecondFactor()", "the acting user's own second factor"),
            entry("SecondFactorAccount.newRecoveryCodes()", "the acting user's own recovery codes"),
            entry("SecondFactorAccount.removeMyAuthenticator(String)", "the acting user's own second factor"),
            entry("BackChannelLogout.executeRecurringly(TaskInstance,ExecutionContext)",
                    "scheduled work: delivers the logout outbox, which actions fill after their own checks"),
            entry("SessionCleanup.executeRecurringly(TaskInstance,ExecutionContext)",
                    "scheduled work: deletes every company's session records unused for longer than they are kept"));


    private static final BulkProgress UNWATCHED = new BulkProgress() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void taken(BulkOutcome outcome, int taken, int planned) {
        }
    };

    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired UserAdministration users;
    @Autowired UserDirectory userDirectory;
    @Autowired SignInSupport signInSupport;
    @Autowired PermissionChanges permissionChanges;
    @Autowired BulkUserActions bulk;
    @Autowired CompanyAdministration companies;
    @Autowired CompanyEntitlements entitlements;
    @Autowired CompanyDirectory directory;
    @Autowired CompanyLogoService logos;
    @Autowired DeliveryAddresses addresses;
    @Autowired QuoteService quotes;
    @Autowired AuditTrail auditTrail;
    @Autowired SentMailService sentMail;
    @Autowired LinkHelp linkHelp;
    @Autowired AddressRegistry registry;
    @Autowired AddressRequestInbox inbox;
    @Autowired TaskCounter tasks;
    @Autowired MySessions mySessions;
    @Autowired UserSessions userSessions;
    @Autowired SecondFactorPolicy secondFactorPolicy;
    @Autowired MyPasskeys myPasskeys;
    @Autowired StaffAccounts staffAccounts;
    @Autowired UserExport userExport;
    @Autowired UserImportCheck importCheck;
    @Autowired UserImport userImport;
    @Autowired Applications applications;

    long ownCompany;
    String intruder;
    long otherCompany;
    long otherUser;
    long otherQuote;
    long otherAddress;
    long otherAddressRequest;
    long otherSession;
    long otherPasskey;
    String otherCompanyState;

    @BeforeAll
    void twoCompanies() {
        ownCompany = fixtures.company();
        intruder = fixtures.user(ownCompany, Fixtures.ALL_PERMISSIONS.toArray(String[]::new));
        otherCompany = fixtures.company();
        String otherUserEmail = fixtures.user(otherCompany, "VIEW_PRICES");
        otherUser = fixtures.userId(otherUserEmail);
        otherSession = fixtures.session(otherUserEmail, "Firefox", "Windows", "198.51.100.1");
        otherPasskey = fixtures.passkey(otherUserEmail, "Telefon");
        String otherQuoter = fixtures.user(otherCompany, "PREPARE_QUOTES");
        signIn.as(otherQuoter);
        otherQuote = quotes.create(new QuoteDraft("Klient Końcowy", "ul. Krótka 1", "00-950", "Warszawa",
                List.of(new QuoteDraft.Line("Pompa", BigDecimal.ONE, new BigDecimal("100.00"), VatRate.RATE_23))));
        signIn.as(fixtures.user(otherCompany, "MANAGE_USERS"));
        otherAddressRequest = addresses.requestAddress(otherCompany,
                new AddressRequestData("Magazyn", "ul. Długa 3", "00-950", "Warszawa", "PL", null));
        signIn.as(fixtures.staff());
        otherAddress = registry.addAddress(otherCompany, new PostalAddress("Skład", "ul. Szeroka 4", "00-950",
                "Warszawa", "PL"));
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
                .orderBy(COMPANY_PERMISSION.PERMISSION_CODE).fetch().formatJSON()
                + db.selectFrom(DELIVERY_ADDRESS).where(DELIVERY_ADDRESS.COMPANY_ID.eq(otherCompany))
                .orderBy(DELIVERY_ADDRESS.ID).fetch().formatJSON()
                + db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.COMPANY_ID.eq(otherCompany))
                .orderBy(ADDRESS_REQUEST.ID).fetch().formatJSON()
                + db.selectFrom(QUOTE).where(QUOTE.COMPANY_ID.eq(otherCompany)).orderBy(QUOTE.ID).fetch().formatJSON()
                + db.select(USER_SESSION.ID, USER_SESSION.ENDED_AT).from(USER_SESSION)
                .where(USER_SESSION.USER_ID.in(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.COMPANY_ID.eq(otherCompany))))
                .orderBy(USER_SESSION.ID).fetch().formatJSON()
                + db.select(PASSKEY.ID, PASSKEY.LABEL).from(PASSKEY)
                .where(PASSKEY.USER_ID.in(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.COMPANY_ID.eq(otherCompany))))
                .orderBy(PASSKEY.ID).fetch().formatJSON();
    }

    private int refusalsOf(long actorId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(actorId).and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")));
    }

    @TestFactory
    Stream<DynamicTest> an_administrator_reaching_into_another_company_is_refused_and_audited_every_time() {
        return cases().entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey(), () -> {
            signIn.as(intruder);
            int before = refusalsOf(fixtures.userId(intruder));

            assertThatThrownBy(call.getValue()::run).isInstanceOf(AccessDeniedException.class);

            assertThat(refusalsOf(fixtures.userId(intruder))).isEqualTo(before + 1);
            assertThat(state()).isEqualTo(otherCompanyState);
        }));
    }

    @Test
    void the_start_pages_numbers_are_the_administrators_own_company_only() {
        signIn.as(intruder);

        var counts = tasks.myTaskCounts();

        // The other company has users and an open address request; none of it is counted.
        assertThat(counts).isEqualTo(new TaskCounts(new TaskCounts.CompanyUsers(
                db.fetchCount(APP_USER, APP_USER.COMPANY_ID.eq(ownCompany)), 0, 0), null));
        assertThat(state()).isEqualTo(otherCompanyState);
    }

    @Test
    void every_public_service_method_is_tried_here_or_allowed_with_a_reason() {
        List<Class<?>> services = ServiceActions.serviceClasses();
        assertThat(services).as("the scan finds the services").contains(UserAdministration.class,
                CompanyAdministration.class, QuoteService.class, AddressRegistry.class, SentMailService.class);
        SortedSet<String> methods = ServiceActions.publicMethods(services);
        var reached = new TreeMap<String, SortedSet<String>>();
        SortedSet<String> unwatched;
        try (var tracker = new ServiceActions.Tracker(context, services)) {
            cases().forEach((name, call) -> {
                signIn.as(intruder);
                reached.put(name, tracker.reachedBy(call));
            });
            unwatched = tracker.unwatched();
        }

        assertThat(reached).as("each case calls one service method").allSatisfy(
                (name, calls) -> assertThat(calls).as(name).hasSize(1));
        var tried = new TreeSet<String>();
        reached.values().forEach(tried::addAll);
        assertThat(ALLOWED.keySet()).as("allowed methods that no service has (renamed? gone?)").isSubsetOf(methods);
        assertThat(tried).as("allowed methods that a case tries after all: take them off ALLOWED")
                .doesNotContainAnyElementsOf(ALLOWED.keySet());
        var untried = new TreeSet<>(methods);
        untried.removeAll(tried);
        untried.removeAll(ALLOWED.keySet());
        assertThat(untried).as("public service methods that no case here calls with another company's ids: add "
                + "a case, or, if the method takes no company's ids, put it on ALLOWED with the reason. (Calls into "
                + unwatched + " cannot be seen, having no @Transactional method and so no Spring proxy.)").isEmpty();
    }

    /** Each call as the intruder makes it: with the other company's ids, or staff-only. */
    private Map<String, Runnable> cases() {
        var userData = new UserData(Fixtures.unique("x") + "@example.com", "Jan", "Obcy", null, Language.PL, Set.of());
        var companyData = new CompanyData("Przejęta", Fixtures.unique("D"), null, "ul. Obca 1", "00-001", "Warszawa", "PL");
        var addressData = new AddressRequestData("Magazyn", "ul. Obca 2", "00-001", "Warszawa", "PL", null);
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("list another company's users", () -> userDirectory.listUsers(
                new UserListQuery(otherCompany, null, null, PageRequest.of(0, 10))));
        calls.put("count another company's users", () -> userDirectory.countUsers(
                new UserListQuery(otherCompany, null, null, PageRequest.of(0, 10))));
        calls.put("see what another company may grant", () -> userDirectory.grantablePermissions(otherCompany));
        calls.put("open another company's user", () -> userDirectory.userForEdit(otherUser));
        calls.put("create a user in another company", () -> users.createUser(otherCompany, userData, true));
        calls.put("edit another company's user", () -> users.updateUser(otherUser, 0, userData));
        calls.put("lock another company's user", () -> signInSupport.lockUser(otherUser));
        calls.put("unlock another company's user", () -> signInSupport.unlockUser(otherUser));
        calls.put("delete another company's user", () -> users.deleteUser(otherUser));
        calls.put("invite another company's user", () -> signInSupport.sendInvitation(otherUser));
        calls.put("grant another company's user a permission", () -> permissionChanges.grantPermission(otherUser, "PLACE_ORDERS"));
        calls.put("take a permission from another company's user",
                () -> permissionChanges.takeAwayPermission(otherUser, "VIEW_PRICES"));
        calls.put("select all of another company's matching users", () -> userDirectory.matchingUserIds(otherCompany, null, null));
        calls.put("name another company's users for a bulk action", () -> bulk.targets(otherCompany, List.of(otherUser)));
        calls.put("lock another company's users at once", () -> bulk.run(otherCompany, BulkAction.LOCK, null,
                List.of(new BulkTarget(otherUser, null, null)), UNWATCHED));
        calls.put("open another company for editing", () -> companies.companyForEdit(otherCompany));
        calls.put("edit another company", () -> companies.updateCompany(otherCompany, 0, companyData));
        calls.put("grant an entitlement", () -> entitlements.grantEntitlement(ownCompany, "PLACE_ORDERS"));
        calls.put("revoke another company's entitlement", () -> entitlements.revokeEntitlement(otherCompany, "VIEW_PRICES"));
        calls.put("count holders of a permission", () -> entitlements.holdersOf(otherCompany, "VIEW_PRICES"));
        calls.put("register a company", () -> companies.createCompany(companyData));
        calls.put("read the permission catalogue as staff", () -> entitlements.permissionCatalogue());
        calls.put("browse companies", () -> directory.findCompanies("", PageRequest.of(0, 10)));
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
        calls.put("read the outbox", () -> sentMail.list("", null, PageRequest.of(0, 10)));
        calls.put("count the outbox", () -> sentMail.count("", null));
        calls.put("read a mail", () -> sentMail.message(1));
        calls.put("send a mail again", () -> sentMail.sendAgain(1));
        calls.put("list the service department's accounts", staffAccounts::staffAccounts);
        calls.put("remove a staff member's second factor", () -> staffAccounts.removeSecondFactor(otherUser));
        calls.put("give a new set-password link", () -> linkHelp.newLink(1));
        calls.put("see why another company's user cannot sign in", () -> signInSupport.signInHelp(otherUser));
        calls.put("lift another company's user's sign-in block", () -> signInSupport.liftSignInBlock(otherUser));
        calls.put("remove another company's user's second factor", () -> signInSupport.removeSecondFactor(otherUser));
        calls.put("see whether another company requires a second factor",
                () -> secondFactorPolicy.companyRequiresSecondFactor(otherCompany));
        calls.put("require a second factor in another company",
                () -> secondFactorPolicy.requireSecondFactor(otherCompany, true));
        calls.put("read another company's registered addresses", () -> registry.companyAddresses(otherCompany));
        calls.put("register an address for another company", () -> registry.addAddress(otherCompany,
                new PostalAddress("Obcy skład", "ul. Obca 3", "00-001", "Warszawa", "PL")));
        calls.put("change another company's address", () -> registry.updateAddress(otherAddress,
                new PostalAddress("Obcy skład", "ul. Obca 3", "00-001", "Warszawa", "PL")));
        calls.put("remove another company's address", () -> registry.removeAddress(otherAddress));
        calls.put("list address requests", () -> inbox.listOpenRequests(PageRequest.of(0, 10)));
        calls.put("count address requests", () -> inbox.countOpenRequests());
        calls.put("accept another company's address request", () -> inbox.acceptRequest(otherAddressRequest,
                new PostalAddress("Magazyn", "ul. Długa 3", "00-950", "Warszawa", "PL")));
        calls.put("reject another company's address request", () -> inbox.rejectRequest(otherAddressRequest, "Nie"));
        calls.put("see another company's user's sessions", () -> userSessions.sessionsOf(otherUser));
        calls.put("sign another company's user out everywhere", () -> userSessions.signOutEverywhere(otherUser));
        calls.put("sign out another company's user's session", () -> mySessions.signOutSession(otherSession));
        calls.put("rename another company's user's passkey", () -> myPasskeys.renamePasskey(otherPasskey, "Mój"));
        calls.put("remove another company's user's passkey", () -> myPasskeys.removePasskey(otherPasskey));
        var importRow = new ImportRow(2, Fixtures.unique("csv") + "@example.com", "Jan", "Obcy", null, "pl", "");
        calls.put("export another company's users", () -> userExport.exportUsers(
                new UserListQuery(otherCompany, null, null, PageRequest.of(0, 10)), user -> { }));
        calls.put("preview an import into another company", () -> importCheck.checkImport(otherCompany,
                new ImportFile(List.of(importRow)), Language.PL));
        calls.put("import a row into another company", () -> userImport.importRow(otherCompany, importRow,
                new ImportChoices(true, true, Language.PL)));
        var application = new ApplicationData("Obca", List.of("https://app.example/cb"), List.of(), null, true, Set.of("openid"));
        calls.put("list the registered applications", () -> applications.listApplications());
        calls.put("open a registered application", () -> applications.application("any"));
        calls.put("register an application", () -> applications.registerApplication(application));
        calls.put("edit an application", () -> applications.updateApplication("any", application));
        calls.put("renew an application's secret", () -> applications.renewSecret("any"));
        calls.put("disable an application", () -> applications.enableApplication("any", false));
        return calls;
    }
}

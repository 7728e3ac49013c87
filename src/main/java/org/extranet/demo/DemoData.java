package org.extranet.demo;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Objects;
import org.extranet.base.UserStatus;
import org.extranet.oidc.EnabledClients;
import org.extranet.oidc.OpenIdSettings;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the zero-setup run: a distributor with an administrator and two users, a second
 * distributor (to show that companies are kept apart) and a customer-service account. Loaded once,
 * and only into the embedded database: every demo account has the same published password, so
 * asking for demo data in an external database ({@code extranet.demo-data=true}) stops the start
 * ({@link DemoDataRefused}). {@code extranet.demo-data=false} leaves it out of the embedded one too.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Extranet-demo-2026";
    static final String PASSWORD_NOTICE = "The demo password is published: it is for trying the product only. "
            + "For real use, point the product at your own PostgreSQL, where no demo data is loaded.";
    static final String ADMINISTRATOR = "anna.nowak@hydrotech.example";
    static final String STAFF = "obsluga@manufacturer.example";
    private static final String FIRST_CUSTOMER_NUMBER = "D-10001";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final boolean enabled;
    private final EnabledClients clients;
    private final OpenIdSettings openId;

    DemoData(DSLContext db, PasswordEncoder passwordEncoder, Environment environment,
             ObjectProvider<EmbeddedPostgres> embedded,
             @Value("${extranet.demo-data:#{null}}") @Nullable Boolean demoData, EnabledClients clients,
             OpenIdSettings openId) {
        this.db = db;
        this.clients = clients;
        this.openId = openId;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        boolean embeddedDatabase = embedded.getIfAvailable() != null;
        if (Boolean.TRUE.equals(demoData) && !embeddedDatabase) {
            throw new DemoDataRefused();
        }
        this.enabled = embeddedDatabase && !Boolean.FALSE.equals(demoData);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        DemoApplication.registerIfMissing(clients, passwordEncoder, openId);
        if (db.fetchExists(COMPANY, COMPANY.CUSTOMER_NUMBER.eq(FIRST_CUSTOMER_NUMBER))) {
            return;
        }
        String passwordHash = Objects.requireNonNull(passwordEncoder.encode(PASSWORD));
        List<String> allPermissions = db.select(EXTERNAL_PERMISSION.CODE).from(EXTERNAL_PERMISSION)
                .orderBy(EXTERNAL_PERMISSION.POSITION).fetch(EXTERNAL_PERMISSION.CODE);

        long hydroTech = company("Hydro-Tech Dystrybucja Sp. z o.o.", FIRST_CUSTOMER_NUMBER, "PL7792433421",
                "ul. Przemysłowa 12", "60-101", "Poznań", allPermissions);
        deliveryAddress(hydroTech, "Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław");
        deliveryAddress(hydroTech, "Oddział Gdańsk", "ul. Portowa 27", "80-601", "Gdańsk");
        user(hydroTech, ADMINISTRATOR, "Anna", "Nowak", "pl", passwordHash, allPermissions);
        user(hydroTech, "piotr.kowalski@hydrotech.example", "Piotr", "Kowalski", "pl", passwordHash,
                List.of("PLACE_ORDERS", "VIEW_ORDERS", "VIEW_PRICES"));
        user(hydroTech, "emma.wilson@hydrotech.example", "Emma", "Wilson", "en", passwordHash,
                List.of("VIEW_INVOICES", "VIEW_PRICES", "PREPARE_QUOTES"));

        long balticInstal = company("Baltic Instal S.A.", "D-10002", "PL5842761093",
                "ul. Morska 88", "81-225", "Gdynia", List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_ORDERS"));
        user(balticInstal, "jan.zielinski@balticinstal.example", "Jan", "Zieliński", "pl", passwordHash,
                List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_ORDERS"));

        db.insertInto(APP_USER)
                .set(APP_USER.KIND, "SERVICE_STAFF")
                .set(APP_USER.EMAIL, STAFF)
                .set(APP_USER.FIRST_NAME, "Marta")
                .set(APP_USER.LAST_NAME, "Serwis")
                .set(APP_USER.LANGUAGE, "pl")
                .set(APP_USER.STATUS, UserStatus.ACTIVE)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .execute();
        log.info("Demo data loaded");
    }

    @EventListener(ApplicationReadyEvent.class)
    void printWhereToSignIn() {
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/";
        var text = new StringBuilder("\n\n  Extranet is running at ").append(url).append('\n');
        if (enabled) {
            text.append("  Demo accounts (password for all: ").append(PASSWORD).append("):\n")
                    .append("    ").append(ADMINISTRATOR).append("  distributor administrator (Hydro-Tech)\n")
                    .append("    piotr.kowalski@hydrotech.example  distributor user\n")
                    .append("    emma.wilson@hydrotech.example  distributor user (English)\n")
                    .append("  Demo application for OpenID Connect (README): client ID ").append(DemoApplication.CLIENT_ID)
                    .append(", secret ").append(DemoApplication.SECRET).append(", redirect ").append(DemoApplication.REDIRECT)
                    .append(", discovery ").append(url).append(".well-known/openid-configuration\n")
                    .append("    jan.zielinski@balticinstal.example  administrator of another distributor\n")
                    .append("    ").append(STAFF).append("  customer-service staff (sets up an authenticator app at the first sign-in)\n")
                    .append("  ").append(PASSWORD_NOTICE).append('\n');
        }
        log.info(text.toString());
    }

    private long company(String name, String customerNumber, String taxId, String street, String postalCode,
                         String city, List<String> entitlements) {
        long id = db.insertInto(COMPANY)
                .set(COMPANY.NAME, name)
                .set(COMPANY.CUSTOMER_NUMBER, customerNumber)
                .set(COMPANY.TAX_ID, taxId)
                .set(COMPANY.STREET, street)
                .set(COMPANY.POSTAL_CODE, postalCode)
                .set(COMPANY.CITY, city)
                .returning(COMPANY.ID)
                .fetchSingle(COMPANY.ID);
        entitlements.forEach(code -> db.insertInto(COMPANY_PERMISSION)
                .set(COMPANY_PERMISSION.COMPANY_ID, id)
                .set(COMPANY_PERMISSION.PERMISSION_CODE, code)
                .execute());
        return id;
    }

    private void deliveryAddress(long companyId, String name, String street, String postalCode, String city) {
        db.insertInto(DELIVERY_ADDRESS)
                .set(DELIVERY_ADDRESS.COMPANY_ID, companyId)
                .set(DELIVERY_ADDRESS.NAME, name)
                .set(DELIVERY_ADDRESS.STREET, street)
                .set(DELIVERY_ADDRESS.POSTAL_CODE, postalCode)
                .set(DELIVERY_ADDRESS.CITY, city)
                .execute();
    }

    private void user(long companyId, String email, String firstName, String lastName, String language,
                      String passwordHash, List<String> permissions) {
        long id = db.insertInto(APP_USER)
                .set(APP_USER.KIND, "DISTRIBUTOR_USER")
                .set(APP_USER.COMPANY_ID, companyId)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.FIRST_NAME, firstName)
                .set(APP_USER.LAST_NAME, lastName)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.STATUS, UserStatus.ACTIVE)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        permissions.forEach(code -> db.insertInto(USER_PERMISSION)
                .set(USER_PERMISSION.USER_ID, id)
                .set(USER_PERMISSION.COMPANY_ID, companyId)
                .set(USER_PERMISSION.PERMISSION_CODE, code)
                .execute());
    }
}

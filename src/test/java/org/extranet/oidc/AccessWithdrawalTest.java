package org.extranet.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.OAUTH2_AUTHORIZATION;

import org.extranet.company.CompanyEntitlements;
import org.extranet.user.PermissionChanges;
import org.extranet.user.UserAdministration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Access taken away takes effect at once for the other applications: deleting a user, taking a
 * permission from them or from their company, and staff disabling the application. Tokens of
 * users whose access did not change keep working.
 */
class AccessWithdrawalTest extends ProviderTestSupport {

    @Autowired UserAdministration users;
    @Autowired PermissionChanges permissions;
    @Autowired CompanyEntitlements entitlements;
    @Autowired DSLContext db;

    private RelyingParty orders;

    @BeforeAll
    void application() {
        orders = confidentialApplication();
    }

    @Test
    void deleting_a_user_withdraws_their_tokens_and_logs_them_out_of_the_application() throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company, "PLACE_ORDERS");
        long userId = fixtures.userId(email);
        var tokens = tokens(signedIn(email), orders);
        assertActive(orders, tokens);

        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        users.deleteUser(userId);
        signIn.out();

        assertWithdrawn(orders, tokens, userId);
    }

    @Test
    void taking_a_permission_from_a_user_withdraws_their_tokens_and_a_new_sign_in_carries_the_rest() throws Exception {
        long company = fixtures.company();
        String email = fixtures.user(company, "PLACE_ORDERS", "VIEW_INVOICES");
        long userId = fixtures.userId(email);
        var tokens = tokens(signedIn(email), orders);

        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        permissions.takeAwayPermission(userId, "PLACE_ORDERS");
        signIn.out();

        assertWithdrawn(orders, tokens, userId);
        var again = tokens(signedIn(email), orders);
        assertThat(orders.introspect(again.get("access_token").asString()).get("permissions").toString())
                .isEqualTo("[\"VIEW_INVOICES\"]");
    }

    @Test
    void taking_a_permission_from_the_company_withdraws_the_tokens_of_its_holders_only() throws Exception {
        long company = fixtures.company();
        String holder = fixtures.user(company, "VIEW_PRICES");
        String colleague = fixtures.user(company, "VIEW_ORDERS");
        var holderTokens = tokens(signedIn(holder), orders);
        var colleagueTokens = tokens(signedIn(colleague), orders);

        signIn.as(fixtures.staff());
        entitlements.revokeEntitlement(company, "VIEW_PRICES");
        signIn.out();

        assertWithdrawn(orders, holderTokens, fixtures.userId(holder));
        assertActive(orders, colleagueTokens);
        assertThat(orders.refresh(colleagueTokens.get("refresh_token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void disabling_an_application_revokes_its_tokens_and_it_signs_nobody_in() {
        var invoices = confidentialApplication();
        String email = fixtures.user(fixtures.company(), "VIEW_INVOICES");
        var browser = signedIn(email);
        var tokens = tokens(browser, invoices);

        signIn.as(fixtures.staff());
        applications.enableApplication(invoices.id, false);
        signIn.out();

        assertThat(db.fetchCount(OAUTH2_AUTHORIZATION, OAUTH2_AUTHORIZATION.REGISTERED_CLIENT_ID.eq(invoices.id))).isZero();
        assertThat(orders.introspect(tokens.get("access_token").asString()).get("active").asBoolean())
                .as("introspected by another application").isFalse();
        assertThat(invoices.refresh(tokens.get("refresh_token").asString()).statusCode())
                .as("a disabled application cannot even authenticate").isEqualTo(401);
        var authorize = RelyingParty.follow(browser, invoices.authorizePath(SCOPES, "s", "n", RelyingParty.random(), redirect));
        assertThat(authorize.statusCode()).isEqualTo(400);
        assertThat(authorize.headers().firstValue("Location")).isEmpty();

        signIn.as(fixtures.staff());
        applications.enableApplication(invoices.id, true);
        signIn.out();
        assertThat(orders.introspect(tokens.get("access_token").asString()).get("active").asBoolean())
                .as("enabled again, the old tokens stay revoked").isFalse();
        assertActive(invoices, tokens(browser, invoices));
    }
}

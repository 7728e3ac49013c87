package org.extranet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.PageRequest;
import org.extranet.security.WebClient;
import org.extranet.user.UserDirectory;
import org.extranet.user.UserListQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator on a management port of its own, as an operator sets it up for Prometheus: there
 * every endpoint answers without signing in, and the product's port serves none but the probes.
 * The metrics are scraped as Prometheus does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "management.server.port=0",
                "extranet.sign-in.failures-per-address=1000"})
class ManagementPortTest {

    private static final String[] JSON = {"Accept", "application/json"};

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired UserDirectory directory;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_management_port_serves_metrics_without_signing_in_and_the_products_port_does_not() {
        var operator = new WebClient(managementPort);
        assertThat(operator.get("/actuator/health/readiness", JSON).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(operator.get("/actuator/prometheus", "Accept", "text/plain").statusCode()).isEqualTo(200);
        assertThat(operator.get("/actuator/metrics", JSON).body()).contains("extranet.sign.ins");

        var anyone = new WebClient(port);
        var onProductsPort = anyone.get("/actuator/prometheus", "Accept", "text/plain");
        assertThat(onProductsPort.statusCode()).isNotEqualTo(200);
        assertThat(onProductsPort.body()).doesNotContain("extranet_");
        assertThat(anyone.get("/readyz", JSON).body()).as("the probes stay on the product's port")
                .isEqualTo("{\"status\":\"UP\"}");
        assertThat(anyone.get("/livez", JSON).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_scrapes_the_products_metrics() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        var query = new UserListQuery(company, null, null, PageRequest.of(0, 50));
        directory.listUsers(query);
        directory.countUsers(query);

        String scrape = scrape();

        assertThat(scrape).contains(
                "extranet_sign_ins_total{method=\"password\"}",
                "extranet_sign_in_failures_total{reason=\"credentials\"}",
                "extranet_sign_in_blocks_total{blocked=\"account\"}",
                "extranet_mail_outbox{status=\"pending\"}",
                "extranet_mail_outbox{status=\"failed\"}",
                "extranet_mail_backlog ",
                "extranet_mail_sent_total ",
                "extranet_mail_failed_total{given_up=\"true\"}",
                "extranet_admin_panel_list_seconds_count{outcome=\"success\",query=\"page\"}",
                "extranet_admin_panel_list_seconds_count{outcome=\"success\",query=\"count\"}",
                "extranet_admin_panel_list_seconds_bucket{");
    }

    @Test
    void a_sign_in_and_a_failed_one_count_once_each() {
        String email = fixtures.user(fixtures.company());
        double signIns = value(scrape(), "extranet_sign_ins_total{method=\"password\"}");
        double failures = value(scrape(), "extranet_sign_in_failures_total{reason=\"credentials\"}");

        new WebClient(port).signIn(email, "not-the-password-at-all");
        new WebClient(port).signIn(email, Fixtures.PASSWORD);

        String scrape = scrape();
        assertThat(value(scrape, "extranet_sign_in_failures_total{reason=\"credentials\"}")).isEqualTo(failures + 1);
        assertThat(value(scrape, "extranet_sign_ins_total{method=\"password\"}")).isEqualTo(signIns + 1);
    }

    private String scrape() {
        var response = new WebClient(managementPort).get("/actuator/prometheus", "Accept", "text/plain");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double value(String scrape, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(series).isTrue();
        return Double.parseDouble(line.group(1));
    }
}

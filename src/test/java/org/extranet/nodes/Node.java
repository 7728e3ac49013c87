package org.extranet.nodes;

import java.util.ArrayList;
import java.util.List;
import org.extranet.ExtranetApplication;
import org.extranet.security.WebClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node of the test, started as the jar starts it, on a port of its own. Every node
 * of a test run reaches the same PostgreSQL: the test database's initializer gives each the one
 * embedded server of the run ({@code TestDatabase}), so none starts a database of its own.
 */
final class Node implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** A node with scheduled work on (polling often, so the test sees many periods) and mail going to the given SMTP port. */
    static Node start(String name, int smtpPort, RecordedRuns runs) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.forward-headers-strategy=native",
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off",
                "--extranet.scheduler.enabled=true",
                "--extranet.scheduler.node-name=" + name,
                "--extranet.scheduler.polling-interval=100ms",
                "--extranet.mail.poll-interval=500ms",
                "--extranet.openid.logout-poll-interval=500ms",
                "--simplejavamail.smtp.host=127.0.0.1",
                "--simplejavamail.smtp.port=" + smtpPort,
                // The test signs in from one address many times; the account's limit is the one it tries.
                "--extranet.sign-in.failures-per-address=1000"));
        var context = new SpringApplicationBuilder(ExtranetApplication.class)
                .initializers(starting -> starting.getBeanFactory().registerSingleton("recordedRuns", runs.on(name)))
                .run(arguments.toArray(String[]::new));
        return new Node(name, context);
    }

    String name() {
        return name;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A browser of its own (its own cookies, so its own session) talking to this node. */
    WebClient browser() {
        return new WebClient(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    boolean isRunning() {
        return context.isActive();
    }

    /** Stops the node as an operator does: it finishes what it is doing and hands the rest over. */
    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }
}

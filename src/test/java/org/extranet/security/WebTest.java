package org.extranet.security;

import org.extranet.Fixtures;
import org.extranet.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port, reached over HTTP without a browser ({@link WebClient}), with
 * a clock the test can move. Behind a proxy as the README advises (forwarded headers trusted from
 * loopback), and with session limits other than the defaults, to show that they are read. Tests
 * of other packages that need the application on a port extend it too: one such application serves
 * them all, rather than one more started for a configuration of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "extranet.sign-in.failures-per-address=1000",
                "server.forward-headers-strategy=native",
                "extranet.session.absolute-lifetime=3h", "extranet.session.idle-timeout=20m"})
public abstract class WebTest {

    @LocalServerPort protected int port;
    @Autowired protected TestClock clock;
    @Autowired protected Fixtures fixtures;

    protected WebClient browser() {
        return new WebClient(port);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}

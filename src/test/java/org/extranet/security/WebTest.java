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
 * loopback), and with session limits other than the defaults, to show that they are read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "extranet.sign-in.failures-per-address=1000",
                "server.forward-headers-strategy=native",
                "extranet.session.absolute-lifetime=3h", "extranet.session.idle-timeout=20m"})
abstract class WebTest {

    @LocalServerPort int port;
    @Autowired TestClock clock;
    @Autowired Fixtures fixtures;

    WebClient browser() {
        return new WebClient(port);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}

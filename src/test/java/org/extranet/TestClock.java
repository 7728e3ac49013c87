package org.extranet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.extranet.base.ProductTime;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's clock in tests: the real time, moved by whatever a test asks for. Registered in
 * {@code META-INF/spring.factories} as the context's {@code clock} bean, so the product's own clock
 * steps aside. A test that moves it puts it back afterwards ({@link #reset()}).
 */
public class TestClock extends Clock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", new TestClock());
    }

    /** From now on the application lives {@code by} later (or earlier, if negative). */
    public void move(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ProductTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}

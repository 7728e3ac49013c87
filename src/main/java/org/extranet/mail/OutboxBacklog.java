package org.extranet.mail;

import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jooq.DSLContext;
import org.jooq.types.DayToSecond;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * How far the outbox is behind, for operators: the readiness health group's {@code mailOutbox}
 * and the gauges {@code extranet_mail_outbox{status="pending"|"failed"}} and {@code extranet_mail_backlog}
 * (the sender counts what it sends: {@link OutboxOutcomes}).
 * Mail still pending longer than {@code extranet.mail.backlog.age} is overdue; past
 * {@code extranet.mail.backlog.limit} overdue mails the status is {@link #BACKLOG}. That status is
 * ordered below DOWN and OUT_OF_SERVICE and answers 200: the outbox is shared by every node, so
 * taking nodes out of service would turn an SMTP outage into an outage of the whole product, while a
 * monitor still sees the word. Without an SMTP server mail stays in the outbox on purpose: never a backlog then.
 */
@Component("mailOutbox")
class OutboxBacklog implements HealthIndicator, MeterBinder {

    /** {@code extranet.mail.backlog.*}: when pending mail counts as overdue, and how many overdue mails make a backlog. */
    @ConfigurationProperties("extranet.mail.backlog")
    record Limits(@DefaultValue("15m") Duration age, @DefaultValue("100") int limit) {
    }

    record Counts(int pending, int failed, int overdue) {
    }

    static final Status BACKLOG = new Status("BACKLOG", "Mail waits in the outbox longer than it should");
    /** Scrapes and probes of every node within this long share one count. */
    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final DSLContext db;
    private final Limits limits;
    private final ObjectProvider<OutboxSender> sender;
    private volatile @Nullable Counts counts;
    private volatile long countedAt;

    OutboxBacklog(DSLContext db, Limits limits, ObjectProvider<OutboxSender> sender) {
        this.db = db;
        this.limits = limits;
        this.sender = sender;
    }

    @Override
    public Health health() {
        Counts now = counts();
        boolean sending = sender.getIfAvailable() != null;
        var health = sending && now.overdue() >= limits.limit() ? Health.status(BACKLOG) : Health.up();
        return health.withDetail("sending", sending ? "on" : "off: no SMTP server configured")
                .withDetail("pending", now.pending())
                .withDetail("overdue", now.overdue())
                .withDetail("overdueAfter", limits.age().toString())
                .withDetail("failed", now.failed())
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "extranet.mail.outbox", Counts::pending, "Mails in the outbox: pending, or failed (given up)",
                List.of("status", "pending"));
        gauge(registry, "extranet.mail.outbox", Counts::failed, "Mails in the outbox: pending, or failed (given up)",
                List.of("status", "failed"));
        gauge(registry, "extranet.mail.backlog", Counts::overdue, "Mails pending longer than extranet.mail.backlog.age",
                List.of());
        // The sender's counters, at zero until a sender (an SMTP server configured) counts.
        OutboxOutcomes.sentCounter(registry);
        OutboxOutcomes.failedCounter(registry, false);
        OutboxOutcomes.failedCounter(registry, true);
    }

    private void gauge(MeterRegistry registry, String name, ToDoubleFunction<Counts> value, String description,
                       List<String> tags) {
        Gauge.builder(name, this, backlog -> value.applyAsDouble(backlog.counts()))
                .description(description).tags(tags.toArray(String[]::new)).register(registry);
    }

    Counts counts() {
        Counts last = counts;
        if (last != null && System.nanoTime() - countedAt < FRESH_NANOS) {
            return last;
        }
        var pending = MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name());
        Counts fresh = db.select(count().filterWhere(pending),
                        count().filterWhere(MAIL_OUTBOX.STATUS.eq(MailStatus.FAILED.name())),
                        count().filterWhere(pending.and(MAIL_OUTBOX.CREATED_AT.lt(
                                currentOffsetDateTime().minus(DayToSecond.valueOf(limits.age()))))))
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.in(MailStatus.PENDING.name(), MailStatus.FAILED.name()))
                .fetchSingle(row -> new Counts(row.value1(), row.value2(), row.value3()));
        countedAt = System.nanoTime();
        counts = fresh;
        return fresh;
    }
}

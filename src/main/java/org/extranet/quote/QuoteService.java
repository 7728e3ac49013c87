package org.extranet.quote;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.QUOTE;
import static org.extranet.db.Tables.QUOTE_COUNTER;
import static org.extranet.db.Tables.QUOTE_LINE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.FieldRefusal;
import org.extranet.base.PageRequest;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ProductTime;
import org.extranet.db.tables.records.QuoteRecord;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes a distributor prepares for its end customers. They belong to the company: every user of
 * it holding "Prepare quotes" sees and prepares them; nobody else does, not even the service
 * department.
 */
@Service
public class QuoteService {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final QuotePdf pdf;
    private final QuoteDocuments documents;
    private final Clock clock;

    QuoteService(DSLContext db, Actors actors, AuditLog audit, QuotePdf pdf, QuoteDocuments documents, Clock clock) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.pdf = pdf;
        this.documents = documents;
        this.clock = clock;
    }

    /** A page of the company's quotes, newest first. */
    @Transactional(readOnly = true)
    public List<QuoteRow> list(PageRequest<Void> page) {
        long companyId = companyOf(requireQuoter("list quotes"));
        return db.select(QUOTE.ID, QUOTE.NUMBER, QUOTE.CUSTOMER_NAME, QUOTE.CREATED_AT, QUOTE.CREATED_BY_NAME,
                        QUOTE.GROSS_TOTAL)
                .from(QUOTE)
                .where(QUOTE.COMPANY_ID.eq(companyId))
                .orderBy(QUOTE.CREATED_AT.desc(), QUOTE.ID.desc())
                .offset(page.offset())
                .limit(page.limit())
                .fetch(Records.mapping(QuoteRow::new));
    }

    @Transactional(readOnly = true)
    public int count() {
        long companyId = companyOf(requireQuoter("list quotes"));
        return db.fetchCount(QUOTE, QUOTE.COMPANY_ID.eq(companyId));
    }

    /**
     * Checks the draft and stores it under the company's next number for this year.
     *
     * @return the new quote's id
     * @throws FieldRefusal naming the field to correct
     */
    @Transactional
    public long create(QuoteDraft draft) {
        Actor actor = requireQuoter("create a quote");
        long companyId = companyOf(actor);
        QuoteRules.check(draft);
        List<QuoteTotals.LineAmounts> amounts = draft.lines().stream()
                .map(QuoteService::amounts)
                .toList();
        QuoteTotals totals = QuoteTotals.of(amounts);
        String preparedBy = db.select(APP_USER.FIRST_NAME, APP_USER.LAST_NAME).from(APP_USER)
                .where(APP_USER.ID.eq(actor.id()))
                .fetchSingle(Records.mapping((firstName, lastName) -> firstName + " " + lastName));
        long id = db.insertInto(QUOTE)
                .set(QUOTE.COMPANY_ID, companyId)
                .set(QUOTE.NUMBER, nextNumber(companyId))
                .set(QUOTE.CUSTOMER_NAME, draft.customerName().strip())
                .set(QUOTE.CUSTOMER_STREET, draft.customerStreet().strip())
                .set(QUOTE.CUSTOMER_POSTAL_CODE, draft.customerPostalCode().strip())
                .set(QUOTE.CUSTOMER_CITY, draft.customerCity().strip())
                .set(QUOTE.NET_TOTAL, totals.net())
                .set(QUOTE.VAT_TOTAL, totals.vat())
                .set(QUOTE.GROSS_TOTAL, totals.gross())
                .set(QUOTE.CREATED_BY, actor.id())
                .set(QUOTE.CREATED_BY_NAME, preparedBy)
                .returning(QUOTE.ID)
                .fetchSingle(QUOTE.ID);
        for (int i = 0; i < draft.lines().size(); i++) {
            QuoteDraft.Line line = draft.lines().get(i);
            db.insertInto(QUOTE_LINE)
                    .set(QUOTE_LINE.QUOTE_ID, id)
                    .set(QUOTE_LINE.POSITION, i + 1)
                    .set(QUOTE_LINE.PRODUCT_NAME, line.productName().strip())
                    .set(QUOTE_LINE.QUANTITY, line.quantity())
                    .set(QUOTE_LINE.UNIT_NET_PRICE, line.unitNetPrice())
                    .set(QUOTE_LINE.VAT_RATE, Objects.requireNonNull(line.vatRate()).percent())
                    .set(QUOTE_LINE.NET_AMOUNT, amounts.get(i).net())
                    .set(QUOTE_LINE.VAT_AMOUNT, amounts.get(i).vat())
                    .execute();
        }
        return id;
    }

    /**
     * The quote as printed; empty when there is no such quote. Another company's quote is refused,
     * and so is any quote to someone who may not prepare quotes (whether it exists or not). A
     * refusal is recorded under the company whose quote was tried, so that its administrators see it.
     */
    @Transactional(readOnly = true)
    public Optional<QuoteDocument> quote(long id) {
        Actor actor = actors.current();
        var quote = db.selectFrom(QUOTE).where(QUOTE.ID.eq(id)).fetchOptional();
        Long owner = quote.map(QuoteRecord::getCompanyId).orElse(null);
        if (!mayQuote(actor) || (owner != null && !owner.equals(actor.companyId()))) {
            audit.refused(actor, "open quote " + id, owner != null ? owner : actor.companyId(), Subject.NONE);
            throw new AccessDeniedException("Quote " + id + " is not one of the actor's company's quotes");
        }
        return quote.map(documents::of);
    }

    /** The quote as a PDF in the given language; empty when there is no such quote. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long id, Locale locale) {
        return quote(id).map(document -> pdf.render(document, locale));
    }

    /** Q-2026-0001: takes the next number of the company's counter for this year, locking only that row. */
    private String nextNumber(long companyId) {
        int year = LocalDate.now(clock.withZone(ProductTime.ZONE)).getYear();
        int number = db.insertInto(QUOTE_COUNTER)
                .set(QUOTE_COUNTER.COMPANY_ID, companyId)
                .set(QUOTE_COUNTER.YEAR, year)
                .set(QUOTE_COUNTER.LAST_NUMBER, 1)
                .onConflict(QUOTE_COUNTER.COMPANY_ID, QUOTE_COUNTER.YEAR).doUpdate()
                .set(QUOTE_COUNTER.LAST_NUMBER, QUOTE_COUNTER.LAST_NUMBER.plus(1))
                .returning(QUOTE_COUNTER.LAST_NUMBER)
                .fetchSingle(QUOTE_COUNTER.LAST_NUMBER);
        return "Q-%d-%04d".formatted(year, number);
    }

    private Actor requireQuoter(String attempted) {
        Actor actor = actors.current();
        if (!mayQuote(actor)) {
            audit.refused(actor, attempted, actor.companyId(), Subject.NONE);
            throw new AccessDeniedException("Preparing quotes needs the permission " + PermissionCodes.PREPARE_QUOTES);
        }
        return actor;
    }

    private static boolean mayQuote(Actor actor) {
        return actor.companyId() != null && actor.permissions().contains(PermissionCodes.PREPARE_QUOTES);
    }

    private static long companyOf(Actor actor) {
        return Objects.requireNonNull(actor.companyId());
    }

    /** A checked line's amounts: {@link QuoteRules#check} has refused a draft with any of them missing. */
    private static QuoteTotals.LineAmounts amounts(QuoteDraft.Line line) {
        return QuoteTotals.line(Objects.requireNonNull(line.quantity()), Objects.requireNonNull(line.unitNetPrice()),
                Objects.requireNonNull(line.vatRate()));
    }
}

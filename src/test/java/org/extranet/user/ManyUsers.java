package org.extranet.user;

import org.jooq.DSLContext;

/**
 * Users in bulk for the list's benchmark, inserted by PostgreSQL itself: companies entitled to
 * "View prices", every second user holding it, a twentieth locked, a seventh invited, a third
 * signed in at some time. Surnames repeat as they do in Poland, so a contains-search for "kowal"
 * finds a sixth of a company (Kowalski, Kowalczyk) and sorts far from the start of the alphabet.
 */
final class ManyUsers {

    private final DSLContext db;

    ManyUsers(DSLContext db) {
        this.db = db;
    }

    /** Companies named after the run, returning the first new id; they follow each other. */
    long companies(String run, int count) {
        return db.fetchSingle("""
                with made as (
                    insert into company (name, customer_number, street, postal_code, city)
                    select 'Benchmark ' || ? || ' ' || g, ? || '-' || g, 'ul. Długa ' || g, '00-001', 'Warszawa'
                    from generate_series(1, ?) g
                    returning id)
                select min(id) from made
                """, run, run, count).into(Long.class);
    }

    /** {@code count} users spread evenly over the companies {@code firstCompany ..} (+{@code companies} - 1). */
    void users(String run, long firstCompany, int companies, int count) {
        db.execute("""
                insert into company_permission (company_id, permission_code)
                select c, 'VIEW_PRICES' from generate_series(?::bigint, ?::bigint + ? - 1) c
                on conflict do nothing
                """, firstCompany, firstCompany, companies);
        db.execute("""
                insert into app_user (kind, company_id, email, first_name, last_name, language, status, locked_at,
                                      password_hash, last_sign_in_at)
                select 'DISTRIBUTOR_USER', ?::bigint + g % ?, ? || '.' || g || '@example.com',
                       (array['Anna','Piotr','Katarzyna','Tomasz','Magdalena','Paweł','Agnieszka','Michał'])[1 + g % 8],
                       (array['Nowak','Kowalski','Wiśniewska','Wójcik','Kowalczyk','Kamiński','Lewandowska','Zieliński',
                              'Szymański','Woźniak','Dąbrowski','Kozłowska'])[1 + g % 12] || '-' || (g % 997),
                       'pl',
                       case when g % 20 = 0 then 'LOCKED' when g % 7 = 0 then 'INVITED' else 'ACTIVE' end,
                       case when g % 20 = 0 then now() end,
                       case when g % 7 <> 0 then '{noop}x' end,
                       case when g % 3 = 0 then now() - (g || ' minutes')::interval end
                from generate_series(1, ?) g
                """, firstCompany, companies, run, count);
        db.execute("""
                insert into user_permission (user_id, company_id, permission_code)
                select id, company_id, 'VIEW_PRICES' from app_user
                where company_id between ? and ?::bigint + ? - 1 and id % 2 = 0
                """, firstCompany, firstCompany, companies);
        // What autovacuum does in production: fresh statistics and a visibility map for index-only scans.
        db.execute("vacuum analyze app_user");
        db.execute("vacuum analyze user_permission");
        db.execute("vacuum analyze company");
    }
}

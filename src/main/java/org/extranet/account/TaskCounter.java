package org.extranet.account;

import static org.extranet.db.Tables.APP_USER;
import static org.jooq.impl.DSL.count;

import org.extranet.address.AddressRequestInbox;
import org.extranet.base.UserStatus;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the signed-in user's tasks for the start page. What is counted follows from the acting
 * user as the database knows them, never from an id asked for: an administrator counts the users
 * of their own company, staff count the open address requests of every company, anyone else gets
 * no numbers.
 */
@Service
public class TaskCounter {

    private final DSLContext db;
    private final Actors actors;
    private final AddressRequestInbox addressRequests;

    TaskCounter(DSLContext db, Actors actors, AddressRequestInbox addressRequests) {
        this.db = db;
        this.actors = actors;
        this.addressRequests = addressRequests;
    }

    @Transactional(readOnly = true)
    public TaskCounts myTaskCounts() {
        Actor me = actors.current();
        Long company = me.companyId();
        var companyUsers = company != null && me.administers(company)
                ? db.select(count(), count().filterWhere(APP_USER.STATUS.eq(UserStatus.INVITED)),
                                count().filterWhere(APP_USER.STATUS.eq(UserStatus.LOCKED)))
                        .from(APP_USER)
                        .where(APP_USER.COMPANY_ID.eq(company))
                        .fetchSingle(Records.mapping(TaskCounts.CompanyUsers::new))
                : null;
        Integer openAddressRequests = me.staff() ? addressRequests.countOpenRequests() : null;
        return new TaskCounts(companyUsers, openAddressRequests);
    }
}

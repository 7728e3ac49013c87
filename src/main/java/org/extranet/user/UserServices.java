package org.extranet.user;

import org.extranet.session.UserSessions;
import org.extranet.user.csv.UserCsvServices;
import org.springframework.stereotype.Component;

/**
 * The user services the admin panel's parts call, handed to them as one: a page showing a
 * company's users (the admin panel, staff's company page) needs all of them.
 */
@Component
public class UserServices {

    private final UserDirectory directory;
    private final UserAdministration administration;
    private final SignInSupport signIn;
    private final UserSessions sessions;
    private final BulkUserActions bulk;
    private final BulkRuns bulkRuns;
    private final UserCsvServices csv;

    UserServices(UserDirectory directory, UserAdministration administration, SignInSupport signIn,
                 UserSessions sessions, BulkUserActions bulk, BulkRuns bulkRuns, UserCsvServices csv) {
        this.directory = directory;
        this.administration = administration;
        this.signIn = signIn;
        this.sessions = sessions;
        this.bulk = bulk;
        this.bulkRuns = bulkRuns;
        this.csv = csv;
    }

    UserDirectory directory() {
        return directory;
    }

    UserAdministration administration() {
        return administration;
    }

    SignInSupport signIn() {
        return signIn;
    }

    UserSessions sessions() {
        return sessions;
    }

    BulkUserActions bulk() {
        return bulk;
    }

    BulkRuns bulkRuns() {
        return bulkRuns;
    }

    UserCsvServices csv() {
        return csv;
    }
}

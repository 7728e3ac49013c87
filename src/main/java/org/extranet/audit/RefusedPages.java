package org.extranet.audit;

import org.extranet.audit.AuditLog.Subject;
import org.extranet.security.Actors;
import org.extranet.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * A page the signed-in user may not open, refused by the navigation's access control: one row
 * per refusal, under the user's own company. Only the path is kept; query parameters may carry
 * secrets (a set-password link's token, say).
 */
@Service
public class RefusedPages {

    private static final int MAX_PATH = 200;

    private final Actors actors;
    private final AuditLog audit;

    RefusedPages(Actors actors, AuditLog audit) {
        this.actors = actors;
        this.audit = audit;
    }

    public void pageRefused(String path) {
        String page = "/" + (path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path);
        CurrentUser.id().flatMap(actors::find).ifPresent(actor ->
                audit.refused(actor, "open the page " + page, actor.companyId(), Subject.NONE));
    }
}

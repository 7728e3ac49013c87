package org.extranet.oidc;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Looks 24 times per rotation period ({@code extranet.openid.key-rotation}) whether the signing key
 * is due to be replaced, on one of the nodes. The others read the new key within half a minute, or
 * at once when a token names it ({@link DatabaseJwkSource}).
 */
class KeyRotation extends RecurringTask<Void> {

    static final String NAME = "signing-key-rotation";

    private final SigningKeys keys;
    private final DatabaseJwkSource source;

    KeyRotation(SigningKeys keys, DatabaseJwkSource source, OpenIdSettings settings) {
        super(NAME, FixedDelay.of(settings.keyRotation().dividedBy(24)), Void.class);
        this.keys = keys;
        this.source = source;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        if (keys.rotateIfDue()) {
            source.reload();
        }
    }
}

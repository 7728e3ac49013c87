package org.extranet.user;

/** Who watches a bulk action's run: hears of each user's outcome and may stop the run between two users. */
public interface BulkProgress {

    /** Asked before each user; true leaves the remaining users as they are. */
    boolean cancelled();

    /** After each user; {@code taken} of {@code planned} users have been taken so far. */
    void taken(BulkOutcome outcome, int taken, int planned);
}

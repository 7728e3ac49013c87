/**
 * The Distributor Service Department's own accounts, for staff: who they are, and taking the lost
 * second factor of a colleague (staff have no company, so no administrator can). A staff member's
 * own factor stays theirs to change on Account information.
 */
@NullMarked
package org.extranet.staff;

import org.jspecify.annotations.NullMarked;

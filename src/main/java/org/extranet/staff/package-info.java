/**
 * The Distributor Service Department's own accounts, for staff: who they are, and taking the lost
 * second factor of a colleague (staff have no company, so no administrator can). A staff member's
 * own factor stays theirs to change on Account information. And the first staff account of an
 * external database, which an operator's setting asks for at start-up (FirstStaffAccount).
 */
@NullMarked
package org.extranet.staff;

import org.jspecify.annotations.NullMarked;

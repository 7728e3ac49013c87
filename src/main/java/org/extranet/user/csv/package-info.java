/**
 * A company's users as a CSV file: the admin panel's list exported (its filter and sort, streamed),
 * and a file of that format imported after a preview that checks every row, each row through the
 * admin panel's own create and save rules, with a report of what became of each.
 */
@NullMarked
package org.extranet.user.csv;

import org.jspecify.annotations.NullMarked;

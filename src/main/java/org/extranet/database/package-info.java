@NullMarked
package org.extranet.database;

import org.jspecify.annotations.NullMarked;

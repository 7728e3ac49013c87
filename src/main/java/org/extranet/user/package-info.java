@NullMarked
package org.extranet.user;

import org.jspecify.annotations.NullMarked;

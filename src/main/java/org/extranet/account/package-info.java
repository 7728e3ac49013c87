@NullMarked
package org.extranet.account;

import org.jspecify.annotations.NullMarked;

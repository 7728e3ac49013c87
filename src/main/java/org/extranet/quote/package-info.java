@NullMarked
package org.extranet.quote;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.extranet.audit;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.extranet.base;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.extranet;

import org.jspecify.annotations.NullMarked;

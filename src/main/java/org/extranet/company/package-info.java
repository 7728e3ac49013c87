@NullMarked
package org.extranet.company;

import org.jspecify.annotations.NullMarked;

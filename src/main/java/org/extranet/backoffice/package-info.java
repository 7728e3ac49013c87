@NullMarked
package org.extranet.backoffice;

import org.jspecify.annotations.NullMarked;

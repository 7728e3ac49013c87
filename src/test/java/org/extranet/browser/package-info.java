@NullMarked
package org.extranet.browser;

import org.jspecify.annotations.NullMarked;

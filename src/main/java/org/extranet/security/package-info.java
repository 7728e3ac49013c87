@NullMarked
package org.extranet.security;

import org.jspecify.annotations.NullMarked;

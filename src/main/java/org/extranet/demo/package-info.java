@NullMarked
package org.extranet.demo;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.extranet.ui;

import org.jspecify.annotations.NullMarked;

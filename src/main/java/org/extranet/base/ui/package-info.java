/**
 * The parts every feature's views build with, whatever the feature: notices after an action,
 * uploads bounded while they stream, the product's texts.
 */
@NullMarked
package org.extranet.base.ui;

import org.jspecify.annotations.NullMarked;

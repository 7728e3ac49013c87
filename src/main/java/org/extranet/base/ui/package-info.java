/**
 * The parts every feature's views build with and that depend on no feature: notices after an
 * action, grids that count their rows, fit their height and offer row actions, uploads bounded
 * while they stream, the product's texts. (The {@code ui} package, with the layout and sign-in,
 * depends on features, so it cannot be shared this way.)
 */
@NullMarked
package org.extranet.base.ui;

import org.jspecify.annotations.NullMarked;

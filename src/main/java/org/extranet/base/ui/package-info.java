/**
 * UI pieces every feature's views share and that depend on no feature: how grids count their rows,
 * fit their height and offer row actions. (The {@code ui} package, with the layout and sign-in,
 * depends on features, so it cannot be shared this way.)
 */
@NullMarked
package org.extranet.base.ui;

import org.jspecify.annotations.NullMarked;

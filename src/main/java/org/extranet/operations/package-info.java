/**
 * What operators see of a running node: who may read the actuator's endpoints (health for anyone,
 * the rest for staff or on the management port), the sign-in counters, and the timing of the
 * service calls marked {@code @Timed}.
 */
@NullMarked
package org.extranet.operations;

import org.jspecify.annotations.NullMarked;

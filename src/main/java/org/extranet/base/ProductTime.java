package org.extranet.base;

import java.time.ZoneId;

/** Where the product's users are: days, years and displayed times are counted in this zone. */
public final class ProductTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private ProductTime() {
    }
}

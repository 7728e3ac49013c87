package org.extranet.company;

import java.time.OffsetDateTime;

/** A company's stored logo: always a PNG, at most {@value LogoImages#FIT_WIDTH} × {@value LogoImages#FIT_HEIGHT} pixels. */
public record CompanyLogo(byte[] png, int width, int height, OffsetDateTime updatedAt) {

    public static final String CONTENT_TYPE = "image/png";
}

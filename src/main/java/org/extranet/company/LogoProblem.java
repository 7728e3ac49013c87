package org.extranet.company;

/** Why an uploaded logo was refused; each has its message under {@code logo.refused.<name>}. */
public enum LogoProblem {
    /** More bytes than the upload allows. */
    TOO_LARGE,
    /** Empty, or content no image format starts with. */
    NOT_AN_IMAGE,
    /** An SVG: a document that can carry scripts and links, not a picture. */
    SVG,
    /** An image, but not PNG, JPEG or WebP (GIF, BMP, TIFF, HEIC, ...). */
    UNSUPPORTED_FORMAT,
    /** The file name says one format and the content is another: a renamed or disguised file. */
    EXTENSION_MISMATCH,
    /** The header declares more pixels than a logo needs (a decompression bomb, or a poster). */
    TOO_MANY_PIXELS,
    /** Starts like an image but cannot be read to the end. */
    DAMAGED,
    /** Made to cost far more work than its pixels (hundreds of JPEG scans), or took longer than its time to decode. */
    TOO_COSTLY,
    /** Other logos are being decoded and its turn did not come soon enough. */
    BUSY
}

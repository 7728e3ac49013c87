package org.extranet.mail;

/** A mail as it goes out: subject, plain-text part and HTML part. */
record RenderedMail(String subject, String text, String html) {
}

package org.extranet.mail;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extranet.base.ProductTime;
import org.extranet.password.PendingLink;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders a mail in its recipient's language: texts from {@code mail/messages*.properties}, laid
 * out in the product's look (a blue "Extranet" header, a readable body, the link as a button and
 * as plain text). Every value is HTML-escaped in the HTML part: names may contain anything.
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    // Without this, a missing English text would silently fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    RenderedMail render(Mail mail) {
        var bundle = ResourceBundle.getBundle("mail.messages", mail.language().locale(), NO_FALLBACK);
        var formatter = DateTimeFormatter.ofPattern(bundle.getString("date-time"), mail.language().locale())
                .withZone(ProductTime.ZONE);
        @Nullable String link = mail.pendingLink().map(PendingLink::url).map(MailTemplates::requireWebLink).orElse(null);
        var texts = new Texts(bundle, mail.template(), mail.model(), formatter);

        String subject = texts.plain("subject").replaceAll("\\s+", " ").strip();
        return new RenderedMail(subject, text(texts, link), MailLayout.html(mail.language(), texts, link));
    }

    private static String text(Texts texts, @Nullable String link) {
        var text = new StringBuilder();
        text.append(texts.plainGreeting()).append("\n\n");
        text.append(texts.plain("body")).append("\n\n");
        if (link != null) {
            text.append(texts.plain("button")).append(":\n").append(link).append("\n\n");
        }
        if (texts.has("after")) {
            text.append(texts.plain("after")).append("\n\n");
        }
        text.append(texts.plainCommon("signature")).append("\n\n-- \n").append(texts.plainCommon("footer")).append('\n');
        return text.toString();
    }

    /** Only web links go into a mail: anything else (javascript:, data:) is a bug upstream. */
    private static String requireWebLink(String link) {
        if (!link.startsWith("https://") && !link.startsWith("http://") || link.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Not a web link: " + link);
        }
        return link;
    }

    static String escape(String value) {
        var escaped = new StringBuilder(value.length() + 16);
        value.chars().forEach(c -> escaped.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }));
        return escaped.toString();
    }

    /** A template's texts with the model's values filled in, as plain text or as escaped HTML. */
    record Texts(ResourceBundle bundle, String template, Map<String, Object> model, DateTimeFormatter formatter) {

        boolean has(String key) {
            return bundle.containsKey(template + "." + key);
        }

        String plain(String key) {
            return fill(bundle.getString(template + "." + key), UnaryOperator.identity());
        }

        /** The template's own greeting if it has one, else the common one by first name. */
        String plainGreeting() {
            return has("greeting") ? plain("greeting") : plainCommon("greeting");
        }

        String htmlGreeting() {
            return has("greeting") ? html("greeting") : htmlCommon("greeting");
        }

        String plainCommon(String key) {
            return fill(bundle.getString(key), UnaryOperator.identity());
        }

        String html(String key) {
            return fill(escape(bundle.getString(template + "." + key)), MailTemplates::escape);
        }

        String htmlCommon(String key) {
            return fill(escape(bundle.getString(key)), MailTemplates::escape);
        }

        /** One pass, so a value that looks like a placeholder stays as it is. */
        private String fill(String text, UnaryOperator<String> escaping) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            var filled = new StringBuilder();
            while (matcher.find()) {
                Object value = model.get(matcher.group(1));
                if (value == null) {
                    throw new MissingResourceException("No value for " + matcher.group(), template, matcher.group(1));
                }
                String shown = value instanceof OffsetDateTime time ? formatter.format(time) : value.toString();
                matcher.appendReplacement(filled, Matcher.quoteReplacement(escaping.apply(shown)));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }
    }
}

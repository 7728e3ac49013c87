package org.extranet.mail;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.extranet.base.Language;
import org.jspecify.annotations.Nullable;

/**
 * The product's look for mail: a blue "Extranet" header and a readable body, in tables with
 * inline styles because that is what mail programs render reliably. Gets escaped texts only.
 */
final class MailLayout {

    private static final String BLUE = "#0a4a8f";
    private static final String GREY = "#52606d";

    private MailLayout() {
    }

    static String html(Language language, MailTemplates.Texts texts, @Nullable String link) {
        var body = new StringBuilder();
        body.append(paragraphs(texts.htmlGreeting()));
        body.append(paragraphs(texts.html("body")));
        if (link != null) {
            String href = MailTemplates.escape(link);
            body.append("""
                    <p style="margin:28px 0;"><a href="%s" style="display:inline-block;background:%s;color:#ffffff;\
                    text-decoration:none;font-weight:bold;padding:12px 24px;border-radius:4px;">%s</a></p>
                    <p style="font-size:14px;color:%s;">%s<br><a href="%s" style="color:%s;word-break:break-all;">%s</a></p>
                    """.formatted(href, BLUE, texts.html("button"), GREY, texts.htmlCommon("link-hint"), href, BLUE, href));
        }
        if (texts.has("after")) {
            body.append(paragraphs(texts.html("after")));
        }
        body.append(paragraphs(texts.htmlCommon("signature")));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                </head>
                <body style="margin:0;padding:0;background:#f3f5f8;">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f5f8;">
                <tr><td align="center" style="padding:24px 12px;">
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="max-width:600px;\
                background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
                <tr><td style="background:%s;color:#ffffff;padding:16px 24px;font-size:22px;font-weight:bold;">%s</td></tr>
                <tr><td style="padding:24px;font-size:16px;line-height:1.5;">
                %s</td></tr>
                <tr><td style="padding:16px 24px;font-size:12px;color:%s;border-top:1px solid #e4e7eb;">%s</td></tr>
                </table>
                </td></tr>
                </table>
                </body>
                </html>
                """.formatted(language.code(), texts.html("subject"), BLUE, texts.htmlCommon("product"), body, GREY,
                texts.htmlCommon("footer"));
    }

    /** Blank lines separate paragraphs, single line breaks stay line breaks. */
    private static String paragraphs(String escapedText) {
        return Arrays.stream(escapedText.split("\n\n"))
                .map(paragraph -> "<p style=\"margin:0 0 16px;\">" + paragraph.replace("\n", "<br>") + "</p>\n")
                .collect(Collectors.joining());
    }
}

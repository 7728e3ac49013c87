package org.extranet.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The product's texts from the bundles in {@code vaadin-i18n}, in English and Polish. A sentence
 * that ends with a name ends once, even when the name has its own period ("Agro Sp. z o.o."):
 * the text's period after such a name is left out.
 */
@Component
public class ProductTexts extends DefaultI18NProvider {

    public ProductTexts() {
        super(List.of(Locale.ENGLISH, Locale.forLanguageTag("pl")));
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (params.length == 0) {
            return super.getTranslation(key, locale);
        }
        String pattern = super.getTranslation(key, locale);
        for (int index = 0; index < params.length; index++) {
            if (params[index] instanceof CharSequence text && text.toString().endsWith(".")) {
                pattern = pattern.replace("{" + index + "}.", "{" + index + "}");
            }
        }
        return new MessageFormat(pattern, locale).format(params);
    }
}

package org.extranet.ui;

import com.vaadin.flow.dom.Element;

/**
 * What the main layout adds in the browser for keyboard and screen-reader users, where Vaadin's
 * components fall short: each is a small script run on the layout's own elements.
 */
final class KeyboardAndNames {

    private static final String SKIP_TO_CONTENT = """
            if (!this.skipsToContent) {
                this.skipsToContent = true;
                this.addEventListener('click', event => {
                    event.preventDefault();
                    document.getElementById($0).focus();
                });
            }
            """;
    private static final String SORT_BUTTON_NAMES = """
            const template = $0;
            const name = () => this.querySelectorAll('vaadin-grid-sorter').forEach(sorter => {
                const label = template.replace('{0}', sorter.textContent.trim());
                if (sorter.textContent.trim() && sorter.getAttribute('aria-label') !== label) {
                    sorter.setAttribute('aria-label', label);
                }
            });
            if (!this.namesSortButtons) {
                this.namesSortButtons = true;
                new MutationObserver(name).observe(this,
                        {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});
            }
            name();
            """;
    private static final String FOCUS_HEADING = """
            const heading = this.querySelector('h1');
            if (heading) {
                heading.setAttribute('tabindex', '-1');
                heading.focus();
            } else {
                this.focus();
            }
            """;
    private static final String RADIO_GROUPS_ONE_TAB_STOP = """
            if (!window.radioGroupsOneTabStop) {
                window.radioGroupsOneTabStop = true;
                const rove = group => {
                    const inputs = [...group.querySelectorAll('vaadin-radio-button input[type=radio]')];
                    const stop = inputs.find(input => input.checked) || inputs.find(input => !input.disabled);
                    inputs.forEach(input => {
                        const tabindex = input === stop ? '0' : '-1';
                        if (input.getAttribute('tabindex') !== tabindex) {
                            input.setAttribute('tabindex', tabindex);
                        }
                    });
                };
                const roveAll = () => document.querySelectorAll('vaadin-radio-group').forEach(rove);
                new MutationObserver(roveAll).observe(document.body, {subtree: true, childList: true,
                        attributes: true, attributeFilter: ['checked', 'tabindex']});
                document.addEventListener('change', roveAll, true);
                roveAll();
            }
            """;

    private KeyboardAndNames() {
    }

    /**
     * The page's {@code <base href>} makes "#content" the start page's address, and the router
     * would go there: the link moves the focus into this page's element of that id instead.
     */
    static void skipsTo(Element link, String targetId) {
        link.executeJs(SKIP_TO_CONTENT, targetId);
    }

    /**
     * Vaadin names a grid's sort buttons "Sort by …" in English whatever the page's language:
     * every sort button below the element is named from the template ("Sortuj według kolumny {0}"),
     * now and whenever a grid renders its header.
     */
    static void namesSortButtons(Element root, String template) {
        root.executeJs(SORT_BUTTON_NAMES, template);
    }

    /** Moves the focus to the first heading below the element (made focusable), or else to the element. */
    static void focusHeading(Element root) {
        root.executeJs(FOCUS_HEADING);
    }

    /**
     * A radio group is one Tab stop, on its checked option (or its first), as everywhere else on
     * the web; the arrow keys move within it. Browsers do that by themselves, but the focus trap of
     * Vaadin's dialogs tabs through every option: the other options leave the Tab order, on every
     * page and in every dialog.
     */
    static void radioGroupsAreOneTabStop(Element anyElement) {
        anyElement.executeJs(RADIO_GROUPS_ONE_TAB_STOP);
    }
}

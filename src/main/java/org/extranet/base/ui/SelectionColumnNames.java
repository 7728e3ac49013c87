package org.extranet.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Names a multi-select grid's selection column in the page's language: its header, left empty
 * when the "select all" box is hidden (as it is for a lazily loaded grid; axe: empty table header),
 * gets a name for screen readers only, and each row's checkbox is named after the row's first
 * column ("Select Anna Nowak") instead of Vaadin's English "Select Row", whenever rows are rendered.
 */
public final class SelectionColumnNames {

    private static final String SCRIPT = """
            const [header, template] = [$0, $1];
            customElements.whenDefined('vaadin-grid-flow-selection-column').then(() => {
                const column = this.querySelector('vaadin-grid-flow-selection-column');
                if (!column || column.namedInPageLanguage) { return; }
                column.namedInPageLanguage = true;
                column.headerRenderer = root => {
                    if (!root.firstElementChild) {
                        const name = document.createElement('span');
                        name.className = 'visually-hidden';
                        root.appendChild(name);
                    }
                    root.firstElementChild.textContent = header;
                };
                const textOf = cell => {
                    const slot = cell && cell.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    return content ? content.textContent.trim() : '';
                };
                const name = () => this.querySelectorAll('vaadin-grid-cell-content > vaadin-checkbox').forEach(box => {
                    const row = box.parentElement.assignedSlot && box.parentElement.assignedSlot.closest('tr');
                    const label = template.replace('{0}', row ? textOf(row.children[1]) : '').trim();
                    if (box.getAttribute('aria-label') !== label) {
                        box.setAttribute('aria-label', label);
                    }
                });
                new MutationObserver(name).observe(this, {subtree: true, childList: true, characterData: true,
                        attributes: true, attributeFilter: ['aria-label']});
                name();
            });
            """;

    private SelectionColumnNames() {
    }

    /**
     * @param header   the column's name for screen readers ("Selection")
     * @param template a row checkbox's name, {@code {0}} standing for the row's first column ("Select {0}")
     */
    public static void name(Grid<?> grid, String header, String template) {
        grid.getElement().executeJs(SCRIPT, header, template);
    }
}

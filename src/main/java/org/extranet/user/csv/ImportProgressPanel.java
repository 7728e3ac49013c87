package org.extranet.user.csv;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** While an import runs: how far it is, and "Stop". */
class ImportProgressPanel extends Div {

    private final H2 heading = new H2();
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Button stop = new Button();
    private final int total;

    ImportProgressPanel(int total, Runnable stopped) {
        this.total = total;
        addClassName("import-step");
        heading.setText(getTranslation("user-import.progress.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        status.setId("user-import-progress-text");
        bar.setMin(0);
        bar.setMax(Math.max(1, total));
        bar.getElement().setAttribute("aria-labelledby", "user-import-progress-text");
        stop.setText(getTranslation("user-import.stop"));
        stop.setIcon(VaadinIcon.STOP.create());
        stop.addClickListener(click -> {
            stopped.run();
            stop.setEnabled(false);
            status.setText(getTranslation("user-import.progress.stopping"));
        });
        add(heading, bar, status, stop);
        progress(0);
    }

    void progress(int done) {
        bar.setValue(done);
        if (stop.isEnabled()) {
            status.setText(getTranslation("user-import.progress.text", done, total));
        }
    }

    H2 heading() {
        return heading;
    }
}

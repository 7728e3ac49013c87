package org.extranet.user.csv;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

/** The words of the import's screens and report that more than one of them uses. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    /** "First name: Fill in this field.", in the viewer's language. */
    static String of(Component in, @Nullable Problem problem) {
        if (problem == null) {
            return "";
        }
        String message = in.getTranslation(problem.messageKey(), problem.arguments().toArray());
        return problem.fieldKey() == null ? message : in.getTranslation(problem.fieldKey()) + ": " + message;
    }

    /** A short list of "what: how many" lines, such as "New users: 48". */
    static UnorderedList counts(Component in, String keys, Object... namesAndCounts) {
        var list = new UnorderedList();
        list.addClassName("import-counts");
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            list.add(new ListItem(in.getTranslation(keys + namesAndCounts[i], namesAndCounts[i + 1])));
        }
        return list;
    }
}

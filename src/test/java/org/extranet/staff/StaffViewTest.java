package org.extranet.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.extranet.secondfactor.Authenticators;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The back office's staff list: "Remove second factor" on a colleague's row, asked first; none on one's own. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class StaffViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired Authenticators authenticators;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private String name(String email) {
        return db.select(APP_USER.FIRST_NAME.concat(" ").concat(APP_USER.LAST_NAME)).from(APP_USER)
                .where(APP_USER.EMAIL.eq(email)).fetchSingle().value1();
    }

    /** The actions in the row of the staff member with this e-mail address. */
    private List<Button> actionsOf(String email) {
        @SuppressWarnings("unchecked")
        Grid<StaffAccount> grid = find(Grid.class).single();
        var rows = test(grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).email().equals(email)).findFirst()
                .orElseThrow();
        return find(Button.class).from(rows.getCellComponent(row, grid.getColumns().size() - 1)).all();
    }

    @Test
    void a_colleagues_second_factor_is_removed_after_the_question_and_ones_own_row_has_no_such_button() {
        String colleague = fixtures.staff();
        authenticators.enrol(colleague);
        String me = fixtures.staff();
        authenticators.enrol(me);
        signIn.as(me);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(StaffView.class);
        String colleagueName = name(colleague);
        assertThat(actionsOf(me)).isEmpty();
        assertThat(actionsOf(colleague)).singleElement().satisfies(button ->
                assertThat(button.getAriaLabel()).hasValue("Remove the second factor of " + colleagueName));

        test(actionsOf(colleague).getFirst()).click();
        var question = find(Dialog.class).withCondition(Dialog::isOpened).single();
        assertThat(question.getHeaderTitle()).isEqualTo("Remove second factor?");
        test(find(Button.class).from(question).withText("Remove second factor").single()).click();

        assertThat(find(Notification.class).all()).extracting(NoticesShown::text)
                .contains("The second factor of " + colleagueName + " is removed; they have been told by e-mail.");
        assertThat(actionsOf(colleague)).isEmpty();
    }
}

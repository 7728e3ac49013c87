package org.extranet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.ViewTest;
import org.extranet.db.tables.records.AuditEventRecord;
import org.extranet.user.AdminPanelView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Pages the navigation refuses leave their trace in the audit log, one row per refusal. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class SecurityEventsViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired AuditTrail trail;

    private long company;
    private String email;
    private long userId;

    @BeforeEach
    void aDistributorUser() {
        company = fixtures.company();
        email = fixtures.user(company, "VIEW_PRICES");
        userId = fixtures.userId(email);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<AuditEventRecord> eventsBy(long actorId, AuditAction action) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTOR_ID.eq(actorId).and(AUDIT_EVENT.ACTION.eq(action.name())))
                .fetch();
    }

    @Test
    void a_user_without_the_right_opening_the_admin_panel_is_refused_and_each_refusal_is_on_record() {
        signIn.as(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> navigate(AdminPanelView.class)).isInstanceOf(IllegalArgumentException.class);
            assertThat(getCurrentView()).isNotInstanceOf(AdminPanelView.class);
        }

        assertThat(eventsBy(userId, AuditAction.ACCESS_REFUSED)).hasSize(3).allSatisfy(row -> {
            assertThat(row.getCompanyId()).isEqualTo(company);
            assertThat(row.getAfterState().data()).contains("open the page /admin");
        });
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        assertThat(trail.list(AuditQuery.of(company).withAction(AuditAction.ACCESS_REFUSED).withText(email))).hasSize(3);
    }
}

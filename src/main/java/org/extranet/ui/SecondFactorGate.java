package org.extranet.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.extranet.secondfactor.SecondFactorView;
import org.extranet.security.SignInFactors;
import org.springframework.stereotype.Component;

/**
 * Until a sign-in that needs a second factor has it, every page leads to the second-factor step:
 * the navigation is forwarded there before the page asked for is made (the services would refuse
 * it anyway, see {@code Actors.current()}). Signing out needs no page, so it stays possible.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SecondFactorView.class && SignInFactors.secondFactorPending()) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}

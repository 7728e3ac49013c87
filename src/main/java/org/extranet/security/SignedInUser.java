package org.extranet.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.extranet.base.PermissionCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. It carries the session generation the session started
 * with, so that every node can tell when the user's sessions must end, and when the user signed in,
 * so that a session ends after its absolute lifetime however busy it is. Authorities are the user's
 * external permissions as {@code ROLE_<code>} and {@code ROLE_SERVICE_STAFF} for staff; they only
 * steer what the UI shows, the services check again against the database.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    public static final String STAFF_ROLE = PermissionCodes.SERVICE_STAFF;

    private final long id;
    private final String email;
    private @Nullable String passwordHash;
    private final boolean locked;
    private final boolean activated;
    private final int sessionGeneration;
    private final Instant signedInAt;
    private final boolean secondFactorNeeded;
    private final List<GrantedAuthority> authorities;

    SignedInUser(long id, String email, @Nullable String passwordHash, boolean locked, boolean activated,
                 int sessionGeneration, Instant signedInAt, boolean secondFactorNeeded, Collection<String> roles) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.activated = activated;
        this.sessionGeneration = sessionGeneration;
        this.signedInAt = signedInAt;
        this.secondFactorNeeded = secondFactorNeeded;
        this.authorities = roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    public long id() {
        return id;
    }

    int sessionGeneration() {
        return sessionGeneration;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    /**
     * Whether this sign-in asks for a second factor after the password: decided as the password was
     * checked (the user has one, or must have one), so that a rule changed meanwhile applies from the
     * next sign-in on ({@link SignInFactors}).
     */
    boolean secondFactorNeeded() {
        return secondFactorNeeded;
    }

    SignedInUser withRoles(Collection<String> roles) {
        return new SignedInUser(id, email, null, locked, activated, sessionGeneration, signedInAt, secondFactorNeeded, roles);
    }

    /** The same user in a session that lives on after its generation moved on (the user changed password here). */
    SignedInUser withSessionGeneration(int generation) {
        return new SignedInUser(id, email, null, locked, activated, generation, signedInAt, secondFactorNeeded, roleNames());
    }

    private List<String> roleNames() {
        return authorities.stream().map(authority -> Objects.toString(authority.getAuthority(), "").substring("ROLE_".length())).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return activated;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

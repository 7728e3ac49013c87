package org.extranet.base.ui;

/**
 * The browser's half of a passkey ceremony, run in the page with {@code executeJs}: it fetches
 * Spring Security's WebAuthn endpoints with the page's CSRF token (the meta tags Vaadin writes),
 * turns their base64url into the buffers {@code navigator.credentials} takes and back, and resolves
 * to one word the view acts on. No key or secret passes through the server-side view: the browser
 * and Spring Security speak directly.
 */
public final class WebAuthnCeremonies {

    /** Registering a passkey for the signed-in user; {@code $0} is its name. */
    public static final String REGISTER = helpers() + """
            return (async () => {
              if (!window.PublicKeyCredential || !navigator.credentials) { return 'unsupported'; }
              const answer = await post('webauthn/register/options');
              if (!answer.ok) { return 'failed: options ' + answer.status; }
              const options = await answer.json();
              const publicKey = {...options, challenge: fromB64(options.challenge),
                  user: {...options.user, id: fromB64(options.user.id)},
                  excludeCredentials: (options.excludeCredentials || []).map(known => ({...known, id: fromB64(known.id)}))};
              let credential;
              try {
                credential = await navigator.credentials.create({publicKey});
              } catch (refused) {
                return refused.name === 'InvalidStateError' ? 'exists' : refused.name === 'NotAllowedError'
                    || refused.name === 'AbortError' ? 'cancelled' : 'failed: ' + refused.name + ' ' + refused.message;
              }
              const response = credential.response;
              const registered = await post('webauthn/register', {publicKey: {label: $0, credential: {
                  id: credential.id, rawId: toB64(credential.rawId), type: credential.type,
                  response: {attestationObject: toB64(response.attestationObject),
                      clientDataJSON: toB64(response.clientDataJSON),
                      transports: response.getTransports ? response.getTransports() : []},
                  clientExtensionResults: credential.getClientExtensionResults(),
                  authenticatorAttachment: credential.authenticatorAttachment}}});
              return registered.ok ? 'added' : 'failed: registration ' + registered.status;
            })();
            """;

    /**
     * Signing in with a passkey of the user's choice (a discoverable one: no e-mail address is
     * asked for). On success the browser goes where Spring Security says, a full page load into the
     * signed-in session; otherwise the word, or the reason Spring Security's answer names.
     */
    public static final String SIGN_IN = helpers() + """
            return (async () => {
              if (!window.PublicKeyCredential || !navigator.credentials) { return 'unsupported'; }
              const answer = await post('webauthn/authenticate/options');
              // Refused for want of this session's token: sent on to the sign-in page, or 403.
              if (answer.redirected || answer.status === 403) { return 'expired'; }
              if (!answer.ok) { return 'failed: options ' + answer.status; }
              const options = await answer.json();
              const publicKey = {...options, challenge: fromB64(options.challenge),
                  allowCredentials: (options.allowCredentials || []).map(known => ({...known, id: fromB64(known.id)}))};
              let credential;
              try {
                credential = await navigator.credentials.get({publicKey});
              } catch (refused) {
                return refused.name === 'NotAllowedError' || refused.name === 'AbortError' ? 'cancelled'
                    : 'failed: ' + refused.name + ' ' + refused.message;
              }
              const response = credential.response;
              const signedIn = await post('login/webauthn', {id: credential.id, rawId: toB64(credential.rawId),
                  type: credential.type,
                  response: {authenticatorData: toB64(response.authenticatorData),
                      clientDataJSON: toB64(response.clientDataJSON), signature: toB64(response.signature),
                      userHandle: response.userHandle ? toB64(response.userHandle) : undefined},
                  clientExtensionResults: credential.getClientExtensionResults(),
                  authenticatorAttachment: credential.authenticatorAttachment});
              if (signedIn.redirected || signedIn.status === 403) { return 'expired'; }
              if (signedIn.ok) {
                window.location.assign((await signedIn.json()).redirectUrl);
                return 'signed-in';
              }
              const refusal = await signedIn.json().catch(() => ({}));
              return refusal.error || 'failed';
            })();
            """;

    private WebAuthnCeremonies() {
    }

    /** base64url to and from buffers, and a JSON POST that carries the page's CSRF token. */
    private static String helpers() {
        return """
                const fromB64 = text => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')),
                    c => c.charCodeAt(0)).buffer;
                const toB64 = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)))
                    .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
                const meta = name => document.querySelector('meta[name="' + name + '"]')?.getAttribute('content');
                const post = (path, body) => fetch(path, {method: 'POST', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', [meta('_csrf_header') || 'X-CSRF-TOKEN']: meta('_csrf') || ''},
                    body: body === undefined ? undefined : JSON.stringify(body)});
                """;
    }
}

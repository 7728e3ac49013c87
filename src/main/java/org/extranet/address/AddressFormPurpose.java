package org.extranet.address;

import org.jspecify.annotations.Nullable;

/** What the address form is for: its title, introduction, button, and whether it asks for a note. */
enum AddressFormPurpose {
    REQUEST("addresses.request", "addresses.form.intro", "addresses.form.send", true),
    ADD("registry.add", null, "registry.add.save", false),
    EDIT("registry.edit.title", null, "registry.edit.save", false),
    ACCEPT("inbox.accept.title", "inbox.accept.intro", "inbox.accept.save", false);

    final String titleKey;
    final @Nullable String introKey;
    final String submitKey;
    final boolean withNote;

    AddressFormPurpose(String titleKey, @Nullable String introKey, String submitKey, boolean withNote) {
        this.titleKey = titleKey;
        this.introKey = introKey;
        this.submitKey = submitKey;
        this.withNote = withNote;
    }
}

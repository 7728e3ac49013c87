package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRequestStatusTest {

    @Test
    void an_open_request_is_decided_once_either_way() {
        assertThat(AddressRequestStatus.OPEN.mayBecome(AddressRequestStatus.ACCEPTED)).isTrue();
        assertThat(AddressRequestStatus.OPEN.mayBecome(AddressRequestStatus.REJECTED)).isTrue();
        assertThat(AddressRequestStatus.OPEN.mayBecome(AddressRequestStatus.OPEN)).isFalse();
        assertThat(AddressRequestStatus.ACCEPTED.mayBecome(AddressRequestStatus.REJECTED)).isFalse();
        assertThat(AddressRequestStatus.REJECTED.mayBecome(AddressRequestStatus.ACCEPTED)).isFalse();
        assertThat(AddressRequestStatus.REJECTED.mayBecome(AddressRequestStatus.OPEN)).isFalse();
    }

    @Test
    void only_a_rejection_needs_a_reason() {
        assertThat(AddressRequestStatus.REJECTED.needsReason()).isTrue();
        assertThat(AddressRequestStatus.ACCEPTED.needsReason()).isFalse();
        assertThat(AddressRequestStatus.OPEN.needsReason()).isFalse();
    }
}

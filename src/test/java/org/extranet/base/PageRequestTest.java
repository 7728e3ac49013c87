package org.extranet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void every_list_gets_at_most_the_cap_and_at_least_one_row() {
        assertThat(PageRequest.of(0, Integer.MAX_VALUE).limit()).isEqualTo(PageRequest.MAX_LIMIT).isEqualTo(500);
        assertThat(PageRequest.of(0, 501).limit()).isEqualTo(500);
        assertThat(PageRequest.of(0, 50).limit()).isEqualTo(50);
        assertThat(PageRequest.of(0, 0).limit()).isEqualTo(1);
        assertThat(PageRequest.of(0, -5).limit()).isEqualTo(1);
    }

    @Test
    void a_negative_offset_is_the_first_row() {
        assertThat(PageRequest.of(-10, 50).offset()).isZero();
        assertThat(PageRequest.of(120, 50).offset()).isEqualTo(120);
    }

    @Test
    void the_sort_orders_are_kept_as_given_and_cannot_change_afterwards() {
        var sort = new ArrayList<>(List.of(SortOrder.descending("b"), SortOrder.ascending("a")));
        var page = new PageRequest<>(0, 50, sort);
        sort.clear();

        assertThat(page.sort()).containsExactly(new SortOrder<>("b", true), new SortOrder<>("a", false));
        assertThat(PageRequest.of(0, 50).sort()).isEmpty();
    }
}

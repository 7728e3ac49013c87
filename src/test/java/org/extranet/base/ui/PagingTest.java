package org.extranet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import java.util.List;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.junit.jupiter.api.Test;

class PagingTest {

    enum Key { NAME, CITY }

    @Test
    void a_grids_query_becomes_the_page_with_its_columns_sort_properties_as_keys() {
        var query = new Query<String, Void>(100, 50, List.of(QuerySortOrder.desc("CITY").build().getFirst(),
                QuerySortOrder.asc("NAME").build().getFirst()), null, null);

        assertThat(Paging.of(query, Key.class)).isEqualTo(new PageRequest<>(100, 50,
                List.of(SortOrder.descending(Key.CITY), SortOrder.ascending(Key.NAME))));
    }

    @Test
    void a_list_in_one_fixed_order_gets_the_page_only() {
        assertThat(Paging.unsorted(new Query<String, Void>(0, 50, List.of(), null, null)))
                .isEqualTo(PageRequest.<Void>of(0, 50));
    }
}

package org.extranet.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.extranet.base.SortOrder;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class SortFieldsTest {

    enum Key { NAME, CITY }

    private static final DSLContext SQL = DSL.using(SQLDialect.POSTGRES);
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<String> NAME = DSL.field(DSL.name("name"), String.class);
    private static final Field<String> CITY = DSL.field(DSL.name("city"), String.class);
    private static final Field<String> CREATED = DSL.field(DSL.name("created"), String.class);

    private static List<SortField<?>> fields(SortOrder<Key> order) {
        return SortFields.in(order, order.key() == Key.NAME ? NAME : CITY);
    }

    private static String orderBy(List<SortField<?>> fields) {
        return SQL.renderInlined(DSL.select(ID).orderBy(fields)).replaceFirst(".* order by ", "");
    }

    @Test
    void the_id_breaks_ties_last_in_the_direction_of_the_field_before_it() {
        assertThat(orderBy(SortFields.of(List.of(SortOrder.ascending(Key.CITY)), SortOrder.ascending(Key.NAME),
                SortFieldsTest::fields, ID))).isEqualTo("\"city\" asc, \"id\" asc");
        assertThat(orderBy(SortFields.of(List.of(SortOrder.descending(Key.CITY)), SortOrder.ascending(Key.NAME),
                SortFieldsTest::fields, ID))).isEqualTo("\"city\" desc, \"id\" desc");
        assertThat(orderBy(SortFields.of(List.of(SortOrder.descending(Key.CITY), SortOrder.ascending(Key.NAME)),
                SortOrder.ascending(Key.NAME), SortFieldsTest::fields, ID)))
                .isEqualTo("\"city\" desc, \"name\" asc, \"id\" asc");
    }

    @Test
    void without_a_key_chosen_the_list_has_its_own_order() {
        assertThat(orderBy(SortFields.of(List.of(), SortOrder.descending(Key.NAME), SortFieldsTest::fields, ID)))
                .isEqualTo("\"name\" desc, \"id\" desc");
    }

    @Test
    void a_lists_own_ties_come_before_the_id() {
        assertThat(orderBy(SortFields.of(List.of(SortOrder.ascending(Key.CITY)), SortOrder.ascending(Key.NAME),
                SortFieldsTest::fields, List.of(CREATED.desc()), ID)))
                .isEqualTo("\"city\" asc, \"created\" desc, \"id\" desc");
    }

    @Test
    void a_key_sorts_by_each_of_its_fields_in_its_direction() {
        assertThat(orderBy(SortFields.in(SortOrder.descending(Key.NAME), NAME, CITY))).isEqualTo("\"name\" desc, \"city\" desc");
    }
}

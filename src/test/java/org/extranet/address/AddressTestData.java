package org.extranet.address;

import static org.extranet.db.Tables.DELIVERY_ADDRESS;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Delivery addresses as the service department would register them, straight into the database. */
@Component
class AddressTestData {

    private final DSLContext db;

    AddressTestData(DSLContext db) {
        this.db = db;
    }

    void register(long companyId, String name, String street, String postalCode, String city) {
        db.insertInto(DELIVERY_ADDRESS)
                .set(DELIVERY_ADDRESS.COMPANY_ID, companyId)
                .set(DELIVERY_ADDRESS.NAME, name)
                .set(DELIVERY_ADDRESS.STREET, street)
                .set(DELIVERY_ADDRESS.POSTAL_CODE, postalCode)
                .set(DELIVERY_ADDRESS.CITY, city)
                .execute();
    }

    static AddressRequestData warehouse() {
        return new AddressRequestData("Magazyn Łódź", "ul. Składowa 5", "90-001", "Łódź", "PL",
                "Rozładunek od 7:00 do 15:00");
    }
}

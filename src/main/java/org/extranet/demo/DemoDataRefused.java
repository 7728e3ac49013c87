package org.extranet.demo;

/**
 * Demo data was asked for in an external database. Its accounts all have one published password,
 * so the product does not start rather than put them into a database that may be a real one.
 */
class DemoDataRefused extends IllegalStateException {

    static final String DESCRIPTION = "Demo data was asked for (extranet.demo-data=true, EXTRANET_DEMO_DATA) with an "
            + "external database (spring.datasource.url, SPRING_DATASOURCE_URL). The demo accounts all share a "
            + "published password, so they are loaded only into the embedded database of the zero-setup run.";
    static final String ACTION = "Remove EXTRANET_DEMO_DATA (or set it to false) to use the external database, "
            + "or remove SPRING_DATASOURCE_URL to try the product with its embedded database and demo data.";

    DemoDataRefused() {
        super(DESCRIPTION);
    }
}

package org.extranet.quote;

/** The fields of the quote form a message can belong to. */
public enum QuoteField {
    CUSTOMER_NAME,
    CUSTOMER_STREET,
    CUSTOMER_POSTAL_CODE,
    CUSTOMER_CITY,
    LINES,
    PRODUCT_NAME,
    QUANTITY,
    UNIT_NET_PRICE,
    VAT_RATE
}

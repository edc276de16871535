package io.github.leakhound.examples.orderservice.orders;

import java.math.BigDecimal;

/** One product in an order. */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {

    /** The line's price: quantity times unit price. */
    public BigDecimal price() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}

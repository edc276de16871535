package io.github.leakhound.examples.orderservice.orders;

import java.math.BigDecimal;
import java.util.List;

/** A customer's order: what was bought, at which unit prices. */
public record Order(String id, String customerEmail, List<OrderLine> lines) {

    public Order {
        lines = List.copyOf(lines);
    }

    /** The sum of every line's price. */
    public BigDecimal total() {
        return lines.stream().map(OrderLine::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

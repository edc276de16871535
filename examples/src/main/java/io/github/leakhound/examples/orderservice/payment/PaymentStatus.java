package io.github.leakhound.examples.orderservice.payment;

/** What the payment gateway answered. */
public enum PaymentStatus {
    ACCEPTED,
    DECLINED,
    GATEWAY_ERROR;

    /** The status an HTTP status code from the gateway stands for. */
    public static PaymentStatus fromHttpStatus(int status) {
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        return status == 402 ? DECLINED : GATEWAY_ERROR;
    }
}

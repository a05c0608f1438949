package dev.roadmapkit.advanced.messagebroker;

import java.util.Objects;

/**
 * One delivery of a message, as the handler sees it.
 *
 * @param messageId the message's {@code JMSMessageID}: the same on every redelivery of the message
 * @param body the text of the {@code TextMessage}
 * @param deliveryCount the broker's {@code JMSXDeliveryCount}: 1 the first time, 2 on the first
 *     redelivery, and so on
 */
public record Delivery(String messageId, String body, int deliveryCount) {

  public Delivery {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(body, "body");
    if (deliveryCount < 1) {
      throw new IllegalArgumentException("deliveryCount must be at least 1, was " + deliveryCount);
    }
  }
}

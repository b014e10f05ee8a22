import { randomUUID } from "node:crypto";
import { connect as tcpConnect } from "node:net";

import { describe, expect, it } from "vitest";

import { amqpTransport, mqttTransport, signEventBody } from "./event-transports";

/** The brokers run locally on the project's machines; elsewhere these tests are skipped, not failed. */
function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: "127.0.0.1", port, timeout: 500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}
const [amqpUp, mqttUp] = await Promise.all([reachable(5672), reachable(1883)]);

const event = () => {
  const id = randomUUID();
  return {
    id,
    fqn: "portfolios.divest-amount-update",
    body: JSON.stringify({ id, subject: "portfolios", action: "divest-amount-update", data: { divest_amount: 1.234 } }),
  };
};

describe("event transports", () => {
  it("signs HTTP bodies as base64 HMAC-SHA256 with the utf-8 secret", () => {
    // Reference value computed independently: printf '{"a":1}' | openssl dgst -sha256 -hmac 'secret' -binary | base64
    expect(signEventBody('{"a":1}', "secret")).toBe("qp4uNXX11wmLbKzNeQiIw21f22M0KnO62i1qUXR6hJQ=");
  });

  it.runIf(amqpUp)("publishes persistent messages to the topic exchange with routing key subject.action", async () => {
    const amqp = await import("amqplib");
    const exchange = `is-sandbox-test-${randomUUID()}`;
    const model = await amqp.connect("amqp://guest:guest@127.0.0.1:5672");
    const channel = await model.createChannel();
    try {
      await channel.assertExchange(exchange, "topic", { durable: true });
      const { queue } = await channel.assertQueue("", { exclusive: true });
      await channel.bindQueue(queue, exchange, "portfolios.#");
      const transport = amqpTransport("amqp://guest:guest@127.0.0.1:5672", exchange);
      const sent = event();
      await transport.send(sent);
      await transport.close();
      const message = await channel.get(queue, { noAck: true });
      expect(message).not.toBe(false);
      if (message === false) return;
      expect(message.content.toString("utf8")).toBe(sent.body);
      expect(message.properties.messageId).toBe(sent.id);
      expect(message.properties.deliveryMode).toBe(2);
      expect(message.fields.routingKey).toBe("portfolios.divest-amount-update");
    } finally {
      await channel.deleteExchange(exchange).catch(() => undefined);
      await model.close();
    }
  });

  it.runIf(mqttUp)("publishes QoS 1 messages to the configured topic", async () => {
    const mqtt = await import("mqtt");
    const topic = `is-sandbox-test/${randomUUID()}`;
    const subscriber = await mqtt.connectAsync("mqtt://127.0.0.1:1883");
    try {
      await subscriber.subscribeAsync(topic, { qos: 1 });
      const received = new Promise<{ payload: string; qos: number }>((resolve) =>
        subscriber.on("message", (_t, payload, packet) => resolve({ payload: payload.toString("utf8"), qos: packet.qos })),
      );
      const transport = mqttTransport("mqtt://127.0.0.1:1883", topic);
      const sent = event();
      await transport.send(sent);
      await transport.close();
      const message = await received;
      expect(message.payload).toBe(sent.body);
      expect(message.qos).toBe(1);
    } finally {
      await subscriber.endAsync();
    }
  });
});

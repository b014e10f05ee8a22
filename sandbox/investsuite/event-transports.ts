import { createHmac } from "node:crypto";

import type { SandboxEnv } from "../lib/context";

/** One delivery attempt; throws when the receiver did not take the event. */
export type EventTransport = {
  send(event: { id: string; fqn: string; body: string }): Promise<void>;
  close(): Promise<void>;
};

/**
 * HTTP push: the receiver checks `X-InvestSuite-Signature`, the base64 HMAC-SHA256 of the
 * raw body keyed with SANDBOX_EVENT_HTTP_SECRET (utf-8), and dedupes on `X-InvestSuite-Event-Id`.
 */
export function httpTransport(url: string, secret: string): EventTransport {
  return {
    async send({ id, body }) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-investsuite-event-id": id,
          "x-investsuite-signature": signEventBody(body, secret),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      // Drain the body so the socket is reused.
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`event receiver answered ${response.status}`);
    },
    async close() {},
  };
}

export function signEventBody(body: string, secret: string): string {
  return createHmac("sha256", Buffer.from(secret, "utf8")).update(body, "utf8").digest("base64");
}

/**
 * AMQP: one topic exchange (InvestSuite posts everything on a single topic); routing key
 * `subject.action` so consumers can bind selectively. Confirm channel so a message only
 * counts as delivered once the broker has it; persistent so it survives a broker restart.
 */
export function amqpTransport(url: string, exchange: string): EventTransport {
  type Channel = import("amqplib").ConfirmChannel;
  type Model = import("amqplib").ChannelModel;
  let connecting: Promise<{ model: Model; channel: Channel }> | null = null;
  const connect = () => {
    connecting ??= (async () => {
      const amqp = await import("amqplib");
      const model = await amqp.connect(url);
      // A dropped connection is re-opened on the next delivery attempt.
      model.on("error", () => undefined);
      model.on("close", () => (connecting = null));
      const channel = await model.createConfirmChannel();
      channel.on("error", () => undefined);
      await channel.assertExchange(exchange, "topic", { durable: true });
      return { model, channel };
    })().catch((error: unknown) => {
      connecting = null;
      throw error;
    });
    return connecting;
  };
  return {
    async send({ id, fqn, body }) {
      const { channel } = await connect();
      channel.publish(exchange, fqn, Buffer.from(body, "utf8"), {
        persistent: true,
        messageId: id,
        contentType: "application/json",
        type: fqn,
      });
      await channel.waitForConfirms();
    },
    async close() {
      const current = connecting;
      connecting = null;
      if (current) await current.then(({ model }) => model.close()).catch(() => undefined);
    },
  };
}

/** MQTT: QoS 1 (at least once) on one topic, as InvestSuite posts to one topic. */
export function mqttTransport(url: string, topic: string): EventTransport {
  type Client = import("mqtt").MqttClient;
  let connecting: Promise<Client> | null = null;
  const connect = () => {
    connecting ??= import("mqtt")
      .then((mqtt) => mqtt.connectAsync(url, { reconnectPeriod: 1000, connectTimeout: 5000 }))
      .catch((error: unknown) => {
        connecting = null;
        throw error;
      });
    return connecting;
  };
  return {
    async send({ body }) {
      const client = await connect();
      await client.publishAsync(topic, body, { qos: 1 });
    },
    async close() {
      const current = connecting;
      connecting = null;
      if (current) await current.then((c) => c.endAsync()).catch(() => undefined);
    },
  };
}

export function transportFromEnv(env: SandboxEnv): EventTransport {
  switch (env.SANDBOX_EVENT_TRANSPORT) {
    case "amqp":
      return amqpTransport(env.SANDBOX_AMQP_URL, env.SANDBOX_AMQP_EXCHANGE);
    case "mqtt":
      return mqttTransport(env.SANDBOX_MQTT_URL, env.SANDBOX_MQTT_TOPIC);
    default:
      return httpTransport(env.SANDBOX_EVENT_HTTP_URL, env.SANDBOX_EVENT_HTTP_SECRET);
  }
}

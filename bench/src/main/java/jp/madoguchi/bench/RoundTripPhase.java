package jp.madoguchi.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import jp.madoguchi.broker.BenchAccount;

/**
 * The raw Kafka baseline: records sent at the same rate to the harness's private topic and timed to their
 * arrival at the same consumer that times the platform's decisions. The producer is configured as the services'
 * outbox relays are (acks=all, idempotent), so the difference to the platform's figures is the platform's work.
 */
final class RoundTripPhase {

    /** A record about the size of a scheduling event. */
    private static final byte[] PAYLOAD = new byte[600];
    private static final Duration DRAIN = Duration.ofSeconds(40);

    private final Map<String, Object> login;
    private final KafkaArrivals arrivals;

    RoundTripPhase(Map<String, Object> login, KafkaArrivals arrivals) {
        this.login = login;
        this.arrivals = arrivals;
    }

    PhaseResult run(double rate, long count, Duration grace) throws InterruptedException {
        Latency latency = new Latency();
        Outcomes outcomes = new Outcomes();
        EndToEnd endToEnd = new EndToEnd();
        CountDownLatch acknowledged = new CountDownLatch((int) count);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings(), new StringSerializer(),
                new ByteArraySerializer())) {
            OpenLoop.run(rate, count, intended -> {
                String key = UUID.randomUUID().toString();
                endToEnd.expect(key, intended);
                producer.send(new ProducerRecord<>(BenchAccount.ROUND_TRIP_TOPIC, key, PAYLOAD), (metadata, error) -> {
                    latency.record(intended, System.nanoTime());
                    if (error != null) {
                        outcomes.failure(error);
                    } else {
                        outcomes.status("acked");
                    }
                    acknowledged.countDown();
                });
            });
            if (!acknowledged.await(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Round-trip records still unacknowledged " + DRAIN + " after the last");
            }
        }
        return new PhaseResult("Kafka round trip " + BenchAccount.ROUND_TRIP_TOPIC, count, outcomes.asMap(),
                latency.summary(), endToEnd.await(arrivals, grace));
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>(login);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return settings;
    }
}

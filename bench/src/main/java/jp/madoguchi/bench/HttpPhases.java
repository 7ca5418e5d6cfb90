package jp.madoguchi.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The two HTTP phases: intake's no-op endpoint, and the web form's POST timed to its decision on Kafka. */
final class HttpPhases {

    /** Longer than the client's own request timeout: every request ends with an answer or a failure by then. */
    private static final Duration DRAIN = Duration.ofSeconds(40);

    private final IntakeClient intake;
    private final KafkaArrivals arrivals;

    HttpPhases(IntakeClient intake, KafkaArrivals arrivals) {
        this.intake = intake;
        this.arrivals = arrivals;
    }

    PhaseResult noOp(double rate, long count) throws InterruptedException {
        return noOp(intake, rate, count);
    }

    /** The no-op endpoint at a constant rate: the same stack's floor, for every kind of run. */
    static PhaseResult noOp(IntakeClient intake, double rate, long count) throws InterruptedException {
        Latency latency = new Latency();
        Outcomes outcomes = new Outcomes();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        OpenLoop.run(rate, count, intended -> inFlight.add(intake.liveness().whenComplete((response, error) -> {
            latency.record(intended, System.nanoTime());
            if (error != null) {
                outcomes.failure(error);
            } else {
                outcomes.status(response.statusCode());
            }
        })));
        drain(inFlight);
        return new PhaseResult("no-op " + IntakeClient.LIVENESS, count, outcomes.asMap(), latency.summary(), null);
    }

    PhaseResult submissions(double rate, long count, Duration grace) throws InterruptedException {
        Latency latency = new Latency();
        Outcomes outcomes = new Outcomes();
        EndToEnd endToEnd = new EndToEnd();
        ConsultationRequests requests = new ConsultationRequests();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        OpenLoop.run(rate, count, intended -> inFlight.add(intake.submit(requests.next())
                .whenComplete((response, error) -> {
                    latency.record(intended, System.nanoTime());
                    if (error != null) {
                        outcomes.failure(error);
                        return;
                    }
                    outcomes.status(response.statusCode());
                    if (response.statusCode() == 201) {
                        try {
                            endToEnd.expect(intake.consultationId(response), intended);
                        } catch (RuntimeException unreadable) {
                            outcomes.failure(unreadable);
                        }
                    }
                })));
        drain(inFlight);
        return new PhaseResult("POST " + IntakeClient.CONSULTATION_REQUESTS, count, outcomes.asMap(),
                latency.summary(), endToEnd.await(arrivals, grace));
    }

    static void drain(List<CompletableFuture<?>> inFlight) throws InterruptedException {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(DRAIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException countedAlready) {
            // Each failure was counted by its own callback.
        } catch (TimeoutException e) {
            throw new IllegalStateException("Requests still unanswered " + DRAIN + " after the last was sent", e);
        }
    }
}

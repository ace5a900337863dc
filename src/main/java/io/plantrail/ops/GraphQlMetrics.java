package io.plantrail.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * GraphQL request latency per operation name, and errors by their code. Outermost of the
 * interceptors, so it sees the codes the others add. Operation names come from clients, so only
 * plain names are used as tags, and at most {@value #MOST_OPERATIONS} of them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlMetrics implements WebGraphQlInterceptor {

    private static final int MOST_OPERATIONS = 200;
    private static final Pattern PLAIN_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final MeterRegistry meters;

    GraphQlMetrics(MeterRegistry meters) {
        this.meters = meters;
        meters.config().meterFilter(MeterFilter.maximumAllowableTags("plantrail.graphql.requests", "operation",
                MOST_OPERATIONS, MeterFilter.deny()));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Timer.Sample sample = Timer.start(meters);
        return chain.next(request).doOnNext(response -> {
            sample.stop(meters.timer("plantrail.graphql.requests", "operation", operation(request),
                    "outcome", response.getErrors().isEmpty() ? "ok" : "error"));
            response.getErrors().forEach(error -> meters.counter("plantrail.graphql.errors", "code", code(error)).increment());
        });
    }

    private static String operation(WebGraphQlRequest request) {
        String name = request.getOperationName();
        if (name == null || name.isBlank()) {
            return "(unnamed)";
        }
        return PLAIN_NAME.matcher(name).matches() ? name : "(other)";
    }

    private static String code(ResponseError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        return code == null ? "UNKNOWN" : code.toString();
    }
}

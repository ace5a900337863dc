package io.plantrail.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Every span of every entity of one plan, each entity's oldest first; safe to share between threads. */
final class PlanSpans {

    static final Comparator<Span> PLAN_ORDER = Comparator.comparingLong(Span::ordinal).thenComparing(Span::entityId);

    private final Map<String, List<Span>> byEntity = new HashMap<>();
    /** The same lists by kind: a question about one kind need not look at every entity the plan has ever had. */
    private final Map<EntityKind, Map<String, List<Span>>> byKind = new EnumMap<>(EntityKind.class);
    private long upTo;

    PlanSpans(long upTo) {
        this.upTo = upTo;
    }

    synchronized long upTo() {
        return upTo;
    }

    synchronized void caughtUpWith(long planVersion) {
        upTo = Math.max(upTo, planVersion);
    }

    /** Adds a span, or replaces the one of the same entity that starts at the same version. */
    synchronized void put(Span span) {
        List<Span> spans = byEntity.computeIfAbsent(span.entityId(), id -> new ArrayList<>());
        byKind.computeIfAbsent(span.kind(), kind -> new HashMap<>()).putIfAbsent(span.entityId(), spans);
        int at = search(spans, span.from());
        if (at < spans.size() && spans.get(at).from() == span.from()) {
            spans.set(at, span);
        } else {
            spans.add(at, span);
        }
    }

    /** The entities of a kind (of every kind if null) matching a test as at a plan version, in plan order. */
    synchronized List<Span> currentAt(long planVersion, EntityKind kind, Predicate<Span> which) {
        List<Span> found = new ArrayList<>();
        Map<String, List<Span>> candidates = kind == null ? byEntity : byKind.getOrDefault(kind, Map.of());
        for (List<Span> spans : candidates.values()) {
            Span span = currentOf(spans, planVersion);
            if (span != null && (kind == null || span.kind() == kind) && which.test(span)) {
                found.add(span);
            }
        }
        found.sort(PLAN_ORDER);
        return found;
    }

    synchronized Span currentAt(String entityId, long planVersion) {
        List<Span> spans = byEntity.get(entityId);
        return spans == null ? null : currentOf(spans, planVersion);
    }

    /** The span a change at this version ends: the current one, or the one a redelivery of it already ended. */
    synchronized Span endedByOrOpenBefore(String entityId, long planVersion) {
        List<Span> spans = byEntity.getOrDefault(entityId, List.of());
        for (int i = search(spans, planVersion) - 1; i >= 0; i--) {
            Span span = spans.get(i);
            if (span.isOpen() || span.to() == planVersion) {
                return span;
            }
        }
        return null;
    }

    /**
     * Every span of one entity that the read side has recorded, newest first. The projector puts
     * spans here as it goes and sends their documents at the end of its batch: until then a span
     * starting later than {@link #upTo()} has no document, and an end later than it is not stored.
     */
    synchronized List<Span> of(String entityId) {
        List<Span> spans = new ArrayList<>();
        for (Span span : byEntity.getOrDefault(entityId, List.of())) {
            if (span.from() <= upTo) {
                spans.add(span.to() != null && span.to() > upTo ? span.reopened() : span);
            }
        }
        Collections.reverse(spans);
        return spans;
    }

    synchronized boolean has(String entityId) {
        return byEntity.containsKey(entityId);
    }

    /** The spans that a later change may still end or replace. */
    synchronized List<Span> openOrEndedAfter(Collection<String> entityIds, long planVersion) {
        List<Span> found = new ArrayList<>();
        for (String entityId : entityIds) {
            for (Span span : byEntity.getOrDefault(entityId, List.of())) {
                if (span.isOpen() || span.to() > planVersion || span.from() > planVersion) {
                    found.add(span);
                }
            }
        }
        return found;
    }

    /** Every entity that has ever been a child of a kind under this parent. */
    synchronized List<String> childIdsEver(String parentId, EntityKind kind) {
        return byKind.getOrDefault(kind, Map.of()).values().stream().map(spans -> spans.get(0))
                .filter(span -> span.kind() == kind && parentId.equals(span.parentId()))
                .map(Span::entityId).sorted().toList();
    }

    private static Span currentOf(List<Span> spans, long planVersion) {
        int at = search(spans, planVersion + 1) - 1;
        if (at < 0) {
            return null;
        }
        Span span = spans.get(at);
        return span.currentAt(planVersion) ? span : null;
    }

    /** The position of the first span that starts at or after the version. */
    private static int search(List<Span> spans, long from) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).from() < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}

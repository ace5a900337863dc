package io.plantrail.change;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one kind that a plan currently holds, with their parents, as the aggregate
 * needs them to decide on a change. Child numbers are never reused, so an id, once given,
 * always means the same entity.
 */
public final class Register<D> {

    private final String kind;
    private final Map<String, Entry<D>> entries = new LinkedHashMap<>();
    private final Map<String, Integer> lastChildNumber = new HashMap<>();

    public Register(String kind) {
        this.kind = kind;
    }

    public record Entry<D>(String parentId, D details) {
    }

    public D require(String id) {
        Entry<D> entry = entries.get(id);
        if (entry == null) {
            throw ChangeRejected.notFound("There is no " + kind + " '" + id + "' in this plan.");
        }
        return entry.details();
    }

    public void requireAbsent(String id) {
        if (entries.containsKey(id)) {
            throw ChangeRejected.conflict("The plan already has a " + kind + " '" + id + "'.");
        }
    }

    public void requireNoChildrenIn(Register<?> children, String id) {
        long count = children.entries.values().stream().filter(e -> id.equals(e.parentId())).count();
        if (count > 0) {
            throw ChangeRejected.conflict("The " + kind + " '" + id + "' still has " + count + " "
                    + children.kind + (count == 1 ? "" : "s") + "; remove or move them first.");
        }
    }

    /** The details of every entry under {@code parentId}, in the order they were added. */
    public List<D> childrenOf(String parentId) {
        return entries.values().stream().filter(e -> parentId.equals(e.parentId())).map(Entry::details).toList();
    }

    public String parentOf(String id) {
        return entries.get(id).parentId();
    }

    /** The id the next child of {@code parentId} gets: {@code ENV-A} → {@code ENV-A-3}. */
    public String nextChildId(String parentId, String separator) {
        return parentId + separator + (lastChildNumber.getOrDefault(parentId, 0) + 1);
    }

    public void put(String id, String parentId, D details) {
        entries.put(id, new Entry<>(parentId, details));
        int number = trailingNumber(id);
        if (number > 0) {
            lastChildNumber.merge(parentId, number, Math::max);
        }
    }

    public void revise(String id, D details) {
        entries.put(id, new Entry<>(entries.get(id).parentId(), details));
    }

    public void remove(String id) {
        entries.remove(id);
    }

    public boolean contains(String id) {
        return entries.containsKey(id);
    }

    private static int trailingNumber(String id) {
        int i = id.length();
        while (i > 0 && Character.isDigit(id.charAt(i - 1))) {
            i--;
        }
        return i == id.length() ? 0 : Integer.parseInt(id.substring(i));
    }
}

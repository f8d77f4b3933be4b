package io.swarmsim.engine.control;

import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.net.Prefix;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every way to change one value of a desired state: for each record component reachable from
 * {@link DesiredState} (in one namespace of each kind, with every element of their lists), a copy
 * with that one value changed. A consumer that reads every field gives a different result for each
 * (or refuses the copy). Test support for the contract tests of the kernel loader and the live
 * applier.
 */
public final class DesiredStateMutations {
    /**
     * One changed value: the record components on its way ({@code Namespace.devices},
     * {@code Device.mtu}), where, and the changed state. A consumer whose result changes read them all.
     */
    public record Mutation(List<String> fields, String path, DesiredState state) {
    }

    /** How many elements of one list are changed one by one. */
    private static final int PER_LIST = 6;

    private final List<Mutation> out = new ArrayList<>();

    private DesiredStateMutations() {
    }

    public static List<Mutation> of(DesiredState state) {
        DesiredStateMutations m = new DesiredStateMutations();
        m.record(state, List.of(), "", x -> (DesiredState) x);
        return m.out;
    }

    /**
     * The fields a consumer reads: those on the way to a changed value that changes what
     * {@code consumer} makes of the state (a deterministic text: its result, or why it refused).
     */
    public static Set<String> fieldsRead(List<DesiredState> bases, Function<DesiredState, String> consumer) {
        Set<String> read = new java.util.TreeSet<>();
        for (DesiredState base : bases) {
            String before = consumer.apply(base);
            if (!before.equals(consumer.apply(base))) {
                throw new AssertionError("the consumer is not deterministic");
            }
            for (Mutation m : of(base)) {
                if (!read.containsAll(m.fields()) && !consumer.apply(m.state()).equals(before)) {
                    read.addAll(m.fields());
                }
            }
        }
        return read;
    }

    /** Every record component reachable from DesiredState, as {@code Record.component}. */
    public static Set<String> fields() {
        Set<String> out = new LinkedHashSet<>();
        collectFields(DesiredState.class, out);
        return out;
    }

    private static void collectFields(Class<?> type, Set<String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (out.add(type.getSimpleName() + "." + c.getName()) && !VALUE_TYPES.contains(c.getType())) {
                for (Class<?> nested : nestedRecords(c)) {
                    collectFields(nested, out);
                }
            }
        }
    }

    private static final Set<Class<?>> VALUE_TYPES = Set.of(IpAddress.class, MacAddress.class, Prefix.class);

    private static List<Class<?>> nestedRecords(RecordComponent c) {
        List<Class<?>> out = new ArrayList<>();
        if (c.getType().isRecord()) {
            out.add(c.getType());
        }
        if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p) {
            for (java.lang.reflect.Type t : p.getActualTypeArguments()) {
                if (t instanceof Class<?> k && k.isRecord() && !VALUE_TYPES.contains(k)) {
                    out.add(k);
                } else if (t instanceof java.lang.reflect.ParameterizedType inner) {
                    for (java.lang.reflect.Type u : inner.getActualTypeArguments()) {
                        if (u instanceof Class<?> k && k.isRecord() && !VALUE_TYPES.contains(k)) {
                            out.add(k);
                        }
                    }
                }
            }
        }
        return out;
    }

    private void record(Record r, List<String> outer, String path, Function<Object, DesiredState> rebuild) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            List<String> fields = new ArrayList<>(outer);
            fields.add(r.getClass().getSimpleName() + "." + c.getName());
            Object v = get(r, c);
            value(v, List.copyOf(fields), path + "/" + c.getName(), nv -> rebuild.apply(with(r, c, nv)));
        }
    }

    @SuppressWarnings("unchecked")
    private void value(Object v, List<String> field, String path, Function<Object, DesiredState> rebuild) {
        if (v == null) {
            return;
        }
        if (v instanceof Record r && !isValue(v)) {
            record(r, field, path, rebuild);
        } else if (v instanceof List<?> list) {
            for (int i : indexes(list)) {
                int k = i;
                value(list.get(i), field, path + "[" + i + "]", nv -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(k, nv);
                    return rebuild.apply(List.copyOf(copy));
                });
            }
        } else if (v instanceof Optional<?> o) {
            o.ifPresent(x -> value(x, field, path, nv -> rebuild.apply(Optional.of(nv))));
        } else if (v instanceof Map<?, ?> map) {
            map((Map<Object, Object>) map, field, path, rebuild);
        } else {
            Object changed = changed(v);
            out.add(new Mutation(field, path + "=" + v + "->" + changed, rebuild.apply(changed)));
        }
    }

    /** Each entry's value, and (once per map) the first entry's key. */
    private void map(Map<Object, Object> map, List<String> field, String path, Function<Object, DesiredState> rebuild) {
        List<Object> keys = new ArrayList<>(map.keySet());
        for (Object key : keys.subList(0, Math.min(keys.size(), PER_LIST))) {
            value(map.get(key), field, path + "{" + key + "}", nv -> {
                Map<Object, Object> copy = copy(map);
                copy.put(key, nv);
                return rebuild.apply(copy);
            });
        }
        if (!keys.isEmpty()) {
            Object key = keys.get(0);
            Object other = changed(key);
            if (!map.containsKey(other)) {
                Map<Object, Object> copy = copy(map);
                Object val = copy.remove(key);
                copy.put(other, val);
                out.add(new Mutation(field, path + " key " + key + "->" + other, rebuild.apply(copy)));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Object, Object> copy(Map<Object, Object> map) {
        Object first = map.keySet().iterator().next();
        if (first instanceof Enum<?> e) {
            EnumMap m = new EnumMap(e.getDeclaringClass());
            m.putAll(map);
            return m;
        }
        return new LinkedHashMap<>(map);
    }

    /**
     * Which elements of a list to change: the first few, and for the namespaces one of each kind
     * (and the first that serves, and the first with its own search domains or DNS servers).
     */
    private static List<Integer> indexes(List<?> list) {
        List<Integer> out = new ArrayList<>();
        if (!list.isEmpty() && list.get(0) instanceof DesiredState.Namespace) {
            Set<Object> kinds = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                DesiredState.Namespace n = (DesiredState.Namespace) list.get(i);
                boolean serving = !n.servers().isEmpty() && kinds.add("serving");
                boolean names = n.dns().filter(d -> !d.search().isEmpty() || !d.upstreams().isEmpty()).isPresent()
                        && kinds.add("names");
                if (kinds.add(n.kind()) || serving || names) {
                    out.add(i);
                }
            }
            return out;
        }
        for (int i = 0; i < Math.min(list.size(), PER_LIST); i++) {
            out.add(i);
        }
        return out;
    }

    /** Values changed as a whole, though some are records. */
    private static boolean isValue(Object v) {
        return v instanceof IpAddress || v instanceof MacAddress || v instanceof Prefix;
    }

    /** A different value of the same type. */
    static Object changed(Object v) {
        if (v instanceof String s) {
            return s + "x";
        } else if (v instanceof Integer i) {
            return i + 1;
        } else if (v instanceof Boolean b) {
            return !b;
        } else if (v instanceof Enum<?> e) {
            Object[] all = e.getDeclaringClass().getEnumConstants();
            return all[(e.ordinal() + 1) % all.length];
        } else if (v instanceof IpAddress a) {
            return IpAddress.parse(a.isV4() ? (a.toString().equals("203.0.113.7") ? "203.0.113.8" : "203.0.113.7") : "2001:db8::7");
        } else if (v instanceof MacAddress m) {
            return new MacAddress(m.value() ^ 0x10);
        } else if (v instanceof Prefix p) {
            return Prefix.parse(p.toString().equals("198.51.100.0/24") ? "198.51.101.0/24" : "198.51.100.0/24");
        } else if (v instanceof NetworkDnsRecords r) {
            return r.withDnsrrService("mutated", List.of(IpAddress.parse("203.0.113.9")));
        }
        throw new IllegalArgumentException("no way to change a " + v.getClass().getName());
    }

    private static Object get(Record r, RecordComponent c) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Record with(Record r, RecordComponent changed, Object value) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            args[i] = cs[i].getName().equals(changed.getName()) ? value : get(r, cs[i]);
        }
        try {
            Constructor<?> k = r.getClass().getDeclaredConstructor(types);
            k.setAccessible(true);
            return (Record) k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.swarmsim.engine.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Maps from the words written in a scenario file to enum constants, in declaration order. */
final class Words {
    private Words() {
    }

    static <E extends Enum<E>> Map<String, E> of(Class<E> type, Function<E, String> text) {
        Map<String, E> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(text.apply(e), e);
        }
        return Collections.unmodifiableMap(m);
    }
}

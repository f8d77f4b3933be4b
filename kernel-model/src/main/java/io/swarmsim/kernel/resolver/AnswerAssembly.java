package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How a resolver concatenates the A and AAAA sections into the list its sorter receives. */
public enum AnswerAssembly {
    /** A records, then AAAA records (model assumption for glibc's dns backend; within a family, answer order). */
    A_THEN_AAAA,
    /** musl {@code name_from_dns}: AAAA records before A records. */
    AAAA_THEN_A,
    /** Go: the two responses in arrival order, each in answer order. */
    RESPONSE_ARRIVAL;

    /** The candidate list, using only the sections for the query types actually sent. */
    public List<IpAddress> assemble(Answer answer, Set<RecordType> queried) {
        List<IpAddress> out = new ArrayList<>();
        for (RecordType t : order(answer)) {
            if (queried.contains(t)) {
                out.addAll(answer.section(t));
            }
        }
        return List.copyOf(out);
    }

    private List<RecordType> order(Answer answer) {
        return switch (this) {
            case A_THEN_AAAA -> List.of(RecordType.A, RecordType.AAAA);
            case AAAA_THEN_A -> List.of(RecordType.AAAA, RecordType.A);
            case RESPONSE_ARRIVAL -> answer.firstResponse() == RecordType.A
                ? List.of(RecordType.A, RecordType.AAAA) : List.of(RecordType.AAAA, RecordType.A);
        };
    }

    /** One reason line: what was asked, what came back, what the sorter receives. */
    public String describe(String resolverPath, Answer answer, Set<RecordType> queried) {
        StringBuilder sb = new StringBuilder(resolverPath).append(": ");
        if (queried.contains(RecordType.AAAA)) {
            sb.append("sends A and AAAA queries; received A ").append(answer.a()).append(", AAAA ")
                .append(answer.aaaa()).append("; list ");
            sb.append(switch (this) {
                case A_THEN_AAAA -> "A then AAAA";
                case AAAA_THEN_A -> "AAAA then A";
                case RESPONSE_ARRIVAL -> "in response-arrival order (" + answer.firstResponse() + " first)";
            });
            sb.append(": ").append(assemble(answer, queried));
        } else {
            sb.append("sends an A query only; received A ").append(answer.a());
        }
        return sb.toString();
    }
}

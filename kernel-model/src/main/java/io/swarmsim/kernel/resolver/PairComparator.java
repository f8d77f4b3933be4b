package io.swarmsim.kernel.resolver;

/** A destination-address comparator that also says which rule decided. */
public interface PairComparator {
    PairVerdict compare(Candidate a, Candidate b, ClientHost host);
}

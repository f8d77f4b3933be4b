package io.swarmsim.kernel.dns;

/** The transport a query arrived on; forwarded queries use the same one. */
public enum Transport {
    UDP, TCP
}

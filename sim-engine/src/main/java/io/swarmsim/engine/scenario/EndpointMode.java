package io.swarmsim.engine.scenario;

/** {@code deploy.endpoint_mode}: a virtual IP balanced by IPVS, or DNS round robin over task IPs. */
public enum EndpointMode {
    VIP, DNSRR;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package io.swarmsim.engine.scenario;

import java.util.Set;

/** The keys each place of a stack file may hold: those the simulator uses, and those it accepts but ignores. */
final class ComposeKeys {
    private ComposeKeys() {
    }

    static final Set<String> TOP = Set.of("version", "services", "networks", "x-sim");
    static final Set<String> TOP_IGNORED = Set.of("volumes", "configs", "secrets", "name");

    static final Set<String> SERVICE = Set.of("image", "command", "deploy", "networks", "ports", "extra_hosts", "dns", "dns_search");
    static final Set<String> SERVICE_IGNORED = Set.of(
        "build", "cap_add", "cap_drop", "cgroup_parent", "configs", "container_name", "credential_spec",
        "depends_on", "devices", "domainname", "entrypoint", "env_file", "environment",
        "expose", "external_links", "healthcheck", "hostname", "init", "ipc", "isolation",
        "labels", "links", "logging", "mac_address", "network_mode", "pid", "privileged", "read_only",
        "restart", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal",
        "sysctls", "tmpfs", "tty", "ulimits", "user", "userns_mode", "volumes", "working_dir");

    static final Set<String> DEPLOY = Set.of("mode", "replicas", "endpoint_mode", "placement");
    static final Set<String> DEPLOY_IGNORED = Set.of(
        "labels", "resources", "restart_policy", "rollback_config", "update_config");

    static final Set<String> PLACEMENT = Set.of("constraints");
    static final Set<String> PLACEMENT_IGNORED = Set.of("preferences", "max_replicas_per_node");

    static final Set<String> SERVICE_NETWORK = Set.of("aliases");
    static final Set<String> SERVICE_NETWORK_IGNORED = Set.of(
        "ipv4_address", "ipv6_address", "link_local_ips", "priority");

    static final Set<String> PORT = Set.of("target", "published", "protocol", "mode");

    static final Set<String> NETWORK = Set.of("driver", "ipam", "attachable", "external", "name");
    static final Set<String> NETWORK_IGNORED = Set.of("driver_opts", "internal", "labels");

    static final Set<String> IPAM = Set.of("config");
    static final Set<String> IPAM_IGNORED = Set.of("driver", "options");

    static final Set<String> IPAM_CONFIG = Set.of("subnet");
    static final Set<String> IPAM_CONFIG_IGNORED = Set.of("ip_range", "gateway", "aux_addresses");

    static final Set<String> NONE = Set.of();
}

package io.swarmsim.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The run as JSON, in the shape scripts and labs rely on, described field by field by the JSON
 * Schema {@code docs/schema/run.schema.json} (a test validates every output against it):
 * {@code {"format_version","scenario","seed","docker_version","not_simulated","experiments":[{"name",
 * "cluster":{"nodes","networks","services"},"commands":[{"from","command","output","resolved",
 * "connected","served_by","reason",...}],"per_command":[{"from","command","times","distribution"}],
 * "distribution":{task:count}}]}}.
 */
public final class JsonReport {
    /** Raised whenever a field changes meaning or goes away; adding fields keeps it. */
    public static final int FORMAT_VERSION = 2;

    private JsonReport() {
    }

    private static void cluster(ObjectNode o, ClusterSummary c) {
        ArrayNode nodes = o.putArray("nodes");
        for (ClusterSummary.Node n : c.nodes()) {
            nodes.addObject().put("name", n.name()).put("id", n.id()).put("role", n.role()).put("address", n.address());
        }
        ArrayNode networks = o.putArray("networks");
        for (ClusterSummary.Network n : c.networks()) {
            networks.addObject().put("name", n.name()).put("id", n.id()).put("subnet", n.subnet()).put("gateway", n.gateway())
                    .put("vni", n.vni()).put("ingress", n.ingress());
        }
        ArrayNode services = o.putArray("services");
        for (ClusterSummary.Service s : c.services()) {
            ObjectNode so = services.addObject().put("name", s.name()).put("id", s.id()).put("image", s.image()).put("mode", s.mode())
                    .put("endpoint_mode", s.endpointMode());
            ObjectNode vips = so.putObject("vips");
            s.vips().forEach(vips::put);
            so.put("rejection", s.rejection());
            ArrayNode tasks = so.putArray("tasks");
            for (ClusterSummary.Task t : s.tasks()) {
                ObjectNode to = tasks.addObject().put("name", t.name()).put("id", t.id()).put("node", t.node())
                        .put("container_id", t.containerId());
                ObjectNode a = to.putObject("addresses");
                t.addresses().forEach(a::put);
            }
            ArrayNode pending = so.putArray("pending");
            for (ClusterSummary.Pending p : s.pending()) {
                pending.addObject().put("name", p.name()).put("id", p.id()).put("node", p.node()).put("error", p.error());
            }
        }
    }

    public static String render(RunResult run) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("scenario", run.scenario());
        root.put("seed", run.seed());
        root.put("docker_version", run.dockerVersion());
        ArrayNode ns = root.putArray("not_simulated");
        run.notSimulated().forEach(ns::add);
        ArrayNode exps = root.putArray("experiments");
        for (ExperimentResult e : run.experiments()) {
            ObjectNode x = exps.addObject();
            x.put("name", e.name());
            x.put("description", e.description());
            ArrayNode rej = x.putArray("rejections");
            e.rejections().forEach(rej::add);
            cluster(x.putObject("cluster"), e.clusterData());
            ArrayNode cmds = x.putArray("commands");
            for (CommandRun c : e.commands()) {
                ObjectNode o = cmds.addObject();
                o.put("from", c.from());
                o.put("command", c.command());
                o.put("output", c.output());
                ArrayNode r = o.putArray("resolved");
                c.resolved().forEach(r::add);
                o.put("connected", c.connected());
                o.put("served_by", c.servedBy());
                o.put("reason", c.reason());
                o.put("packets", c.packets());
                o.put("rules_visited", c.rulesVisited());
            }
            x.put("runs", e.runs());
            x.put("runs_not_printed", e.runs() - e.commands().size());
            x.put("packets", e.packets());
            x.put("rules_visited", e.rulesVisited());
            ArrayNode per = x.putArray("per_command");
            for (CommandTally t : e.perCommand()) {
                ObjectNode o = per.addObject();
                o.put("from", t.from());
                o.put("command", t.command());
                o.put("times", t.times());
                ObjectNode td = o.putObject("distribution");
                t.distribution().forEach(td::put);
            }
            ObjectNode d = x.putObject("distribution");
            e.distribution().forEach(d::put);
            e.timeline().ifPresent(t -> TimelineJson.write(x.putObject("timeline"), t));
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
        }
    }
}
